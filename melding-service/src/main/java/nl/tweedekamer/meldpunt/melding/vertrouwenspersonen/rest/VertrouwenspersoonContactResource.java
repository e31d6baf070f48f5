package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.contract.Contact;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.service.VertrouwenspersoonService;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;

/**
 * The one exception to "only through Kafka": termijn- and notificatie-service fetch a VP's address at the
 * moment they send, so addresses never travel on Kafka (architecture.md, Messaging). An ended appointment
 * still answers: the hand-over reminders of T7 (art 5.7) go to the VP whose appointment ended. Both answer the
 * contract's {@link Contact} (melding-contract, {@code META-INF/openapi/melding-internal.yaml}).
 */
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
public class VertrouwenspersoonContactResource {

    @Inject
    VertrouwenspersoonService vertrouwenspersonen;

    @Inject
    TenantAccess access;

    @GET
    @Path("vertrouwenspersonen/{personId}/contact")
    @Operation(summary = "A pool vertrouwenspersoon's email address (internal)")
    public Contact pool(@PathParam("personId") UUID personId) {
        return contact(vertrouwenspersonen.appointment(VertrouwenspersoonKind.POOL, personId));
    }

    /** A fractie's own VP is tenant data: the event that named the VP carries the tenant. */
    @GET
    @Path("tenants/{tenantId}/vertrouwenspersonen/{personId}/contact")
    @Operation(summary = "A fractie's own vertrouwenspersoon's email address (internal)")
    public Contact own(@PathParam("tenantId") String tenantId, @PathParam("personId") UUID personId) {
        access.enter(tenantId);
        return contact(vertrouwenspersonen.appointment(VertrouwenspersoonKind.EIGEN, personId));
    }

    /** The contract's record: {@code id} is the VP's person id, as for every contact of the contract. */
    private static Contact contact(Vertrouwenspersoon vp) {
        return new Contact(vp.personId.toString(), vp.email);
    }
}
