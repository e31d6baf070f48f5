package nl.tweedekamer.meldpunt.portaal.melding;

import java.util.List;

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

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.AnoniemeMelding;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Bericht;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Dossier;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Ontvangst;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Vertrouwenspersoon;

/**
 * melding-service's HTTP API, as far as the portal uses it (base URL {@code meldpunt.portaal.melding-url}, timeouts
 * in application.properties). The anonymous endpoints are rate-limited per client address: every call passes the
 * portal's own caller's address in {@value #FORWARDED_FOR}, which melding-service must trust from the portal only.
 * The receipt code travels in the header {@value #RECEIPT_CODE}, never in a URL (domain.md §10.15).
 */
@RegisterRestClient(configKey = "melding-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MeldingServiceClient {

    String FORWARDED_FOR = "X-Forwarded-For";
    String RECEIPT_CODE = "X-Receipt-Code";

    @POST
    @Path("/mailbox/meldingen")
    Ontvangst meldAnoniem(@HeaderParam(FORWARDED_FOR) String beller, AnoniemeMelding melding);

    @GET
    @Path("/mailbox")
    Dossier openMailbox(@HeaderParam(FORWARDED_FOR) String beller, @HeaderParam(RECEIPT_CODE) String code);

    @POST
    @Path("/mailbox/berichten")
    void antwoord(@HeaderParam(FORWARDED_FOR) String beller, @HeaderParam(RECEIPT_CODE) String code, Bericht bericht);

    @GET
    @Path("/tenants/{tenantId}/vertrouwenspersonen/available")
    List<Vertrouwenspersoon> beschikbaar(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("tenantId") String tenantId);

    /** The signed-in melder's own named meldingen (no content), with their own access token. */
    @GET
    @Path("/meldingen")
    List<MeldingDtos.MijnMelding> mijnMeldingen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** Every refusal becomes a {@link Weigering} with the problem the service sent. */
    @ClientExceptionMapper
    static RuntimeException weigering(Response response) {
        Probleem probleem = null;
        try {
            if (response.hasEntity()) {
                String body = response.readEntity(String.class);
                if (body != null && body.startsWith("{")) {
                    probleem = JSON.readValue(body, Probleem.class);
                }
            }
        } catch (Exception unreadable) {
            // a refusal without a readable problem is still a refusal
        }
        Long wacht = null;
        String retryAfter = response.getHeaderString(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null && retryAfter.strip().matches("[0-9]{1,9}")) {
            wacht = Long.parseLong(retryAfter.strip());
        }
        return new Weigering(response.getStatus(), probleem, wacht);
    }

    ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
}
