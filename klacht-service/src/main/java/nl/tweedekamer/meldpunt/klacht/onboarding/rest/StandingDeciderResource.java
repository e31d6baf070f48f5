package nl.tweedekamer.meldpunt.klacht.onboarding.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.onboarding.service.StandingDeciderService;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;

/** Domain.md §10.2: the organisation's standing decider and deputy, named by its fractie administrator. */
@Path("/tenants/{tenantId}/beslisser")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FRACTIE_ADMIN)
public class StandingDeciderResource {

    public record StandingDeciderView(UUID deciderId, String deciderName, UUID deputyId, String deputyName,
            LocalDate namedOn) {
        static StandingDeciderView of(StandingDeciderService.Named n) {
            return new StandingDeciderView(n.decider().deciderId, n.deciderEntry() == null ? null : n.deciderEntry().name,
                    n.decider().deputyId, n.deputyEntry() == null ? null : n.deputyEntry().name, n.decider().namedOn);
        }
    }

    @Inject
    StandingDeciderService deciders;

    @Inject
    TenantAccess access;

    @GET
    @Operation(summary = "Who decides for the organisation as its employer, and their deputy")
    public StandingDeciderView get(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        return deciders.of(tenantId).map(StandingDeciderView::of).orElseThrow(() -> ProblemException.notFound(
                "No standing decider", "The organisation has not named who decides for it as employer yet."));
    }

    @PUT
    @Operation(summary = "Name the standing decider and a deputy from the organisation's roster")
    public StandingDeciderView name(@PathParam("tenantId") String tenantId,
            @Valid @NotNull StandingDeciderService.Naming naming) {
        access.enter(tenantId);
        return StandingDeciderView.of(deciders.name(tenantId, naming));
    }
}
