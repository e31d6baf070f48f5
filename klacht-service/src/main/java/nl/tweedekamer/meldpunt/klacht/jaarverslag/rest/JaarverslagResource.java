package nl.tweedekamer.meldpunt.klacht.jaarverslag.rest;

import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_MEMBER;
import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_SECRETARY;
import static nl.tweedekamer.meldpunt.platform.security.Roles.EMPLOYER;

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
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;

/**
 * One employer's annual report (art 14), as JSON or as a printable page: for that employer (bevoegd gezag) and
 * for today's commission. {@code ?edition=ondernemingsraad} gives the works council's edition, which the employer
 * passes on. Any other organisation answers as an unknown one. Counts only.
 */
@Path("/tenants/{tenantId}/jaarverslag")
public class JaarverslagResource {

    @Inject
    Jaarverslag jaarverslag;

    @Inject
    TenantAccess tenantAccess;

    @Inject
    KlachtToegang toegang;

    @Inject
    Caller caller;

    @Inject
    @Location("jaarverslag.html")
    Template printableTemplate;

    @GET
    @Path("{year}")
    @RolesAllowed({ EMPLOYER, COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Operation(summary = "An employer's annual report of the complaints commission (art 14): JSON, or printable Dutch HTML for Accept: text/html")
    public Response report(@PathParam("tenantId") String tenantId, @PathParam("year") String year,
            @QueryParam("edition") String edition, @Context HttpHeaders headers) {
        Jaarverslag.WerkgeverVerslag report = build(tenantId, year, edition);
        return Printable.wanted(headers)
                ? Response.ok(printableTemplate.data("pagina", JaarverslagWeergave.of(report)).render(),
                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build()
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Jaarverslag.WerkgeverVerslag build(String tenantId, String yearText, String editionText) {
        // the employer of its own organisation, or today's commission (art 14); a commission role alone is not enough
        boolean ownEmployer = caller.hasRole(EMPLOYER) && tenantId != null && tenantId.equals(caller.tenantId());
        boolean commission = toegang.servesAsMember() || toegang.servesAsSecretary();
        if (!ownEmployer && !commission) {
            throw TenantAccess.unknownTenant(tenantId);
        }
        tenantAccess.enter(tenantId);
        Jaarverslag.Editie edition = Jaarverslag.edition(editionText);
        int year = jaarverslag.year(yearText);
        return jaarverslag.forEmployer(tenantId, year, edition);
    }
}
