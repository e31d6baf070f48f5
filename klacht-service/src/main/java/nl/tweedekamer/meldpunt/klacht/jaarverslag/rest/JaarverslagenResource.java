package nl.tweedekamer.meldpunt.klacht.jaarverslag.rest;

import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_MEMBER;
import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_SECRETARY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.jaarverslag.mapping.JaarverslagWeergave;
import nl.tweedekamer.meldpunt.klacht.jaarverslag.service.Jaarverslag;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtToegang;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * The commission's annual report over every employer (art 14: the commission reports), as JSON or printable.
 * It crosses tenants on purpose, and only today's commission members and secretary may read it.
 */
@Path("/jaarverslagen")
public class JaarverslagenResource {

    @Inject
    Jaarverslag jaarverslag;

    @Inject
    KlachtToegang toegang;

    @Inject
    @Location("jaarverslag.html")
    Template printableTemplate;

    @GET
    @Path("{year}")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Operation(summary = "The commission's annual report over every employer (art 14): JSON, or printable Dutch HTML for Accept: text/html")
    public Response report(@PathParam("year") String year, @QueryParam("edition") String edition,
            @Context HttpHeaders headers) {
        Jaarverslag.CommissieVerslag report = build(year, edition);
        return Printable.wanted(headers)
                ? Response.ok(printableTemplate.data("pagina", JaarverslagWeergave.of(report)).render(),
                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build()
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Jaarverslag.CommissieVerslag build(String yearText, String editionText) {
        if (!toegang.servesAsMember() && !toegang.servesAsSecretary()) {
            throw new ProblemException(403, null, "Forbidden",
                    "Only the members and the secretary of today's complaints commission read the annual report over "
                            + "every employer (art 14).", null);
        }
        Jaarverslag.Editie edition = Jaarverslag.edition(editionText);
        return jaarverslag.forCommission(jaarverslag.year(yearText), edition);
    }
}
