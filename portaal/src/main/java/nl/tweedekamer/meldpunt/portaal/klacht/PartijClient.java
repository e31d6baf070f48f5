package nl.tweedekamer.meldpunt.portaal.klacht;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateData;

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

    /** The complaint's documents as this party may list them; for an accused each says whether it was released (10.3). */
    @GET
    @Path("/klachten/{id}/bijlagen")
    List<Document> bijlagen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    /** One document's bytes; klacht-service records the read, and refuses an accused what was not released. */
    @GET
    @Path("/klachten/{id}/bijlagen/{bijlageId}")
    @Produces(MediaType.WILDCARD)
    Response bijlage(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @PathParam("bijlageId") UUID bijlageId);

    /** Art 9.3, 11.4, 12.5: a document added in a window the procedure opens; kind in Content-Type, name in X-Filename. */
    @POST
    @Path("/klachten/{id}/bijlagen")
    @Consumes(MediaType.WILDCARD)
    JsonNode voegToe(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String soort, @HeaderParam("X-Filename") String naam, byte[] inhoud);

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(UUID id, String filename, String contentType, long size, LocalDate addedOn, Boolean available) {

        /** For an accused, only what the secretary released (art 10.3); the complainant's list has no such flag. */
        public boolean beschikbaar() {
            return available == null || available;
        }

        public long kb() {
            return Math.max(1, (size + 1023) / 1024);
        }
    }

    /** Art 10.1, 11.1: the complainant consents to ending the complaint by the mediation that runs. */
    @POST
    @Path("/klachten/{id}/bemiddeling/instemming")
    JsonNode stemIn(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    /** Art 9.3: the complainant's answer to a completion request; it may correct the latest date of the behaviour. */
    @POST
    @Path("/klachten/{id}/aanvulling")
    JsonNode vulAan(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            Aanvulling aanvulling);

    /** The date as typed: klacht-service names a date it cannot read at its field. */
    record Aanvulling(String text, String latestBehaviourOn) {
    }

    /** Art 7.8: an objection to a member who sits on the case, with its reason. */
    @POST
    @Path("/klachten/{id}/bezwaren")
    JsonNode bezwaar(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id, Bezwaar bezwaar);

    /** Art 11.1, 11.3: to be heard separately ({@code APART_HOREN}, a reason optional), or one's counsel ({@code RAADSMAN}). */
    @POST
    @Path("/klachten/{id}/verzoeken")
    JsonNode verzoek(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id, Verzoek verzoek);

    /** Art 12.4: temporary measures asked of the employer of the person concerned. */
    @POST
    @Path("/klachten/{id}/tijdelijke-voorzieningen")
    JsonNode voorziening(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            Voorziening voorziening);

    record Bezwaar(UUID memberId, String reason) {
    }

    record Verzoek(String kind, String reason, String counselName) {
    }

    /** {@code concerns}: KLAGER or AANGEKLAAGDE (with {@code accusedId}); {@code reason}: WELZIJN_KLAGER or ONHOUDBARE_SITUATIE. */
    record Voorziening(String concerns, UUID accusedId, String reason, String request) {
    }

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
