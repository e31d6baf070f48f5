package nl.tweedekamer.meldpunt.klacht.onboarding.rest;

import java.util.List;

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

import nl.tweedekamer.meldpunt.klacht.onboarding.service.DepartmentService;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.DepartmentService.DepartmentList;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;

/** The organisation's departments, as its fractie administrator keeps them (they travel on tenants.v1). */
@Path("/tenants/{tenantId}/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.FRACTIE_ADMIN, Roles.PLATFORM_ADMIN })
public class DepartmentResource {

    public record DepartmentView(String code, String name) {
    }

    @Inject
    DepartmentService departments;

    @Inject
    TenantAccess access;

    @GET
    @Operation(summary = "The organisation's departments, in its own order")
    public List<DepartmentView> list(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        return departments.of(tenantId).stream().map(d -> new DepartmentView(d.code, d.name)).toList();
    }

    @PUT
    @Operation(summary = "Replace the list of departments a melder picks from (codes unique, at most 200)")
    public List<DepartmentView> replace(@PathParam("tenantId") String tenantId, @Valid @NotNull DepartmentList list) {
        access.enter(tenantId);
        return departments.replace(tenantId, list).stream().map(d -> new DepartmentView(d.code, d.name)).toList();
    }
}
