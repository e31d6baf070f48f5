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

import nl.tweedekamer.meldpunt.klacht.contract.Contact;
import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.klacht.onboarding.RosterEntry;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.ConfirmationService;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.RosterService;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.TenantService;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
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

    @Inject
    ConfirmationService confirmations;

    @GET
    @Path("organisation")
    @Operation(summary = "The organisation's contact address (internal)")
    public Contact organisation(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        Tenant tenant = tenants.get(tenantId);
        return new Contact(tenant.id, tenant.contactEmail);
    }

    @GET
    @Path("hr")
    @Operation(summary = "The organisation's HR contact address, or its general one when it named none (internal)")
    public Contact hr(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        Tenant tenant = tenants.get(tenantId);
        return new Contact(tenant.id, tenant.hrContactEmail != null ? tenant.hrContactEmail : tenant.contactEmail);
    }

    @GET
    @Path("persons/{personId}")
    @Operation(summary = "A rostered person's work address (internal)")
    public Contact person(@PathParam("tenantId") String tenantId, @PathParam("personId") UUID personId) {
        access.enter(tenantId);
        return new Contact(personId.toString(), roster.find(personId).workEmail);
    }

    @GET
    @Path("persons/{personId}/until-confirmed/{declarationId}")
    @Operation(summary = "A rostered person's work address while they have not confirmed the declaration (internal)",
            description = "404 once they confirmed it, or when it is no longer in force: then nobody is to be asked.")
    public Contact stillToConfirm(@PathParam("tenantId") String tenantId, @PathParam("personId") UUID personId,
            @PathParam("declarationId") UUID declarationId) {
        access.enter(tenantId);
        RosterEntry person = roster.find(personId);
        if (!confirmations.stillToConfirm(declarationId, personId)) {
            throw ProblemException.notFound("Nothing to confirm",
                    "This person confirmed the declaration already, or it is no longer in force.");
        }
        return new Contact(personId.toString(), person.workEmail);
    }
}
