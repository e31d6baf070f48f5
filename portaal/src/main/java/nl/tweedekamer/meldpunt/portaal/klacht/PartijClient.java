package nl.tweedekamer.meldpunt.portaal.klacht;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;

/**
 * klacht-service's steps for the parties of a complaint (complainant and accused), always with the signed-in person's
 * token: klacht-service checks who may take each and when.
 */
@RegisterRestClient(configKey = "klacht-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PartijClient {

    /** Art 12.1, 12.5: a factual correction, a written view, or waiving further corrections. */
    @POST
    @Path("/klachten/{id}/reacties")
    JsonNode reageer(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id, Reactie reactie);

    /** Domain.md §5.10: the complainant withdraws, at any stage until the case ended. */
    @POST
    @Path("/klachten/{id}/intrekking")
    JsonNode trekIn(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id, Tekst toelichting);

    /** {@code kind}: CORRECTIE, ZIENSWIJZE or AFSTAND_CORRECTIE. */
    record Reactie(String kind, String text) {
    }

    record Tekst(String text) {
    }

    @ClientExceptionMapper
    static RuntimeException weigering(Response response) {
        return MeldingServiceClient.weigering(response);
    }
}
