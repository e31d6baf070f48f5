package nl.tweedekamer.meldpunt.portaal.melding;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Aangemaakt;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.AnoniemeMelding;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Bericht;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Bijlage;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Concept;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.ConceptVelden;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Dossier;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Inzage;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Melding;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.MeldingRegel;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.NieuweInterventie;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.NieuweMelding;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.OntvangenSignaal;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Ontvangst;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Sluiting;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.ToestemmingGeven;

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
    /** An attachment's file name, percent-encoded UTF-8 ({@link Bestand#naamVoorKop()}). */
    String BESTANDSNAAM = "X-Filename";

    @POST
    @Path("/mailbox/meldingen")
    Ontvangst meldAnoniem(@HeaderParam(FORWARDED_FOR) String beller, AnoniemeMelding melding);

    @GET
    @Path("/mailbox")
    Dossier openMailbox(@HeaderParam(FORWARDED_FOR) String beller, @HeaderParam(RECEIPT_CODE) String code);

    @POST
    @Path("/mailbox/berichten")
    void antwoord(@HeaderParam(FORWARDED_FOR) String beller, @HeaderParam(RECEIPT_CODE) String code, Bericht bericht);

    @POST
    @Path("/mailbox/toestemmingen")
    void geefToestemmingAnoniem(@HeaderParam(FORWARDED_FOR) String beller, @HeaderParam(RECEIPT_CODE) String code,
            ToestemmingGeven toestemming);

    @DELETE
    @Path("/mailbox/toestemmingen/{scope}")
    void trekToestemmingInAnoniem(@HeaderParam(FORWARDED_FOR) String beller, @HeaderParam(RECEIPT_CODE) String code,
            @PathParam("scope") String scope);

    /** A file for the anonymous melding the code opens; its kind in Content-Type, its name in X-Filename. */
    @POST
    @Path("/mailbox/bijlagen")
    @Consumes(MediaType.WILDCARD)
    Bijlage voegToeAnoniem(@HeaderParam(FORWARDED_FOR) String beller, @HeaderParam(RECEIPT_CODE) String code,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String soort, @HeaderParam(BESTANDSNAAM) String naam,
            byte[] inhoud);

    @GET
    @Path("/mailbox/bijlagen/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    Response bijlageAnoniem(@HeaderParam(FORWARDED_FOR) String beller, @HeaderParam(RECEIPT_CODE) String code,
            @PathParam("attachmentId") UUID bijlageId);

    /**
     * melding-service's public directory: the organisations that take meldingen today, by name, with the names of
     * their vertrouwenspersonen (domain.md §10.10) and their departments. No token: it is public.
     */
    @GET
    @Path("/organisaties")
    List<MeldingDtos.Gidsregel> organisaties();

    /** The signed-in melder's own named meldingen (no content), with their own access token. */
    @GET
    @Path("/meldingen")
    List<MeldingRegel> mijnMeldingen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** A named melding to a vertrouwenspersoon of the melder's own choice. */
    @POST
    @Path("/meldingen")
    Aangemaakt meld(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, NieuweMelding melding);

    /** Reading a melding: melding-service records every read in the melding's audit trail. */
    @GET
    @Path("/meldingen/{meldingId}")
    Melding lees(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("meldingId") UUID meldingId);

    @GET
    @Path("/meldingen/{meldingId}/audit")
    List<Inzage> inzage(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("meldingId") UUID meldingId);

    @POST
    @Path("/meldingen/{meldingId}/berichten")
    void schrijf(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("meldingId") UUID meldingId,
            Bericht bericht);

    @POST
    @Path("/meldingen/{meldingId}/bijlagen")
    @Consumes(MediaType.WILDCARD)
    Bijlage voegToe(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("meldingId") UUID meldingId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String soort, @HeaderParam(BESTANDSNAAM) String naam,
            byte[] inhoud);

    /** Every download is recorded in the melding's audit trail by melding-service. */
    @GET
    @Path("/meldingen/{meldingId}/bijlagen/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    Response bijlage(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("meldingId") UUID meldingId,
            @PathParam("attachmentId") UUID bijlageId);

    @POST
    @Path("/meldingen/{meldingId}/toestemmingen")
    void geefToestemming(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("meldingId") UUID meldingId, ToestemmingGeven toestemming);

    @DELETE
    @Path("/meldingen/{meldingId}/toestemmingen/{scope}")
    void trekToestemmingIn(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("meldingId") UUID meldingId, @PathParam("scope") String scope);

    @POST
    @Path("/meldingen/{meldingId}/interventies")
    void legInterventieVast(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("meldingId") UUID meldingId, NieuweInterventie interventie);

    @POST
    @Path("/meldingen/{meldingId}/overdracht-naar-klacht")
    void draagOver(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("meldingId") UUID meldingId);

    @POST
    @Path("/meldingen/{meldingId}/sluiting")
    void sluit(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("meldingId") UUID meldingId,
            Sluiting sluiting);

    @GET
    @Path("/vertrouwenspersoon/jaarverslag/{year}")
    MeldingDtos.Jaarverslag jaarverslag(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("year") int jaar);

    @GET
    @Path("/vertrouwenspersoon/patroonsignalen")
    List<MeldingDtos.Voorstel> voorstellen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @POST
    @Path("/vertrouwenspersoon/patroonsignalen")
    void verstuurSignaal(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, MeldingDtos.SignaalVersturen signaal);

    /** A melding the signed-in VP took by phone, addressed to them; the answer's receipt code is for the melder. */
    @POST
    @Path("/vertrouwenspersoon/meldingen/telefonisch")
    Ontvangst legTelefonischVast(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, AnoniemeMelding melding);

    @GET
    @Path("/vertrouwenspersoon/afwezigheid")
    MeldingDtos.Afwezigheid afwezigheid(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @PUT
    @Path("/vertrouwenspersoon/afwezigheid")
    MeldingDtos.Afwezigheid zetAfwezigheid(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            MeldingDtos.Afwezigheid afwezigheid);

    /** The meldingen addressed to the signed-in vertrouwenspersoon (no content; listing is not reading). */
    @GET
    @Path("/vertrouwenspersoon/meldingen")
    List<MeldingRegel> aanMijGericht(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** The pattern signals an organisation received: for its employer and its fractie administrator only. */
    @GET
    @Path("/tenants/{tenantId}/patroonsignalen")
    List<OntvangenSignaal> signalenVan(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("tenantId") String tenantId);

    /** Every appointment to the shared pool of vertrouwenspersonen (platform administrator). */
    @GET
    @Path("/vertrouwenspersonen")
    List<PoolBenoeming> poolBenoemingen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** Appoints someone to the shared pool for four years (art 4.2). */
    @POST
    @Path("/vertrouwenspersonen")
    PoolBenoeming benoemInPool(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, NieuwePoolBenoeming benoeming);

    /** Four more years, once (art 4.2). */
    @POST
    @Path("/vertrouwenspersonen/{personId}/renewal")
    PoolBenoeming verlengPool(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("personId") UUID personId);

    @POST
    @Path("/vertrouwenspersonen/{personId}/end")
    PoolBenoeming beeindigPool(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("personId") UUID personId, PoolEinde einde);

    /** Hands an ended VP's files to a successor of the pool (art 5.7): how many moved, no content. */
    @POST
    @Path("/vertrouwenspersonen/{personId}/overdracht")
    java.util.Map<String, Integer> draagPoolOver(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("personId") UUID personId, PoolOverdracht overdracht);

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record PoolBenoeming(UUID appointmentId, UUID personId, String name, String email, String functionCategory,
            java.time.LocalDate appointedFrom, java.time.LocalDate appointedUntil, int renewals,
            java.time.LocalDate endedOn, String endReason, int filesHandedOver) {
    }

    /** The start as text: melding-service names a date it cannot read at its field. */
    record NieuwePoolBenoeming(String personId, String name, String email, String functionCategory,
            String appointedFrom) {
    }

    record PoolEinde(String reason) {
    }

    record PoolOverdracht(UUID successorId) {
    }

    /** The signed-in person's own draft of a form; a 404 when there is none. */
    @GET
    @Path("/concepten/{formulier}")
    Concept leesConcept(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("formulier") String formulier);

    @PUT
    @Path("/concepten/{formulier}")
    void bewaarConcept(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("formulier") String formulier,
            ConceptVelden velden);

    @DELETE
    @Path("/concepten/{formulier}")
    void gooiConceptWeg(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("formulier") String formulier);

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
