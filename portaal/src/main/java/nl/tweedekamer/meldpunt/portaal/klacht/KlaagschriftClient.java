package nl.tweedekamer.meldpunt.portaal.klacht;

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

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftDtos.Bijlage;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftDtos.Concept;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftDtos.Inhoud;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftDtos.Ondertekening;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;

/**
 * klacht-service's API for the complainant's own klaagschrift (art 9): the draft, its attachments, its filing. Always
 * with the signed-in person's token: klacht-service decides whose draft it is (another person's answers 404).
 */
@RegisterRestClient(configKey = "klacht-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface KlaagschriftClient {

    /** An attachment's file name, percent-encoded UTF-8, as klacht-service reads it. */
    String BESTANDSNAAM = "X-Filename";

    /** The person's drafts and complaints (as a party), no content. */
    @GET
    @Path("/klachten")
    List<KlachtDtos.KlachtRegel> mijnKlachten(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** A new draft, empty or with what the person wrote; the person is its complainant. */
    @POST
    @Path("/klachten")
    Concept nieuw(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, Inhoud inhoud);

    /** The draft (or the filed complaint) as klacht-service shows it to this person; every read is recorded there. */
    @GET
    @Path("/klachten/{id}")
    Concept lees(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    /** The whole klaagschrift replaces the draft's (klacht-service keeps no half of it). */
    @PUT
    @Path("/klachten/{id}/klaagschrift")
    Concept bewaar(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id, Inhoud inhoud);

    /** Signs, dates and files it (art 9.1.e); a klaagschrift that lacks an element is filed too (domain.md §10.7). */
    @POST
    @Path("/klachten/{id}/indiening")
    Concept dienIn(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            Ondertekening ondertekening);

    @GET
    @Path("/klachten/{id}/bijlagen")
    List<Bijlage> bijlagen(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    /** A file (PDF, PNG or JPEG) as the raw body: its kind in Content-Type, its name in X-Filename. */
    @POST
    @Path("/klachten/{id}/bijlagen")
    @Consumes(MediaType.WILDCARD)
    Bijlage voegToe(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String soort, @HeaderParam(BESTANDSNAAM) String naam, byte[] inhoud);

    @DELETE
    @Path("/klachten/{id}/bijlagen/{bijlageId}")
    void verwijder(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @PathParam("bijlageId") UUID bijlageId);

    /** The declaration in force of the person's own organisation; 404 when none is. */
    @GET
    @Path("/tenants/{tenantId}/declarations/in-force")
    KlachtServiceClient.Verklaring verklaringVanKracht(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("tenantId") String tenantId);

    /** Every refusal becomes a {@code Weigering} with the problem the service sent. */
    @ClientExceptionMapper
    static RuntimeException weigering(Response response) {
        return MeldingServiceClient.weigering(response);
    }
}
