package nl.tweedekamer.meldpunt.portaal.klacht;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;

/**
 * The signed-in person's own draft of a long text of the procedure, kept by klacht-service (sealed, for them alone):
 * a correction or written view (art 12.1, 12.5), a decision (art 13). {@code kind} is CORRECTIE, ZIENSWIJZE or
 * BESLUIT; submitting the text itself throws the draft away there.
 */
@RegisterRestClient(configKey = "klacht-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface KlachtConceptClient {

    @PUT
    @Path("/klachten/{id}/concepten/{kind}")
    Concept bewaar(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @PathParam("kind") String kind, Tekst tekst);

    /** 404 ({@code Weigering}) when the person kept none. */
    @GET
    @Path("/klachten/{id}/concepten/{kind}")
    Concept lees(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @PathParam("kind") String kind);

    record Tekst(String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Concept(String kind, String text, OffsetDateTime savedAt) {
    }

    @ClientExceptionMapper
    static RuntimeException weigering(Response response) {
        return MeldingServiceClient.weigering(response);
    }
}
