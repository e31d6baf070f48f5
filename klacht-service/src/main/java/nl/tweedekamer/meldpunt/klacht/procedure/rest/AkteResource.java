package nl.tweedekamer.meldpunt.klacht.procedure.rest;

import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_MEMBER;
import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_SECRETARY;
import static nl.tweedekamer.meldpunt.platform.security.Roles.EMPLOYEE;
import static nl.tweedekamer.meldpunt.platform.security.Roles.EMPLOYER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.procedure.Akte;
import nl.tweedekamer.meldpunt.klacht.procedure.mapping.AkteWeergave;
import nl.tweedekamer.meldpunt.klacht.procedure.service.AkteService;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtToegang;

/**
 * The written acts of a complaint as printable pages (Dutch HTML, no scripts): the reader's own copy, which is
 * never cached and carries no address but the reader's own.
 */
@Path("/klachten/{id}/akten")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ EMPLOYEE, COMMISSION_MEMBER, COMMISSION_SECRETARY, EMPLOYER })
public class AkteResource {

    /** A page that can load nothing and run nothing: its own inline style only. */
    private static final String NOTHING_BUT_STYLE = "default-src 'none'; style-src 'unsafe-inline'";

    @Inject
    KlachtToegang toegang;

    @Inject
    AkteService akten;

    @Inject
    @Location("akte.html")
    Template template;

    @GET
    @Path("ontvangstbevestiging")
    @Operation(summary = "The written confirmation of receipt (art 9.4), printable; every copy is recorded")
    public Response receipt(@PathParam("id") UUID id) {
        return print(id, Akte.ONTVANGSTBEVESTIGING);
    }

    @GET
    @Path("advies")
    @Operation(summary = "The commission's signed advice (art 12.5; 10.4 when inadmissible), printable; every copy is recorded")
    public Response advice(@PathParam("id") UUID id) {
        return print(id, Akte.ADVIES);
    }

    @GET
    @Path("besluit")
    @Operation(summary = "The employer's decision (art 13.2; 10.4 when inadmissible), each you receive, printable; every copy is recorded")
    public Response decision(@PathParam("id") UUID id) {
        return print(id, Akte.BESLUIT);
    }

    private Response print(UUID id, Akte akte) {
        toegang.enter(id);
        AkteWeergave.Pagina page = akten.print(id, akte);
        return Response.ok(template.data("pagina", page).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", NOTHING_BUT_STYLE)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"" + page.fileName() + "\"")
                .build();
    }
}
