package nl.tweedekamer.meldpunt.portaal.klacht;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;
import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;

/**
 * klacht-service's HTTP API, as far as the portal uses it (base URL {@code meldpunt.portaal.klacht-url}), always
 * with the signed-in person's access token: klacht-service decides what that person may see and do.
 */
@RegisterRestClient(configKey = "klacht-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface KlachtServiceClient {

    /** The complaints the signed-in person may see: as commission, as a party, or as the employer involved. */
    @GET
    @Path("/klachten")
    java.util.List<KlachtDtos.KlachtRegel> werklijst(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /**
     * The dossier in the parts the signed-in person may read (klacht-service records the read), as JSON: the page
     * reads it once and each part of the page maps what it shows ({@link KlachtDtos.Dossier} and the parts' own views).
     */
    @GET
    @Path("/klachten/{id}")
    com.fasterxml.jackson.databind.JsonNode dossier(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("id") UUID id);

    /** A printable act (ontvangstbevestiging, advies, besluit) as klacht-service renders it for this reader. */
    @GET
    @Path("/klachten/{id}/akten/{akte}")
    @Produces(MediaType.TEXT_HTML)
    String akte(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @PathParam("akte") String akte);

    /** The declaration in force, as anyone of the organisation may read it. */
    @GET
    @Path("/tenants/{tenantId}/declarations/in-force")
    Verklaring verklaringVanKracht(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("tenantId") String tenantId);

    /** The declaration in force that the signed-in employee is asked to confirm, and whether they did. */
    @GET
    @Path("/tenants/{tenantId}/declarations/in-force/my-confirmation")
    Onderschrijving mijnOnderschrijving(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("tenantId") String tenantId);

    /** Confirms (onderschrijven) the declaration as the signed-in employee; confirming twice changes nothing. */
    @POST
    @Path("/tenants/{tenantId}/declarations/{declarationId}/confirmation")
    void onderschrijf(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("tenantId") String tenantId,
            @PathParam("declarationId") UUID declarationId);

    /** The organisation's staff (its fractie administrator). */
    @GET
    @Path("/tenants/{tenantId}/roster")
    List<Medewerker> personeel(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("tenantId") String tenantId);

    /** A staff list checked ({@code dryRun}) or added whole; a list with a faulty row is refused whole (422). */
    @POST
    @Path("/tenants/{tenantId}/roster/import")
    Importuitslag importeer(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("tenantId") String tenantId, Import lijst);

    /** Who confirmed the declaration in force and who not yet; 404 when none is in force. */
    @GET
    @Path("/tenants/{tenantId}/confirmations")
    Bevestigingen bevestigingen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("tenantId") String tenantId);

    /** The organisation's standing decider and deputy (domain.md §10.2); 404 while none is named. */
    @GET
    @Path("/tenants/{tenantId}/beslisser")
    Beslisser beslisser(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("tenantId") String tenantId);

    /** Names them, each a person of the roster employed today with a login; a party is refused per field. */
    @PUT
    @Path("/tenants/{tenantId}/beslisser")
    Beslisser benoemBeslisser(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("tenantId") String tenantId, Beslissing benoeming);

    /** The versions of the regulation an organisation may declare applicable. */
    @GET
    @Path("/regulations")
    List<Regeling> regelingen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** The organisation's declarations, newest first, each with its standing (in force, superseded, …). */
    @GET
    @Path("/tenants/{tenantId}/declarations")
    List<Verklaring> verklaringen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("tenantId") String tenantId);

    /** The organisation declares the regulation applicable (its fractie administrator, after the model letter). */
    @POST
    @Path("/tenants/{tenantId}/declarations")
    Verklaring verklaar(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("tenantId") String tenantId,
            NieuweVerklaring verklaring);

    /** The organisation's departments, in its own order (its fractie administrator keeps them). */
    @GET
    @Path("/tenants/{tenantId}/departments")
    List<Afdeling> afdelingen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("tenantId") String tenantId);

    /** Replaces the list of departments as a whole (klacht-service publishes it to melding-service). */
    @PUT
    @Path("/tenants/{tenantId}/departments")
    List<Afdeling> vervangAfdelingen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("tenantId") String tenantId, Afdelingen lijst);

    /** One organisation, as anyone of it may read it. */
    @GET
    @Path("/tenants/{tenantId}")
    Organisatie organisatie(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("tenantId") String tenantId);

    /** Every organisation registered (platform administrator). */
    @GET
    @Path("/tenants")
    List<Organisatie> organisaties(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** Registers an organisation that joins (platform administrator). */
    @POST
    @Path("/tenants")
    Organisatie registreer(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, NieuweOrganisatie organisatie);

    /** Offboards an organisation: no new cases from now, gone once its last case is deleted. */
    @POST
    @Path("/tenants/{tenantId}/offboarding")
    Organisatie afmelden(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("tenantId") String tenantId);

    /** The commission's composition on a day: every seat, vacant ones without a holder (platform administrator). */
    @GET
    @Path("/commission")
    Samenstelling commissie(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** Every appointment to the commission, with address and art 7.5 flag (platform administrator). */
    @GET
    @Path("/commission/appointments")
    List<Benoeming> benoemingen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @POST
    @Path("/commission/appointments")
    Benoeming benoem(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, NieuweBenoeming benoeming);

    /** Four more years (art 6.2). */
    @POST
    @Path("/commission/appointments/{appointmentId}/renewal")
    Benoeming verleng(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("appointmentId") UUID appointmentId);

    @POST
    @Path("/commission/appointments/{appointmentId}/end")
    Benoeming beeindig(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("appointmentId") UUID appointmentId, Beeindiging beeindiging);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Samenstelling(LocalDate on, boolean complete, List<Zetel> seats, List<Tekortkoming> issues) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Zetel(String function, String side, Bezetting appointee) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bezetting(UUID appointmentId, UUID personId, String name, LocalDate appointedFrom, LocalDate lastDay) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tekortkoming(String article, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Benoeming(UUID appointmentId, UUID personId, String function, String side, String name, String workEmail,
            boolean woman, LocalDate appointedFrom, LocalDate appointedUntil, int renewals, LocalDate endedOn,
            String endReason, String status) {
    }

    /** Dates as text: klacht-service names a date it cannot read at its field. */
    record NieuweBenoeming(String function, String side, String personId, String name, String workEmail,
            Boolean woman, String appointedFrom, String appointedUntil) {
    }

    record Beeindiging(String reason, String endedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Afdeling(String code, String name) {
    }

    record Afdelingen(List<Afdeling> departments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organisatie(String id, String name, String shortName, String kind, String employerEntity,
            String contactEmail, String hrContactEmail, String status, OffsetDateTime registeredAt) {
    }

    record NieuweOrganisatie(String id, String name, String shortName, String kind, String employerEntity,
            String contactEmail, String hrContactEmail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Regeling(String id, String title, LocalDate inForceFrom) {
    }

    /** Dates as text: klacht-service names a date it cannot read at its field. */
    record NieuweVerklaring(String regulationVersion, String option, String effectiveFrom, String signedBy,
            String signedOn, String vertrouwenspersoonKeuze) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bevestigingen(UUID declarationId, LocalDate effectiveFrom, int confirmedCount, int pendingCount,
            List<Bevestiging> confirmed, List<Bevestiging> pending) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bevestiging(UUID personId, String name, OffsetDateTime confirmedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Beslisser(UUID deciderId, String deciderName, UUID deputyId, String deputyName, LocalDate namedOn) {
    }

    record Beslissing(UUID deciderId, UUID deputyId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Medewerker(UUID personId, String name, String workEmail, String subject, LocalDate from, LocalDate to,
            String function, String kind) {
    }

    /** A row as klacht-service's import reads it: every field as text, checked there. */
    record ImportRij(String name, String workEmail, String subject, String from, String to, String function,
            String kind) {
    }

    record Import(List<ImportRij> people, boolean dryRun) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Importuitslag(boolean dryRun, int added, long alreadyOnRoster, long invalid, List<RijUitslag> rows) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RijUitslag(int row, String outcome, List<Probleem.VeldFout> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Verklaring(UUID id, String regulationVersion, String option, LocalDate effectiveFrom, LocalDate signedOn,
            String vertrouwenspersoonKeuze, int complaintRetentionYears, String standing) {

        /** The message key that says how the regulation became applicable (model letter, options 1 and 2). */
        public String optieSleutel() {
            return switch (option == null ? "" : option) {
                case "PERSONEELSHANDBOEK" -> "verklaringOptieHandboek";
                case "ARBEIDSOVEREENKOMST" -> "verklaringOptieContract";
                default -> "verklaringOptieEigenBesluit";
            };
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Onderschrijving(UUID declarationId, LocalDate effectiveFrom, String regulationVersion,
            OffsetDateTime confirmedAt) {

        public boolean onderschreven() {
            return confirmedAt != null;
        }
    }

    /** Every refusal becomes a {@link Weigering} with the problem the service sent. */
    @ClientExceptionMapper
    static RuntimeException weigering(Response response) {
        return MeldingServiceClient.weigering(response);
    }
}
