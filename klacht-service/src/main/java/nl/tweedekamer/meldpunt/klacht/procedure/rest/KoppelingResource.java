package nl.tweedekamer.meldpunt.klacht.procedure.rest;

import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_MEMBER;
import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_SECRETARY;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.repository.CaseDirectory;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtInput;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtToegang;
import nl.tweedekamer.meldpunt.klacht.procedure.service.Koppeling;

/**
 * The secretary finds the person to link an accused to, and undoes a wrong link (domain.md §10.3); the chair of the
 * case, who records admissibility with each accused's link (art 10.1), searches the same way.
 */
@Path("/klachten/{id}/aangeklaagden/{accusedId}")
@Produces(MediaType.APPLICATION_JSON)
public class KoppelingResource {

    /** Name and function only, with the id to link. */
    public record Kandidaat(UUID personId, String name, String function) {
    }

    /** The accused and the person (login) it is linked to. */
    public record Gekoppeld(UUID accusedId, UUID personId) {
    }

    @Inject
    KlachtToegang toegang;

    @Inject
    Koppeling koppeling;

    @PUT
    @Path("koppeling")
    @RolesAllowed(COMMISSION_SECRETARY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link an admitted accused, whose wrong link was undone, to a person on their employer's roster")
    public Gekoppeld link(@PathParam("id") UUID id, @PathParam("accusedId") UUID accusedId,
            @Valid @NotNull KlachtInput.Persoon person) {
        toegang.enter(id);
        Aangeklaagde a = koppeling.link(id, accusedId, person);
        return new Gekoppeld(a.id, a.personId);
    }

    @DELETE
    @Path("koppeling")
    @RolesAllowed(COMMISSION_SECRETARY)
    @Operation(summary = "Undo a wrong link: recorded as a personal-data breach when the person had read the case")
    public Koppeling.Ontkoppeling undo(@PathParam("id") UUID id, @PathParam("accusedId") UUID accusedId) {
        toegang.enter(id);
        return koppeling.undo(id, accusedId);
    }

    @GET
    @Path("kandidaten")
    @RolesAllowed({ COMMISSION_SECRETARY, COMMISSION_MEMBER })
    @Operation(summary = "Search the roster of the accused's employer by name: name and function only (the secretary,"
            + " and the chair of the case, who records admissibility with the links)")
    public List<Kandidaat> candidates(@PathParam("id") UUID id, @PathParam("accusedId") UUID accusedId,
            @QueryParam("naam") String name) {
        toegang.enter(id);
        return koppeling.candidates(id, accusedId, name).stream()
                .map((CaseDirectory.RosterMatch m) -> new Kandidaat(m.linkId(), m.name(), m.function())).toList();
    }
}
