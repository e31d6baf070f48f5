package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.rest;

import java.util.List;

import io.quarkus.security.Authenticated;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.service.VertrouwenspersoonService;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;

/**
 * The vertrouwenspersonen a melder of the tenant can choose from. Any authenticated member of the tenant
 * may ask, whatever their role; since no role is named here, {@link TenantAccess} lets nobody name another
 * tenant (404).
 */
@Path("/tenants/{tenantId}/vertrouwenspersonen/available")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AvailableVertrouwenspersonenResource {

    @Inject
    VertrouwenspersoonService vertrouwenspersonen;

    @Inject
    TenantAccess access;

    @GET
    @Operation(summary = "The shared pool and, where the declaration in force chooses them, the own vertrouwenspersonen")
    public List<Views.AvailableView> available(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        java.time.LocalDate today = vertrouwenspersonen.today();
        return vertrouwenspersonen.availableTo(tenantId).stream().map(vp -> Views.AvailableView.of(vp, today)).toList();
    }
}
