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
 * klacht-service's steps for the employer's named decider (domain.md §10.2), always with the signed-in person's
 * token: the decision (art 13, 10.4), its extension (13.3), and the requests for temporary measures (12.4).
 */
@RegisterRestClient(configKey = "klacht-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface WerkgeverClient {

    /** Art 13.1-13.2 (or 10.4): the decision with its reasons. */
    @POST
    @Path("/klachten/{id}/besluit")
    JsonNode besluit(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id, Tekst besluit);

    /** Art 13.3: an extension of the decision term, at most 4 weeks in total, with written reasons. */
    @POST
    @Path("/klachten/{id}/verdaging")
    JsonNode verdaag(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            Verdaging verdaging);

    /** The requests for temporary measures addressed to this decider: reference and request only. */
    @GET
    @Path("/tijdelijke-voorzieningen")
    List<Voorziening> voorzieningen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** The measures taken, after consulting the commission (art 12.4). */
    @POST
    @Path("/tijdelijke-voorzieningen/{id}/maatregelen")
    Voorziening maatregelen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            Maatregelen maatregelen);

    record Tekst(String text) {
    }

    record Verdaging(Integer days, String reasons) {
    }

    /** The date as typed: klacht-service names a date it cannot read at its field. */
    record Maatregelen(String measures, String commissionConsultedOn) {
    }

    /** A request for temporary measures as the employer reads it: the case's reference and the request. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Voorziening(UUID id, UUID caseId, String caseReference, String concerns, String reason, String request,
            LocalDate requestedOn, String measures, LocalDate commissionConsultedOn, LocalDate measuresOn) {

        public boolean genomen() {
            return measuresOn != null;
        }

        /** The form's fields, one form per request on the page: ids that stay unique. */
        public String veldMaatregelen() {
            return "maatregelen-" + id;
        }

        public String veldOverleg() {
            return "overleg-" + id;
        }
    }

    @ClientExceptionMapper
    static RuntimeException weigering(Response response) {
        return MeldingServiceClient.weigering(response);
    }
}
