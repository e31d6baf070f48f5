package nl.tweedekamer.meldpunt.klacht.procedure.rest;

import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_MEMBER;
import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_SECRETARY;
import static nl.tweedekamer.meldpunt.platform.security.Roles.EMPLOYEE;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtToegang;
import nl.tweedekamer.meldpunt.klacht.procedure.service.PartijVerzoekService;

/** The parties' requests about their hearing: heard separately (art 11.1, 11.5), counsel (art 11.3). */
@Path("/klachten/{id}/verzoeken")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartijVerzoekResource {

    @Inject
    KlachtToegang toegang;

    @Inject
    PartijVerzoekService verzoeken;

    @POST
    @RolesAllowed(EMPLOYEE)
    @Operation(summary = "As a party, ask to be heard without the other party present (APART_HOREN, art 11.1) or name"
            + " the counsel who assists you (RAADSMAN, art 11.3)")
    public Response ask(@PathParam("id") UUID id, @Valid @NotNull PartijVerzoekService.Verzoek input) {
        toegang.enter(id);
        PartijVerzoekService.View v = verzoeken.ask(id, input);
        return Response.created(URI.create("/klachten/" + id + "/verzoeken/" + v.id())).entity(v).build();
    }

    @GET
    @RolesAllowed({ EMPLOYEE, COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "The parties' requests about the hearing: all for the commission, your own for a party")
    public List<PartijVerzoekService.View> list(@PathParam("id") UUID id) {
        toegang.enter(id);
        return verzoeken.list(id);
    }

    @POST
    @Path("{requestId}/beslissing")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Decide a request to be heard separately (art 11.5)")
    public PartijVerzoekService.View decide(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            @Valid @NotNull PartijVerzoekService.Beslissing input) {
        toegang.enter(id);
        return verzoeken.decide(id, requestId, input);
    }
}
