package nl.tweedekamer.meldpunt.melding.intake.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;
import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.tenantreplica.TenantReplica;
import nl.tweedekamer.meldpunt.tenantreplica.TenantSnapshotJson;

/**
 * The departments a melder of the organisation picks from (klacht-service owns the list; it arrives on tenants.v1).
 * Any authenticated member of the organisation may ask, as for the available vertrouwenspersonen; names of units,
 * never of people.
 */
@Path("/tenants/{tenantId}/departments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DepartmentsResource {

    @Inject
    TenantAccess access;

    @Inject
    TenantSnapshotJson snapshots;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The organisation's departments, in its own order (empty when it keeps no list)")
    public List<TenantSnapshot.Department> departments(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        TenantReplica tenant = TenantReplica.findById(tenantId);
        if (tenant == null) {
            throw ProblemException.notFound("Unknown organisation", "No organisation '" + tenantId + "' is registered.");
        }
        return snapshots.read(tenant).departmentList();
    }
}
