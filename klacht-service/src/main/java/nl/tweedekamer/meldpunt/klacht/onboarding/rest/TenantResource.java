package nl.tweedekamer.meldpunt.klacht.onboarding.rest;

import java.net.URI;
import java.util.List;

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

import nl.tweedekamer.meldpunt.klacht.onboarding.service.RegisterTenant;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.TenantService;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.UpdateTenant;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;
import nl.tweedekamer.meldpunt.platform.tenant.TenantContext;

@Path("/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantService tenants;

    @Inject
    TenantAccess access;

    @Inject
    TenantContext context;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Register an organisation (the civil service or a fractie) as a tenant")
    public Response register(@Valid @NotNull RegisterTenant registration) {
        // the new tenant's own rows (the civil service's standing declaration) belong to it
        context.set(registration.id());
        Views.TenantView view = Views.TenantView.of(tenants.register(registration, caller.subject()));
        return Response.created(URI.create("/tenants/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "All registered organisations")
    public List<Views.TenantView> all() {
        return tenants.all().stream().map(Views.TenantView::of).toList();
    }

    @GET
    @Path("{tenantId}")
    @RolesAllowed({ Roles.PLATFORM_ADMIN, Roles.FRACTIE_ADMIN, Roles.EMPLOYEE, Roles.EMPLOYER, Roles.HR_PORTAL,
            Roles.COMMISSION_MEMBER, Roles.COMMISSION_SECRETARY, Roles.VERTROUWENSPERSOON })
    @Operation(summary = "One organisation")
    public Views.TenantView one(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        return Views.TenantView.of(tenants.get(tenantId));
    }

    @POST
    @Path("{tenantId}/offboarding")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Offboard an organisation: no new cases from now; offboarded once its last case is deleted")
    public Views.TenantView offboard(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        return Views.TenantView.of(tenants.offboard(tenantId));
    }

    @PUT
    @Path("{tenantId}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Change an organisation's details")
    public Views.TenantView update(@PathParam("tenantId") String tenantId, @Valid @NotNull UpdateTenant update) {
        access.enter(tenantId);
        return Views.TenantView.of(tenants.update(tenantId, update));
    }
}
