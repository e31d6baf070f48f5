package nl.tweedekamer.meldpunt.portaal.termijn;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.qute.TemplateData;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;

/**
 * termijn-service's HTTP API, as far as the portal uses it (base URL {@code meldpunt.portaal.termijn-url}), with the
 * signed-in person's access token: termijn-service decides whose terms they see.
 */
@RegisterRestClient(configKey = "termijn-service")
@Produces(MediaType.APPLICATION_JSON)
public interface TermijnServiceClient {

    @GET
    @Path("/termijnen/{termId}")
    TermijnDetail termijn(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("termId") UUID termId);

    /** The running terms the signed-in person may see (the commission: every complaint term), by due date. */
    @GET
    @Path("/termijnen")
    java.util.List<Termijn> lopend(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** The royal decrees that equate days with a holiday (Atw art 3 lid 3), oldest first. */
    @GET
    @Path("/atw/decrees")
    java.util.List<Besluit> besluiten(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** Enters a decree (platform administrator); termijn-service recomputes the running terms it affects. */
    @jakarta.ws.rs.POST
    @Path("/atw/decrees")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    Besluit voerBesluitIn(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, NieuwBesluit besluit);

    /** The signed-in commission member's calendar feeds (without their secret). */
    @GET
    @Path("/agenda/feeds")
    java.util.List<Agenda> agendas(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** A new secret calendar URL, in the answer only (shown once). */
    @jakarta.ws.rs.POST
    @Path("/agenda/feeds")
    Agenda nieuweAgenda(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** Revokes a feed: its URL answers 404 from then on. */
    @jakarta.ws.rs.DELETE
    @Path("/agenda/feeds/{feedId}")
    void trekAgendaIn(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("feedId") UUID feedId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Agenda(UUID id, String url, java.time.OffsetDateTime createdAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Besluit(UUID id, String title, int coversFromYear, int coversToYear, String published,
            java.util.List<Besluitdag> days) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Besluitdag(LocalDate date, String description) {
    }

    record NieuwBesluit(String title, Integer coversFromYear, Integer coversToYear, String published,
            java.util.List<Besluitdag> days) {
    }

    record TermijnDetail(Termijn termijn) {
    }

    /** One term: {@code description} is termijn-service's own Dutch description of what must happen by when. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Termijn(UUID id, String term, String description, String article, UUID caseId, String caseReference,
            LocalDate dueOn, String state, Integer remainingDays, LocalDate lapsedOn, LocalDate closedOn) {

        /** The melding of a destruction term (art 5.6). */
        public boolean overMelding() {
            return "T6".equals(term) && caseId != null;
        }

        /** The complaint of the terms of the complaint procedure (art 9–13). */
        public boolean overKlacht() {
            return caseId != null && !overMelding() && !"T7".equals(term) && !"T8".equals(term);
        }

        public boolean loopt() {
            return "OPEN".equals(state) || "SUSPENDED".equals(state);
        }

        public boolean verstreken() {
            return "LAPSED".equals(state);
        }

        /** The message key of the state, as people say it. */
        public String staatSleutel() {
            return switch (state == null ? "" : state) {
                case "OPEN" -> "termijnLoopt";
                case "SUSPENDED" -> "termijnOpgeschort";
                case "LAPSED" -> "termijnVerstreken";
                case "CLOSED_LATE" -> "termijnTeLaatAfgerond";
                default -> "termijnAfgerond";
            };
        }
    }

    @ClientExceptionMapper
    static RuntimeException weigering(Response response) {
        return MeldingServiceClient.weigering(response);
    }
}
