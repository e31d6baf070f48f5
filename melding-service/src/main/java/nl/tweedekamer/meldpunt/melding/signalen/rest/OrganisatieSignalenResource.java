package nl.tweedekamer.meldpunt.melding.signalen.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.signalen.service.Patroonsignalen;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;

/**
 * The pattern signals an organisation received (domain.md §10.9): for its employer and its fractie administrator,
 * and for nobody else — not the VPs, not other organisations.
 */
@Path("/tenants/{tenantId}/patroonsignalen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EMPLOYER, Roles.FRACTIE_ADMIN })
public class OrganisatieSignalenResource {

    @Inject
    Patroonsignalen signalen;

    @Inject
    TenantAccess access;

    @GET
    @Operation(summary = "Pattern signals about your organisation: unit, count, period and the VP's advice")
    public List<Patroonsignalen.Received> received(@PathParam("tenantId") String tenantId) {
        return signalen.receivedBy(access.enter(tenantId));
    }
}
