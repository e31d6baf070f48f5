package nl.tweedekamer.meldpunt.klacht.onboarding.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.contact.ContactView;
import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.RosterService;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.TenantService;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;

/**
 * The one exception to "only through Kafka": termijn- and notificatie-service fetch an address at the
 * moment they send, so addresses never travel on Kafka (architecture.md, Messaging).
 */
@Path("/internal/tenants/{tenantId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
public class ContactResource {

    @Inject
    TenantAccess access;

    @Inject
    TenantService tenants;

    @Inject
    RosterService roster;

    @GET
    @Path("organisation")
    @Operation(summary = "The organisation's contact address (internal)")
    public ContactView organisation(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        Tenant tenant = tenants.get(tenantId);
        return new ContactView(tenant.id, tenant.contactEmail);
    }

    @GET
    @Path("persons/{personId}")
    @Operation(summary = "A rostered person's work address (internal)")
    public ContactView person(@PathParam("tenantId") String tenantId, @PathParam("personId") UUID personId) {
        access.enter(tenantId);
        return new ContactView(personId.toString(), roster.find(personId).workEmail);
    }
}
