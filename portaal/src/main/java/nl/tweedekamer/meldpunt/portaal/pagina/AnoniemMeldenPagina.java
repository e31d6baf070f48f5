package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.AnoniemeMelding;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Ontvangst;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;
import nl.tweedekamer.meldpunt.portaal.melding.Organisatie;
import nl.tweedekamer.meldpunt.portaal.melding.OrganisatieGids;
import nl.tweedekamer.meldpunt.portaal.taal.Msg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The anonymous melding: choose a vertrouwenspersoon (within an organisation), say what it is about, write, send.
 * The answer shows the receipt code once, in the answer to the POST: it is never put in a URL, and nothing here is
 * cached (no-store on every page).
 */
@Path("/anoniem-melden")
@Produces(MediaType.TEXT_HTML)
public class AnoniemMeldenPagina {

    static final String PAD = "/anoniem-melden";
    static final List<String> SOORTEN = List.of("ONGEWENSTE_OMGANGSVORMEN", "INTEGRITEITSVRAAG", "ADVIESVRAAG",
            "NIET_GEHOORD_DOOR_LEIDINGGEVENDE");
    static final List<String> CATEGORIEEN = List.of("INTIMIDATIE", "SEKSUELE_INTIMIDATIE", "AGRESSIE_EN_GEWELD",
            "DISCRIMINATIE", "EXTREMISME", "STALKEN", "PESTEN");
    static final List<String> RELATIES = List.of("COLLEGA", "LEIDINGGEVENDE", "KAMERLID", "EXTERN");
    /**
     * melding-service requires a department code; the list of departments lives with the tenant and is not yet
     * published, so the anonymous form asks none and sends this code.
     */
    static final String AFDELING_ONBEKEND = "ONBEKEND";

    @Inject
    @Location("anoniem-melden")
    Template anoniemMelden;

    @Inject
    Template ontvangen;

    @Inject
    Template afdrukken;

    @Inject
    Paginas paginas;

    @Inject
    Taal taal;

    @Inject
    OrganisatieGids gids;

    @Inject
    @RestClient
    MeldingServiceClient melding;

    @Context
    HttpServerRequest request;

    /** What the form holds, kept when it comes back with errors so nothing typed is lost. */
    public record Invoer(String vertrouwenspersoon, String soort, String categorie, String relatie,
            String beschrijving) {
        static Invoer leeg() {
            return new Invoer(null, null, null, null, null);
        }
    }

    @TemplateData
    public record VpGroep(String naam, List<VpOptie> opties) {
    }

    @TemplateData
    public record VpOptie(String waarde, String naam, boolean eigen, boolean gekozen) {
    }

    @GET
    public TemplateInstance formulier() {
        return formulier(Invoer.leeg(), Fouten.geen());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance verstuur(@RestForm String vertrouwenspersoon, @RestForm String soort,
            @RestForm String categorie, @RestForm String relatie, @RestForm String beschrijving) {
        Invoer invoer = new Invoer(leeg(vertrouwenspersoon), leeg(soort), leeg(categorie), leeg(relatie), beschrijving);
        Msg msg = taal.teksten();
        Fouten fouten = controleer(invoer, msg);
        if (fouten.aanwezig()) {
            return formulier(invoer, fouten);
        }
        String[] keuze = invoer.vertrouwenspersoon().split("/", 2);
        boolean gedrag = "ONGEWENSTE_OMGANGSVORMEN".equals(invoer.soort());
        AnoniemeMelding body = new AnoniemeMelding(keuze[0], UUID.fromString(keuze[1]), invoer.soort(),
                gedrag ? invoer.categorie() : null, gedrag ? invoer.relatie() : null, AFDELING_ONBEKEND,
                invoer.beschrijving());
        try {
            Ontvangst ontvangst = melding.meldAnoniem(Beller.adres(request), body);
            return paginas.toon(ontvangen, null).data("code", ontvangst.receiptCode())
                    .data("kenmerk", ontvangst.reference());
        } catch (RuntimeException e) {
            return formulier(invoer, Foutmeldingen.vertaal(e, Foutmeldingen.anoniemeMelding(msg), null, msg));
        }
    }

    /** The code once more, to print: only from the receipt page's form (POST), never from a link. */
    @POST
    @Path("afdrukken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance afdrukken(@RestForm String code, @RestForm String kenmerk) {
        return paginas.toon(afdrukken, null).data("code", code == null ? "" : code)
                .data("kenmerk", kenmerk == null ? "" : kenmerk);
    }

    /** The portal's own checks, so that an obvious slip does not use up one of the few anonymous sends. */
    static Fouten controleer(Invoer invoer, Msg msg) {
        Fouten fouten = new Fouten();
        String vp = invoer.vertrouwenspersoon();
        if (vp == null || !vp.matches("[a-z0-9-]{1,64}/[0-9a-fA-F-]{36}")) {
            fouten.veld("vertrouwenspersoon", msg.foutVp());
        }
        if (invoer.soort() == null || !SOORTEN.contains(invoer.soort())) {
            fouten.veld("soort", "soort-" + SOORTEN.get(0), msg.foutSoort());
        } else if ("ONGEWENSTE_OMGANGSVORMEN".equals(invoer.soort())) {
            if (invoer.categorie() == null || !CATEGORIEEN.contains(invoer.categorie())) {
                fouten.veld("categorie", "categorie-" + CATEGORIEEN.get(0), msg.foutCategorie());
            }
            if (invoer.relatie() == null || !RELATIES.contains(invoer.relatie())) {
                fouten.veld("relatie", "relatie-" + RELATIES.get(0), msg.foutRelatie());
            }
        }
        if (invoer.beschrijving() == null || invoer.beschrijving().isBlank()) {
            fouten.veld("beschrijving", msg.foutBeschrijving());
        } else if (invoer.beschrijving().length() > 20000) {
            fouten.veld("beschrijving", msg.foutBeschrijvingLang());
        }
        return fouten;
    }

    private TemplateInstance formulier(Invoer invoer, Fouten fouten) {
        List<Organisatie> organisaties = gids.organisaties();
        List<VpGroep> groepen = organisaties.stream()
                .map(o -> new VpGroep(o.naam(), o.vertrouwenspersonen().stream().map(v -> {
                    String waarde = o.id() + "/" + v.personId();
                    return new VpOptie(waarde, v.name(), v.eigen(), waarde.equals(invoer.vertrouwenspersoon()));
                }).toList()))
                .filter(g -> !g.opties().isEmpty())
                .toList();
        return paginas.toon(anoniemMelden, PAD, fouten)
                .data("groepen", groepen)
                .data("soorten", keuzes("soort", SOORTEN, invoer.soort()))
                .data("categorieen", keuzes("categorie", CATEGORIEEN, invoer.categorie()))
                .data("relaties", keuzes("relatie", RELATIES, invoer.relatie()))
                .data("beschrijving", invoer.beschrijving());
    }

    private static List<Keuze> keuzes(String soort, List<String> waarden, String gekozen) {
        return waarden.stream().map(w -> new Keuze(w, soort + w, w.equals(gekozen))).toList();
    }

    private static String leeg(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

}
