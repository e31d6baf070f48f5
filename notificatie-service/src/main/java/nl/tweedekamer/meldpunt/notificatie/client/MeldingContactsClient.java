package nl.tweedekamer.meldpunt.notificatie.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** melding-service's internal contact lookups (role {@code service} only; 404 when unknown). */
@RegisterRestClient(configKey = "melding-contacts")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
public interface MeldingContactsClient {

    @GET
    @Path("/vertrouwenspersonen/{personId}/contact")
    Contact vertrouwenspersoon(@PathParam("personId") String personId);

    @GET
    @Path("/tenants/{tenantId}/vertrouwenspersonen/{personId}/contact")
    Contact eigenVertrouwenspersoon(@PathParam("tenantId") String tenantId, @PathParam("personId") String personId);

    /** 404 when the reporter is anonymous or did not ask to be emailed. */
    @GET
    @Path("/meldingen/{meldingId}/contacts/reporter")
    Contact reporter(@PathParam("meldingId") String meldingId);
}
