package nl.tweedekamer.meldpunt.melding.jaarverslag.rest;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.jaarverslag.service.Jaarverslag;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;

/**
 * The VPs' annual report (art 4.4), as JSON or as a printable page: the central figures of the shared pool
 * for the Presidium and Griffier (a platform administrator fetches them), a fractie's own VPs' figures for that
 * fractie's administrator. Counts only: no VP, no melder, no content.
 */
@Path("/")
public class JaarverslagResource {

    @Inject
    Jaarverslag jaarverslag;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @GET
    @Path("jaarverslag/{year}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The shared pool's annual figures (art 4.4)")
    public Jaarverslag.Report central(@PathParam("year") int year) {
        return jaarverslag.central(checked(year));
    }

    @GET
    @Path("jaarverslag/{year}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Produces(MediaType.TEXT_HTML)
    public String centralPrintable(@PathParam("year") int year) {
        return printable(jaarverslag.central(checked(year)), "Jaarverslag vertrouwenspersonen (gedeelde pool)");
    }

    @GET
    @Path("tenants/{tenantId}/jaarverslag/{year}")
    @RolesAllowed(Roles.FRACTIE_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The annual figures of a fractie's own vertrouwenspersonen, for that fractie")
    public Jaarverslag.Report own(@PathParam("tenantId") String tenantId, @PathParam("year") int year) {
        access.enter(tenantId);
        return jaarverslag.ownOf(tenantId, checked(year));
    }

    @GET
    @Path("tenants/{tenantId}/jaarverslag/{year}")
    @RolesAllowed(Roles.FRACTIE_ADMIN)
    @Produces(MediaType.TEXT_HTML)
    public String ownPrintable(@PathParam("tenantId") String tenantId, @PathParam("year") int year) {
        access.enter(tenantId);
        return printable(jaarverslag.ownOf(tenantId, checked(year)), "Jaarverslag eigen vertrouwenspersonen");
    }

    /**
     * Art 4.4: the vertrouwenspersonen report yearly. A VP reads the figures of the report they write: a pool VP the
     * pool's, a fractie's own VP their fractie's (their token's tenant). Counts only, small ones shown as "&lt; 5".
     */
    @GET
    @Path("vertrouwenspersoon/jaarverslag/{year}")
    @RolesAllowed(Roles.VERTROUWENSPERSOON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The annual figures of the report you write (art 4.4): the pool's, or your fractie's own VPs'")
    public Jaarverslag.Report mine(@PathParam("year") int year) {
        int checked = checked(year);
        UUID me = personId();
        if (Vertrouwenspersoon.isOpen(VertrouwenspersoonKind.POOL, me)) {
            return jaarverslag.central(checked);
        }
        if (caller.tenantId() != null && Vertrouwenspersoon.isOpen(VertrouwenspersoonKind.EIGEN, me)) {
            return jaarverslag.ownOf(caller.tenantId(), checked);
        }
        throw ProblemException.notFound("No appointment", "You are not appointed as a vertrouwenspersoon today.");
    }

    private UUID personId() {
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No appointment", "You are not appointed as a vertrouwenspersoon today.");
        }
    }

    private static int checked(int year) {
        if (year < 2021 || year > 2100) {
            throw ProblemException.invalidField("year", "a year from 2021, when the regulation took effect");
        }
        return year;
    }

    private static String printable(Jaarverslag.Report r, String title) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append(' ').append(r.year()).append("</title></head><body><h1>").append(title)
                .append(' ').append(r.year()).append("</h1><p>Aantal meldingen: ").append(r.meldingen())
                .append("<br>Afgesloten: ").append(r.closed()).append("<br>Geen interventie op verzoek melder: ")
                .append(r.noInterventionAtMeldersRequest()).append("<br>Uren: ").append(r.hours()).append("</p>");
        table(html, "Herkomst", r.origin());
        table(html, "Aard", r.kinds());
        table(html, "Categorie", r.categories());
        table(html, "Relatie tot de veroorzaker", r.relations());
        table(html, "Interventies", r.interventions());
        table(html, "Stand aan het einde van het jaar", r.statusAtYearEnd());
        table(html, "Uitkomst", r.outcomes());
        return html.append("<p>Aantallen van 1 tot en met 4 staan als &lt; 5.</p></body></html>").toString();
    }

    private static void table(StringBuilder html, String caption, Jaarverslag.Breakdown b) {
        html.append("<table><caption>").append(caption).append("</caption>");
        for (Map.Entry<String, String> e : b.counts().entrySet()) {
            html.append("<tr><th>").append(e.getKey()).append("</th><td>").append(escape(e.getValue()))
                    .append("</td></tr>");
        }
        html.append("<tr><th>Totaal</th><td>").append(escape(b.total())).append("</td></tr></table>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
