package nl.tweedekamer.meldpunt.klacht.bewaring.rest;

import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_MEMBER;
import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_SECRETARY;
import static nl.tweedekamer.meldpunt.platform.security.Roles.EMPLOYEE;
import static nl.tweedekamer.meldpunt.platform.security.Roles.EMPLOYER;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.bewaring.BewaartermijnViews;
import nl.tweedekamer.meldpunt.klacht.bewaring.service.BewaringService;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtToegang;

/**
 * Retention of complaint files (domain.md §7): the commission's overview of what will be deleted when, and the
 * chair's legal hold. Roles that reach cases are admitted here so that a party or the secretary hears "only the
 * chair" (403) and everyone else "unknown complaint" (404), as for every other step.
 */
@Path("/klachten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BewaringResource {

    @Inject
    KlachtToegang toegang;

    @Inject
    BewaringService bewaring;

    @GET
    @Path("bewaring")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Ended cases and cases under a legal hold: retention end, announced deletion day, hold "
            + "(reference and dates only; the commission)")
    public List<BewaartermijnViews.Line> overview() {
        return bewaring.overview();
    }

    @PUT
    @Path("{id}/bewaring")
    @RolesAllowed({ EMPLOYEE, COMMISSION_MEMBER, COMMISSION_SECRETARY, EMPLOYER })
    @Operation(summary = "Place a legal hold with its reason: the file is not deleted while it stands (the chair)")
    public BewaartermijnViews.Retention place(@PathParam("id") UUID id,
            @Valid @NotNull BewaartermijnViews.PlaceHold hold) {
        toegang.enter(id);
        return bewaring.place(id, hold.reason());
    }

    @DELETE
    @Path("{id}/bewaring")
    @RolesAllowed({ EMPLOYEE, COMMISSION_MEMBER, COMMISSION_SECRETARY, EMPLOYER })
    @Operation(summary = "Lift the legal hold: the file is deleted at the next run once its day has come (the chair)")
    public Response lift(@PathParam("id") UUID id) {
        toegang.enter(id);
        bewaring.lift(id);
        return Response.noContent().build();
    }
}
