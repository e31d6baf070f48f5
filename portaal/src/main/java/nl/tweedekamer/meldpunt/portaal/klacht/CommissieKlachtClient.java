package nl.tweedekamer.meldpunt.portaal.klacht;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;

/**
 * The commission's steps in klacht-service's complaint API (art 9-12), always with the signed-in person's token:
 * klacht-service decides who may take which step and answers a refusal as problem+json ({@code Weigering}). Each
 * step answers with the dossier, which the portal does not read (it redirects to the complaint's page).
 */
@RegisterRestClient(configKey = "klacht-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CommissieKlachtClient {

    /** Art 9.4: the secretary confirms receipt in writing. */
    @POST
    @Path("/klachten/{id}/ontvangstbevestiging")
    JsonNode bevestigOntvangst(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    /** Art 9.3: the commission asks for what is missing, with a 2-week term. */
    @POST
    @Path("/klachten/{id}/aanvullingsverzoek")
    JsonNode vraagAanvulling(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            Tekst tekst);

    /** Art 7.4, 11.4: who sits on the case. */
    @PUT
    @Path("/klachten/{id}/samenstelling")
    JsonNode stelSamen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            Samenstelling samenstelling);

    /** Art 10.1: the chair of the case records admissibility, with the members who took part and the links. */
    @POST
    @Path("/klachten/{id}/ontvankelijkheid")
    JsonNode beslisOntvankelijkheid(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            Ontvankelijkheid besluit);

    /** Domain.md §10.3: the accused's employer's roster searched by name; name and function only. */
    @GET
    @Path("/klachten/{id}/aangeklaagden/{accusedId}/kandidaten")
    List<Kandidaat> kandidaten(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @PathParam("accusedId") UUID accusedId, @QueryParam("naam") String naam);

    /** Art 11: the hearing, with the invitation's term for further documents. */
    @POST
    @Path("/klachten/{id}/hoorzittingen")
    JsonNode planHoorzitting(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            Hoorzitting hoorzitting);

    /** Art 11.2, 11.7: a hearing or on-site report. */
    @POST
    @Path("/klachten/{id}/verslagen")
    JsonNode voegVerslagToe(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            Verslag verslag);

    /** Art 12.1: the fact overview, with the term for factual corrections. */
    @POST
    @Path("/klachten/{id}/feitenoverzicht")
    JsonNode stuurFeitenoverzicht(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            Feitenoverzicht overzicht);

    /** Art 12.3: a new reasonable advice term, with reasons (both parties are told). */
    @POST
    @Path("/klachten/{id}/nieuwe-adviestermijn")
    JsonNode stelAdviestermijn(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            NieuweTermijn termijn);

    /** Art 10.1, 11.1: mediation started, failed or succeeded. */
    @POST
    @Path("/klachten/{id}/bemiddeling")
    JsonNode bemiddeling(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            Bemiddeling bemiddeling);

    /** Art 12.5, 12.7: the vote on the advice, with a minority position when not unanimous. */
    @POST
    @Path("/klachten/{id}/advies")
    JsonNode stelAdviesVast(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            Advies advies);

    /** Art 12.5, 12.2: the chair's or the secretary's signature; both send the advice. */
    @POST
    @Path("/klachten/{id}/advies/ondertekening")
    JsonNode onderteken(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    /** Who read the dossier (the chair of the case); that read is recorded too. */
    @GET
    @Path("/klachten/{id}/inzage")
    List<Inzage> inzage(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    /** The commission's annual report (art 14) over every employer, as klacht-service renders it for printing. */
    @GET
    @Path("/jaarverslagen/{year}")
    @Produces(MediaType.TEXT_HTML)
    String jaarverslag(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("year") int jaar,
            @QueryParam("edition") String editie);

    /** The case's documents with their release (art 10.3): the commission reads all (a read klacht-service records). */
    @GET
    @Path("/klachten/{id}/bijlagen")
    List<Document> bijlagen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    /** Art 10.3: the secretary releases a document of the complainant's side to the accused as it is. */
    @POST
    @Path("/klachten/{id}/bijlagen/{bijlageId}/vrijgave")
    JsonNode geefVrij(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @PathParam("bijlageId") UUID bijlageId);

    /** Art 10.3: a redacted copy the accused receives instead (raw body, as any attachment). */
    @POST
    @Path("/klachten/{id}/bijlagen/{bijlageId}/geschoonde-kopie")
    @Consumes(MediaType.WILDCARD)
    JsonNode geschoondeKopie(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @PathParam("bijlageId") UUID bijlageId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String soort,
            @HeaderParam("X-Filename") String naam, byte[] inhoud);

    /** Art 7.8: the objections to members of the case (the commission reads all). */
    @GET
    @Path("/klachten/{id}/bezwaren")
    List<Bezwaar> bezwaren(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    /** Art 7.8: the commission records a possible involvement of a member of the case (an objection of its own). */
    @POST
    @Path("/klachten/{id}/bezwaren")
    JsonNode maakBezwaar(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            NieuwBezwaar bezwaar);

    /** Art 7.8: the chair of the case upholds (the member replaced) or dismisses an objection. */
    @POST
    @Path("/klachten/{id}/bezwaren/{objectionId}/beslissing")
    JsonNode beslisBezwaar(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @PathParam("objectionId") UUID bezwaarId, BezwaarBeslissing beslissing);

    /** Art 11.1, 11.3: the parties' requests about their hearing (the commission reads all). */
    @GET
    @Path("/klachten/{id}/verzoeken")
    List<Verzoek> verzoeken(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    /** Art 11.5: the commission decides a request to be heard separately, once. */
    @POST
    @Path("/klachten/{id}/verzoeken/{requestId}/beslissing")
    JsonNode beslisVerzoek(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @PathParam("requestId") UUID verzoekId, VerzoekBeslissing beslissing);

    /** Domain.md §10.2: the commission names the person who decides for an employer of the case. */
    @PUT
    @Path("/klachten/{id}/beslissers/{employerTenantId}")
    JsonNode benoemBeslisser(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @PathParam("employerTenantId") String werkgever, Persoon persoon);

    record Persoon(UUID personId) {
    }

    /** The commission as it sits today (art 7.1, 7.4): every seat with its holder. */
    @GET
    @Path("/commission")
    Commissie commissie(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    record Tekst(String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Samenstelling(UUID chairId, List<UUID> memberIds) {
    }

    record Koppeling(UUID accusedId, UUID personId) {
    }

    record Beslisser(String employerTenantId, UUID personId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Ontvankelijkheid(Boolean admissible, List<String> grounds, Boolean mediationExplored, String reasons,
            List<Koppeling> accusedLinks, List<UUID> memberIds, List<Beslisser> deciders) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Hoorzitting(LocalDate hearingOn, java.time.LocalTime startsAt, String location, Boolean partiesTogether,
            LocalDate documentsDueOn, String otherInvitees, String counsel) {
    }

    @io.quarkus.qute.TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(UUID id, String filename, String contentType, Integer size, java.time.OffsetDateTime addedOn,
            String addedBy, String addedWith, LocalDate releasedOn, UUID redactionOf, UUID redactedCopyId) {

        /** The form's field for its redacted copy. */
        public String kopieVeld() {
            return "cie-kopie-" + id;
        }

        /** Art 10.3: a document of the complainant's side that the accused has not received yet. */
        public boolean wachtOpVrijgave() {
            return ("KLAGER".equals(addedBy) || "SECRETARIS".equals(addedBy)) && redactionOf == null
                    && releasedOn == null && redactedCopyId == null;
        }
    }

    @io.quarkus.qute.TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bezwaar(UUID id, UUID memberId, String lodgedAs, String reason, LocalDate lodgedOn, String outcome,
            LocalDate decidedOn) {

        public boolean open() {
            return outcome == null;
        }

        /** Who objected, as a message key: by the complainant, the accused or the commission. */
        public String doorSleutel() {
            return "KLAGER".equals(lodgedAs) ? "doorKLAGER" : "AANGEKLAAGDE".equals(lodgedAs) ? "doorAANGEKLAAGDE"
                    : "doorCOMMISSIE";
        }
    }

    @io.quarkus.qute.TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Verzoek(UUID id, String kind, String askedAs, UUID accusedId, String reason, String counselName,
            LocalDate requestedOn, String outcome, LocalDate decidedOn) {

        /** Art 11.5: a request to be heard separately that waits for the commission's decision. */
        public boolean openApartHoren() {
            return "APART_HOREN".equals(kind) && outcome == null;
        }

        /** Who asked, as a message key. */
        public String doorSleutel() {
            return "KLAGER".equals(askedAs) ? "doorKLAGER" : "doorAANGEKLAAGDE";
        }
    }

    record NieuwBezwaar(UUID memberId, String reason) {
    }

    record BezwaarBeslissing(Boolean upheld) {
    }

    record VerzoekBeslissing(Boolean granted) {
    }

    record Verslag(String kind, String text) {
    }

    record Feitenoverzicht(String text, LocalDate correctionsDueOn) {
    }

    record NieuweTermijn(LocalDate newDueOn, String reasons) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Bemiddeling(String action, String note) {
    }

    record Stem(UUID personId, String vote) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Advies(String nature, String text, List<Stem> votes, String minorityPosition, Boolean omitHearingReport,
            String weightyReasons) {
    }

    /** A read of the dossier: who (pseudonymous id), as whom, which part, when; no content. */
    @io.quarkus.qute.TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Inzage(String personId, String asParty, String part, java.time.OffsetDateTime readAt) {
    }

    @io.quarkus.qute.TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Kandidaat(UUID personId, String name, String function) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Commissie(List<Zetel> seats) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Zetel(String function, String side, Bezetter appointee) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bezetter(UUID personId, String name) {
    }

    /** Every refusal becomes a {@code Weigering} with the problem the service sent. */
    @ClientExceptionMapper
    static RuntimeException weigering(Response response) {
        return MeldingServiceClient.weigering(response);
    }
}
