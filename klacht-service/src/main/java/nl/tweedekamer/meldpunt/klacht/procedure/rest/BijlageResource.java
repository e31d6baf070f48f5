package nl.tweedekamer.meldpunt.klacht.procedure.rest;

import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_MEMBER;
import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_SECRETARY;
import static nl.tweedekamer.meldpunt.platform.security.Roles.EMPLOYEE;
import static nl.tweedekamer.meldpunt.platform.security.Roles.EMPLOYER;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.procedure.service.BijlageService;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtToegang;

/**
 * The complaint's documents: the klaagschrift's attachments (art 9.2), documents the parties add later (art 9.3, 11.4,
 * 12.5), their release to the accused or a redacted copy (art 10.3). A file is the raw request body, its type the
 * Content-Type (application/pdf, image/png or image/jpeg, checked against the content), its name the X-Filename header.
 */
@Path("/klachten/{id}/bijlagen")
@Produces(MediaType.APPLICATION_JSON)
public class BijlageResource {

    public static final String FILENAME_HEADER = "X-Filename";

    @Inject
    KlachtToegang toegang;

    @Inject
    BijlageService bijlagen;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ EMPLOYEE, COMMISSION_SECRETARY })
    @Operation(summary = "Attach a PDF or image to your draft klaagschrift (art 9), or, as secretary, to one"
            + " received on paper; after filing, as a party, add a document when completion is asked (art 9.3), within"
            + " the hearing's term for further documents (art 11.4) or, as accused, with your written view (art 12.5);"
            + " body: the file, header X-Filename: its name (percent-encoded UTF-8)")
    public Response add(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(FILENAME_HEADER) String filename, byte[] content) {
        toegang.enter(id);
        BijlageService.Entry entry = bijlagen.add(id, contentType, filename, content);
        return Response.created(URI.create("/klachten/" + id + "/bijlagen/" + entry.id())).entity(entry).build();
    }

    @GET
    @RolesAllowed({ EMPLOYEE, COMMISSION_MEMBER, COMMISSION_SECRETARY, EMPLOYER })
    @Operation(summary = "The klaagschrift's attachments (name, type, size, added on); every read is recorded")
    public List<BijlageService.Entry> list(@PathParam("id") UUID id) {
        toegang.enter(id);
        return bijlagen.list(id);
    }

    @GET
    @Path("{bijlageId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ EMPLOYEE, COMMISSION_MEMBER, COMMISSION_SECRETARY, EMPLOYER })
    @Operation(summary = "Download an attachment; every read is recorded")
    public Response download(@PathParam("id") UUID id, @PathParam("bijlageId") UUID bijlageId) {
        toegang.enter(id);
        BijlageService.Download d = bijlagen.download(id, bijlageId);
        // the name stays out of the headers: the list gives it to whoever may read it
        return Response.ok(d.content(), d.contentType()).header("Content-Disposition", "attachment")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{bijlageId}/vrijgave")
    @RolesAllowed(COMMISSION_SECRETARY)
    @Operation(summary = "Release a document of the complaint to the accused as it is (art 10.3)")
    public BijlageService.Entry release(@PathParam("id") UUID id, @PathParam("bijlageId") UUID bijlageId) {
        toegang.enter(id);
        return bijlagen.release(id, bijlageId);
    }

    @POST
    @Path("{bijlageId}/geschoonde-kopie")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(COMMISSION_SECRETARY)
    @Operation(summary = "Upload a redacted copy of a document, which the accused receives instead of it (art 10.3);"
            + " body: the file, header X-Filename: its name")
    public Response redact(@PathParam("id") UUID id, @PathParam("bijlageId") UUID bijlageId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @HeaderParam(FILENAME_HEADER) String filename,
            byte[] content) {
        toegang.enter(id);
        BijlageService.Entry entry = bijlagen.redact(id, bijlageId, contentType, filename, content);
        return Response.created(URI.create("/klachten/" + id + "/bijlagen/" + entry.id())).entity(entry).build();
    }

    @DELETE
    @Path("{bijlageId}")
    @RolesAllowed({ EMPLOYEE, COMMISSION_SECRETARY })
    @Operation(summary = "Remove an attachment from your draft klaagschrift")
    public Response remove(@PathParam("id") UUID id, @PathParam("bijlageId") UUID bijlageId) {
        toegang.enter(id);
        bijlagen.remove(id, bijlageId);
        return Response.noContent().build();
    }
}
