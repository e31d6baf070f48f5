package nl.tweedekamer.meldpunt.klacht.procedure.rest;

import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_SECRETARY;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.procedure.repository.CaseDirectory;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtToegang;
import nl.tweedekamer.meldpunt.klacht.procedure.service.Koppeling;

/** The secretary finds the person to link an accused to (domain.md §10.3). */
@Path("/klachten/{id}/aangeklaagden/{accusedId}")
@Produces(MediaType.APPLICATION_JSON)
public class KoppelingResource {

    /** Name and function only, with the id to link. */
    public record Kandidaat(UUID personId, String name, String function) {
    }

    @Inject
    KlachtToegang toegang;

    @Inject
    Koppeling koppeling;

    @GET
    @Path("kandidaten")
    @RolesAllowed(COMMISSION_SECRETARY)
    @Operation(summary = "Search the roster of the accused's employer by name: name and function only")
    public List<Kandidaat> candidates(@PathParam("id") UUID id, @PathParam("accusedId") UUID accusedId,
            @QueryParam("naam") String name) {
        toegang.enter(id);
        return koppeling.candidates(id, accusedId, name).stream()
                .map((CaseDirectory.RosterMatch m) -> new Kandidaat(m.linkId(), m.name(), m.function())).toList();
    }
}
