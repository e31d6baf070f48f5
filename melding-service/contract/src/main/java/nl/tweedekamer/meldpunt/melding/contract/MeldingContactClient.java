package nl.tweedekamer.meldpunt.melding.contract;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * melding-service's internal contact lookups ({@code META-INF/openapi/melding-internal.yaml}), the one client
 * termijn- and notificatie-service use. Every call carries the caller's own service token (role {@code service}).
 * 200: a {@link Contact}; 404: nobody (unknown, or a melder who is anonymous or asked not to be emailed); anything
 * else: try again later. A 200 without {@code id} or {@code email} breaks the contract: the caller treats it as an
 * error (alert, retry), never as "nobody".
 * <p>
 * A consumer sets the address and both timeouts under config key {@code melding-service}:
 * {@code quarkus.rest-client.melding-service.url}, {@code .connect-timeout}, {@code .read-timeout}, and indexes
 * this jar ({@code quarkus.index-dependency.melding-contract.group-id/artifact-id}).
 */
@RegisterRestClient(configKey = "melding-service")
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
public interface MeldingContactClient {

    /** A pool vertrouwenspersoon, also after the appointment ended (the hand-over reminders of art 5.7). */
    @GET
    @Path("vertrouwenspersonen/{personId}/contact")
    Contact poolVertrouwenspersoon(@PathParam("personId") UUID personId, @HeaderParam("Authorization") String bearer);

    /** A fractie's own vertrouwenspersoon: tenant data, so the tenant is named. */
    @GET
    @Path("tenants/{tenantId}/vertrouwenspersonen/{personId}/contact")
    Contact ownVertrouwenspersoon(@PathParam("tenantId") String tenantId, @PathParam("personId") UUID personId,
            @HeaderParam("Authorization") String bearer);

    /** A named melder who asked to be emailed; 404 when anonymous, unknown or no email wanted. */
    @GET
    @Path("meldingen/{meldingId}/contacts/reporter")
    Contact reporter(@PathParam("meldingId") UUID meldingId, @HeaderParam("Authorization") String bearer);
}
