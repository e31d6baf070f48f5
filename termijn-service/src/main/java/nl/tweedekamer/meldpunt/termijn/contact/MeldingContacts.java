package nl.tweedekamer.meldpunt.termijn.contact;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** melding-service's internal lookups of vertrouwenspersonen (role {@code service}). */
@RegisterRestClient(configKey = "melding-service")
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
public interface MeldingContacts {

    @GET
    @Path("vertrouwenspersonen/{personId}/contact")
    Contact poolVertrouwenspersoon(@PathParam("personId") UUID personId, @HeaderParam("Authorization") String bearer);

    @GET
    @Path("tenants/{tenantId}/vertrouwenspersonen/{personId}/contact")
    Contact ownVertrouwenspersoon(@PathParam("tenantId") String tenantId, @PathParam("personId") UUID personId,
            @HeaderParam("Authorization") String bearer);
}
