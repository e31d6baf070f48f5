package nl.tweedekamer.meldpunt.portaal.notificatie;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;

/**
 * notificatie-service's delivery log (base URL {@code meldpunt.portaal.notificatie-url}), for technical operations,
 * with the signed-in person's token: never an address (a keyed hash), a name, content or a case reference.
 */
@RegisterRestClient(configKey = "notificatie-service")
@Produces(MediaType.APPLICATION_JSON)
public interface NotificatieServiceClient {

    @GET
    @Path("/deliveries")
    List<Bezorging> bezorgingen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @QueryParam("state") String state, @QueryParam("limit") int limit);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bezorging(UUID id, String eventType, String template, String recipientRole, String addressHash,
            String state, int attempts, OffsetDateTime createdAt, OffsetDateTime lastAttemptAt,
            OffsetDateTime nextAttemptAt, OffsetDateTime sentAt) {
    }

    /** Every refusal becomes a {@link nl.tweedekamer.meldpunt.portaal.melding.Weigering}. */
    @ClientExceptionMapper
    static RuntimeException weigering(Response response) {
        return MeldingServiceClient.weigering(response);
    }
}
