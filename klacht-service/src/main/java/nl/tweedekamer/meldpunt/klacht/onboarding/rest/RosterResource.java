package nl.tweedekamer.meldpunt.klacht.onboarding.rest;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.onboarding.RosterEntry;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.ConfirmationService;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.RosterImport;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.RosterPerson;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.RosterService;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;

@Path("/tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FRACTIE_ADMIN)
public class RosterResource {

    @Inject
    RosterService roster;

    @Inject
    RosterImport rosterImport;

    @Inject
    ConfirmationService confirmations;

    @Inject
    TenantAccess access;

    @GET
    @Path("roster")
    @Operation(summary = "The organisation's staff")
    public List<Views.RosterView> all(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        return roster.all().stream().map(Views.RosterView::of).toList();
    }

    @POST
    @Path("roster")
    @Operation(summary = "Add a member of staff; they will be asked to confirm the declaration in force")
    public Response add(@PathParam("tenantId") String tenantId, @Valid @NotNull RosterPerson person) {
        access.enter(tenantId);
        RosterEntry entry = roster.add(tenantId, person);
        return Response.created(URI.create("/tenants/" + tenantId + "/roster/" + entry.personId))
                .entity(Views.RosterView.of(entry)).build();
    }

    @POST
    @Path("roster/import")
    @Operation(summary = "Import a staff list: every row checked and named by row and field; with dryRun only "
            + "checked, else added whole or (422) not at all; people already on the roster are left as they are")
    public Views.RosterImportView importList(@PathParam("tenantId") String tenantId,
            @Valid @NotNull Views.RosterImportRequest request) {
        access.enter(tenantId);
        RosterImport.Result result = Boolean.TRUE.equals(request.dryRun())
                ? rosterImport.check(tenantId, request.people())
                : rosterImport.importAll(tenantId, request.people());
        return Views.RosterImportView.of(result);
    }

    @GET
    @Path("roster/{personId}")
    @Operation(summary = "One member of staff")
    public Views.RosterView one(@PathParam("tenantId") String tenantId, @PathParam("personId") UUID personId) {
        access.enter(tenantId);
        return Views.RosterView.of(roster.find(personId));
    }

    @PUT
    @Path("roster/{personId}")
    @Operation(summary = "Change a member of staff, e.g. the end of their employment")
    public Views.RosterView update(@PathParam("tenantId") String tenantId, @PathParam("personId") UUID personId,
            @Valid @NotNull RosterPerson person) {
        access.enter(tenantId);
        return Views.RosterView.of(roster.update(tenantId, personId, person));
    }

    @GET
    @Path("confirmations")
    @Operation(summary = "Who has and who has not confirmed the declaration in force")
    public Views.ConfirmationStatusView confirmations(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        return confirmations.statusOfDeclarationInForce().map(Views.ConfirmationStatusView::of)
                .orElseThrow(() -> ProblemException.notFound("No declaration in force",
                        "There is no declaration in force today to confirm."));
    }
}
