package nl.tweedekamer.meldpunt.tenantreplica.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;
import nl.tweedekamer.meldpunt.tenantreplica.TenantReplica;
import nl.tweedekamer.meldpunt.tenantreplica.TenantSnapshotJson;

/** Shows which snapshot of a tenant has reached this service: for operations and cross-service tests. */
@Path("/tenants/{tenantId}/replica")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tenant replica")
public class TenantReplicaResource {

    @Inject
    TenantAccess access;

    @Inject
    TenantSnapshotJson json;

    @GET
    @RolesAllowed({ Roles.PLATFORM_ADMIN, Roles.SERVICE })
    @Operation(summary = "The newest snapshot of the tenant that reached this service")
    public TenantReplicaView get(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        TenantReplica replica = TenantReplica.findById(tenantId);
        if (replica == null) {
            throw TenantAccess.unknownTenant(tenantId);
        }
        return TenantReplicaView.of(replica, json.read(replica));
    }
}
