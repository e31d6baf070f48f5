package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;
import nl.tweedekamer.meldpunt.portaal.klacht.CommissieKlachtClient;
import nl.tweedekamer.meldpunt.portaal.klacht.CommissieKlachtClient.Beslisser;
import nl.tweedekamer.meldpunt.portaal.klacht.CommissieKlachtClient.Koppeling;
import nl.tweedekamer.meldpunt.portaal.klacht.CommissieZaak;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.CommissieMsg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The commission's steps on a complaint's page (art 9.3, 9.4, 7.4, 10.1, 11): each a POST that calls klacht-service
 * with the signed-in person's token and redirects (303) to the complaint's page saying what was done; a refusal comes
 * back on the page with what was typed and the fault at its field, in words ({@link CommissieFouten}).
 */
@Path("/klachten/{klachtId}/commissie")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CommissieStappen {

    /** Art 9.5 a-g and 10.2 (T1): the grounds of inadmissibility klacht-service knows. */
    static final List<String> GRONDEN = List.of("A_NIET_ONTVANKELIJK", "B_EERDER_BEOORDEELD", "C_CAO_RIJK_PROCEDURE",
            "D_RECHTERLIJKE_PROCEDURE", "E_OPSPORINGSONDERZOEK", "F_KENNELIJK_ONVOLDOENDE", "G_ANONIEM",
            "BUITEN_JAARTERMIJN");

    /** klacht-service's own limit for a document, checked here first. */
    @Inject
    nl.tweedekamer.meldpunt.portaal.config.PortaalConfig config;

    @Inject
    KlachtPaginas paginas;

    @Inject
    Paginas schermen;

    @Inject
    io.quarkus.qute.Template commissieInzage;

    @Inject
    io.quarkus.qute.Template nietTeTonen;

    @Inject
    Aanmelding aanmelding;

    @Inject
    Taal taal;

    @Inject
    @RestClient
    CommissieKlachtClient klachten;

    @Inject
    @RestClient
    KlachtServiceClient dossiers;

    @POST
    @Path("ontvangstbevestiging")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bevestigOntvangst(@PathParam("klachtId") UUID klachtId) {
        return stap(klachtId, CommissieFouten.Stap.ONTVANGST, Map.of(), new Fouten(),
                () -> klachten.bevestigOntvangst(aanmelding.bearer(), klachtId), "cieOntvangstBevestigd");
    }

    @POST
    @Path("aanvullingsverzoek")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vraagAanvulling(@PathParam("klachtId") UUID klachtId) {
        Map<String, List<String>> invoer = formulier();
        String tekst = eerste(invoer, "cie-aanvulling");
        Fouten fouten = new Fouten();
        if (tekst.isBlank()) {
            fouten.veld("cie-aanvulling", msg().foutAanvullingLeeg());
        }
        return stap(klachtId, CommissieFouten.Stap.AANVULLING, invoer, fouten,
                () -> klachten.vraagAanvulling(aanmelding.bearer(), klachtId, new CommissieKlachtClient.Tekst(tekst)),
                "cieAanvullingGevraagd");
    }

    @POST
    @Path("samenstelling")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stelSamen(@PathParam("klachtId") UUID klachtId) {
        Map<String, List<String>> invoer = formulier();
        CommissieMsg msg = msg();
        Fouten fouten = new Fouten();
        UUID voorzitter = uuid(eerste(invoer, "cie-voorzitter"));
        UUID ambtelijk = uuid(eerste(invoer, "cie-lid-ambtelijk"));
        UUID politiek = uuid(eerste(invoer, "cie-lid-politiek"));
        // art 7.4, domain.md §10.5: the chair (or deputy chair) and one member of each side; fewer is refused
        if (voorzitter == null) {
            fouten.veld("cie-voorzitter", msg.foutKiesVoorzitter());
        }
        if (ambtelijk == null) {
            fouten.veld("cie-lid-ambtelijk", msg.foutKiesLidAmbtelijk());
        }
        if (politiek == null) {
            fouten.veld("cie-lid-politiek", msg.foutKiesLidPolitiek());
        }
        return stap(klachtId, CommissieFouten.Stap.SAMENSTELLING, invoer, fouten,
                () -> klachten.stelSamen(aanmelding.bearer(), klachtId,
                        new CommissieKlachtClient.Samenstelling(voorzitter, List.of(ambtelijk, politiek))),
                "cieSamengesteld");
    }

    /**
     * The name search for an accused (domain.md §10.3), a GET form that works without JavaScript: the roster of the
     * accused's employer, name and function only, offered on the page to choose from. The other accused's searches
     * and choices come along as hidden fields (ids and search words only).
     */
    @GET
    @Path("kandidaten")
    public Response zoek(@PathParam("klachtId") UUID klachtId, @Context UriInfo uri) {
        Map<String, List<String>> invoer = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> {
            if (k.startsWith("cie-naam-") || k.startsWith("cie-persoon-")) {
                invoer.put(k, v);
            }
        });
        Fouten fouten = new Fouten();
        CommissieInvoer gegevens = CommissieInvoer.van(invoer);
        zoekKandidaten(klachtId, invoer, gegevens, fouten);
        return paginas.pagina(klachtId, fouten.aanwezig() ? 422 : 200, fouten,
                p -> p.data("cieInvoer", gegevens));
    }

    @POST
    @Path("ontvankelijkheid")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response beslisOntvankelijkheid(@PathParam("klachtId") UUID klachtId) {
        Map<String, List<String>> invoer = formulier();
        CommissieMsg msg = msg();
        Fouten fouten = new Fouten();
        String beslissing = eerste(invoer, "cie-beslissing");
        Boolean ontvankelijk = "ja".equals(beslissing) ? Boolean.TRUE : "nee".equals(beslissing) ? Boolean.FALSE : null;
        String bemiddeling = eerste(invoer, "cie-bemiddeling");
        Boolean verkend = "ja".equals(bemiddeling) ? Boolean.TRUE : "nee".equals(bemiddeling) ? Boolean.FALSE : null;
        String motivering = eerste(invoer, "cie-motivering");
        List<String> gronden = invoer.getOrDefault("cie-gronden", List.of()).stream().filter(GRONDEN::contains).toList();
        List<UUID> leden = invoer.getOrDefault("cie-leden", List.of()).stream().map(CommissieStappen::uuid)
                .filter(u -> u != null).distinct().toList();
        if (ontvankelijk == null) {
            fouten.veld("cie-beslissing", msg.foutKiesBeslissing());
        } else if (!ontvankelijk && gronden.isEmpty()) {
            // art 10.4: an inadmissibility decision states its grounds
            fouten.veld("cie-gronden", msg.foutKiesGrond());
        } else if (ontvankelijk && !gronden.isEmpty()) {
            fouten.veld("cie-gronden", msg.foutGrondBijOntvankelijk());
        }
        if (verkend == null) {
            fouten.veld("cie-bemiddeling", msg.foutKiesBemiddeling());
        }
        if (motivering.isBlank()) {
            fouten.veld("cie-motivering", msg.foutMotiveringLeeg());
        }
        if (leden.isEmpty()) {
            // art 10.1: the chair never decides alone
            fouten.veld("cie-leden", msg.foutKiesLeden());
        }
        CommissieZaak zaak = zaak(klachtId);
        List<Koppeling> koppelingen = new ArrayList<>();
        List<Beslisser> beslissers = new ArrayList<>();
        if (zaak != null && Boolean.TRUE.equals(ontvankelijk)) {
            for (CommissieZaak.Aangeklaagde a : zaak.aangeklaagden()) {
                UUID persoon = uuid(eerste(invoer, "cie-persoon-" + a.id()));
                if (persoon == null) {
                    // art 10.3, domain.md §10.3: each accused linked to a person of their employer's roster
                    fouten.veld("cie-persoon-" + a.id(), "cie-naam-" + a.id(), msg.foutKiesPersoon(a.naam() == null ? "" : a.naam()));
                } else {
                    koppelingen.add(new Koppeling(a.id(), persoon));
                }
            }
            for (String werkgever : zaak.werkgevers()) {
                UUID beslisser = uuid(eerste(invoer, "cie-beslisser-" + werkgever));
                if (beslisser != null) {
                    beslissers.add(new Beslisser(werkgever, beslisser));
                }
            }
        }
        Boolean admissible = ontvankelijk;
        return stap(klachtId, CommissieFouten.Stap.ONTVANKELIJKHEID, invoer, fouten,
                () -> klachten.beslisOntvankelijkheid(aanmelding.bearer(), klachtId,
                        new CommissieKlachtClient.Ontvankelijkheid(admissible,
                                Boolean.TRUE.equals(admissible) ? null : gronden, verkend, motivering,
                                koppelingen.isEmpty() ? null : koppelingen, leden,
                                beslissers.isEmpty() ? null : beslissers)),
                Boolean.TRUE.equals(ontvankelijk) ? "cieOntvankelijk" : "cieNietOntvankelijk");
    }

    @POST
    @Path("hoorzitting")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response planHoorzitting(@PathParam("klachtId") UUID klachtId) {
        Map<String, List<String>> invoer = formulier();
        CommissieMsg msg = msg();
        Fouten fouten = new Fouten();
        LocalDate datum = datum(eerste(invoer, "cie-datum"));
        if (datum == null) {
            fouten.veld("cie-datum", eerste(invoer, "cie-datum").isBlank() ? msg.foutDatumLeeg() : msg.foutDatumOnleesbaar());
        }
        String stukkenTekst = eerste(invoer, "cie-stukken");
        LocalDate stukken = datum(stukkenTekst);
        if (!stukkenTekst.isBlank() && stukken == null) {
            fouten.veld("cie-stukken", msg.foutDatumOnleesbaar());
        } else if (stukken != null && datum != null && stukken.isAfter(datum)) {
            fouten.veld("cie-stukken", msg.foutStukkenNaHoorzitting());
        }
        String samen = eerste(invoer, "cie-samen");
        Boolean together = "samen".equals(samen) ? Boolean.TRUE : "apart".equals(samen) ? Boolean.FALSE : null;
        if (together == null) {
            fouten.veld("cie-samen", msg.foutKiesSamen());
        }
        // art 11.4: the invitation says when and where the parties are heard
        String aanvangTekst = eerste(invoer, "cie-aanvang");
        LocalTime aanvang = tijd(aanvangTekst);
        if (aanvang == null) {
            fouten.veld("cie-aanvang", aanvangTekst.isBlank() ? msg.foutAanvangLeeg() : msg.foutAanvangOnleesbaar());
        }
        String plaats = eerste(invoer, "cie-plaats").strip();
        if (plaats.isBlank()) {
            fouten.veld("cie-plaats", msg.foutPlaatsLeeg());
        } else if (plaats.length() > PLAATS_MAX) {
            fouten.veld("cie-plaats", msg.foutPlaatsLang(PLAATS_MAX));
        }
        String genodigden = eerste(invoer, "cie-genodigden");
        String raadslieden = eerste(invoer, "cie-raadslieden");
        return stap(klachtId, CommissieFouten.Stap.HOORZITTING, invoer, fouten,
                () -> klachten.planHoorzitting(aanmelding.bearer(), klachtId,
                        new CommissieKlachtClient.Hoorzitting(datum, aanvang, plaats, together, stukken,
                                genodigden.isBlank() ? null : genodigden, raadslieden.isBlank() ? null : raadslieden)),
                "cieHoorzittingGepland");
    }

    @POST
    @Path("verslag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voegVerslagToe(@PathParam("klachtId") UUID klachtId) {
        Map<String, List<String>> invoer = formulier();
        Fouten fouten = new Fouten();
        String soort = eerste(invoer, "cie-verslagsoort");
        if (!List.of("HOORVERSLAG", "ONDERZOEKSVERSLAG").contains(soort)) {
            fouten.veld("cie-verslagsoort", msg().foutKiesVerslagsoort());
        }
        String tekst = eerste(invoer, "cie-verslag");
        if (tekst.isBlank()) {
            fouten.veld("cie-verslag", msg().foutVerslagLeeg());
        }
        return stap(klachtId, CommissieFouten.Stap.VERSLAG, invoer, fouten,
                () -> klachten.voegVerslagToe(aanmelding.bearer(), klachtId,
                        new CommissieKlachtClient.Verslag(soort, tekst)), "cieVerslag");
    }

    @POST
    @Path("feitenoverzicht")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stuurFeitenoverzicht(@PathParam("klachtId") UUID klachtId) {
        Map<String, List<String>> invoer = formulier();
        Fouten fouten = new Fouten();
        String tekst = eerste(invoer, "cie-feiten");
        if (tekst.isBlank()) {
            fouten.veld("cie-feiten", msg().foutFeitenLeeg());
        }
        LocalDate tot = datumVeld(invoer, "cie-correcties", true, fouten);
        return stap(klachtId, CommissieFouten.Stap.FEITENOVERZICHT, invoer, fouten,
                () -> klachten.stuurFeitenoverzicht(aanmelding.bearer(), klachtId,
                        new CommissieKlachtClient.Feitenoverzicht(tekst, tot)), "cieFeitenoverzicht");
    }

    @POST
    @Path("adviestermijn")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stelAdviestermijn(@PathParam("klachtId") UUID klachtId) {
        Map<String, List<String>> invoer = formulier();
        Fouten fouten = new Fouten();
        LocalDate tot = datumVeld(invoer, "cie-adviestermijn", true, fouten);
        String redenen = eerste(invoer, "cie-adviestermijn-redenen");
        if (redenen.isBlank()) {
            fouten.veld("cie-adviestermijn-redenen", msg().foutRedenenLeeg());
        }
        return stap(klachtId, CommissieFouten.Stap.ADVIESTERMIJN, invoer, fouten,
                () -> klachten.stelAdviestermijn(aanmelding.bearer(), klachtId,
                        new CommissieKlachtClient.NieuweTermijn(tot, redenen)), "cieAdviestermijn");
    }

    @POST
    @Path("bemiddeling")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bemiddeling(@PathParam("klachtId") UUID klachtId) {
        Map<String, List<String>> invoer = formulier();
        Fouten fouten = new Fouten();
        String actie = eerste(invoer, "cie-bemiddeling-actie");
        if (!List.of("START", "MISLUKT", "GESLAAGD").contains(actie)) {
            fouten.veld("cie-bemiddeling-actie", msg().foutKiesBemiddelingActie());
        }
        String notitie = eerste(invoer, "cie-bemiddeling-notitie");
        return stap(klachtId, CommissieFouten.Stap.BEMIDDELING, invoer, fouten,
                () -> klachten.bemiddeling(aanmelding.bearer(), klachtId,
                        new CommissieKlachtClient.Bemiddeling(actie, notitie.isBlank() ? null : notitie)),
                "START".equals(actie) ? "cieBemiddelingGestart" : "MISLUKT".equals(actie) ? "cieBemiddelingMislukt"
                        : "cieBemiddelingGeslaagd");
    }

    @POST
    @Path("advies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stelAdviesVast(@PathParam("klachtId") UUID klachtId) {
        Map<String, List<String>> invoer = formulier();
        CommissieMsg msg = msg();
        Fouten fouten = new Fouten();
        String aard = eerste(invoer, "cie-aard");
        if (!List.of("PREVENTIEF", "CORRECTIEF", "PREVENTIEF_EN_CORRECTIEF").contains(aard)) {
            fouten.veld("cie-aard", msg.foutKiesAard());
        }
        String tekst = eerste(invoer, "cie-advies");
        if (tekst.isBlank()) {
            fouten.veld("cie-advies", msg.foutAdviesLeeg());
        }
        CommissieZaak zaak = zaak(klachtId);
        List<CommissieKlachtClient.Stem> stemmen = new ArrayList<>();
        if (zaak != null) {
            for (CommissieZaak.Zitting z : zaak.stemmers()) {
                String stem = eerste(invoer, z.stemVeld());
                if (!List.of("VOOR", "TEGEN", "ONTHOUDING").contains(stem)) {
                    // art 12.7: every member sitting on the case votes
                    fouten.veld(z.stemVeld(), z.stemVeld() + "-VOOR", msg.foutKiesStem(z.naam() == null ? "" : z.naam()));
                } else {
                    stemmen.add(new CommissieKlachtClient.Stem(z.persoonId(), stem));
                }
            }
        }
        String minderheid = eerste(invoer, "cie-minderheid");
        if (!stemmen.isEmpty() && stemmen.stream().anyMatch(st -> !"VOOR".equals(st.vote())) && minderheid.isBlank()) {
            // art 12.7: not unanimous, the minority position is stated
            fouten.veld("cie-minderheid", msg.foutMinderheidLeeg());
        }
        boolean zonderVerslag = "ja".equals(eerste(invoer, "cie-zonder-verslag"));
        String redenen = eerste(invoer, "cie-zwaarwegend");
        if (zonderVerslag && redenen.isBlank()) {
            // art 12.5: the hearing report is attached unless weighty reasons, stated, oppose it
            fouten.veld("cie-zwaarwegend", msg.foutZwaarwegendLeeg());
        }
        return stap(klachtId, CommissieFouten.Stap.ADVIES, invoer, fouten,
                () -> klachten.stelAdviesVast(aanmelding.bearer(), klachtId, new CommissieKlachtClient.Advies(aard,
                        tekst, stemmen, minderheid.isBlank() ? null : minderheid, zonderVerslag ? Boolean.TRUE : null,
                        zonderVerslag ? redenen : null)),
                "cieAdviesVastgesteld");
    }

    @POST
    @Path("ondertekening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response onderteken(@PathParam("klachtId") UUID klachtId) {
        return stap(klachtId, CommissieFouten.Stap.ONDERTEKENING, Map.of(), new Fouten(),
                () -> klachten.onderteken(aanmelding.bearer(), klachtId), "cieOndertekend");
    }

    /** Art 10.3: the secretary releases a document of the complainant's side to the accused as it is. */
    @POST
    @Path("bijlagen/{bijlageId}/vrijgave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response geefVrij(@PathParam("klachtId") UUID klachtId, @PathParam("bijlageId") UUID bijlageId) {
        return stap(klachtId, CommissieFouten.Stap.VRIJGAVE, Map.of(), new Fouten(),
                () -> klachten.geefVrij(aanmelding.bearer(), klachtId, bijlageId), "cieVrijgegeven");
    }

    /** Art 10.3: a redacted copy (PDF, PNG or JPEG) that the accused receives instead of the document. */
    @POST
    @Path("bijlagen/{bijlageId}/geschoonde-kopie")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response geschoondeKopie(@PathParam("klachtId") UUID klachtId, @PathParam("bijlageId") UUID bijlageId,
            @org.jboss.resteasy.reactive.RestForm("cie-kopie") org.jboss.resteasy.reactive.multipart.FileUpload kopie) {
        String veld = "cie-kopie-" + bijlageId;
        Fouten fouten = new Fouten();
        Bestand bestand = Bestand.lees(kopie, veld, config.klachtBijlageMaxBytes(), fouten, taal.stukTeksten());
        if (bestand == null && !fouten.aanwezig()) {
            fouten.veld(veld, msg().foutKiesKopie());
        } else if (bestand != null && "text/plain".equals(bestand.soort())) {
            // klacht-service takes PDF, PNG and JPEG only (recognised by their first bytes)
            fouten.veld(veld, msg().foutKopieSoort());
        }
        return stap(klachtId, CommissieFouten.Stap.KOPIE, Map.of(), fouten,
                () -> klachten.geschoondeKopie(aanmelding.bearer(), klachtId, bijlageId, bestand.soort(),
                        bestand.naamVoorKop(), bestand.inhoud()), "cieGeschoond");
    }

    /** Art 7.8: the commission records a possible involvement of a member who sits; the chair then decides on it. */
    @POST
    @Path("betrokkenheid")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response betrokkenheid(@PathParam("klachtId") UUID klachtId) {
        Map<String, List<String>> invoer = formulier();
        UUID lid = uuid(eerste(invoer, "cie-betrokken-lid"));
        String reden = eerste(invoer, "cie-betrokken-reden");
        Fouten fouten = new Fouten();
        if (lid == null) {
            fouten.veld("cie-betrokken-lid", msg().foutKiesBetrokkenLid());
        }
        if (reden == null || reden.isBlank()) {
            fouten.veld("cie-betrokken-reden", msg().foutBetrokkenheidReden());
        }
        return stap(klachtId, CommissieFouten.Stap.BETROKKENHEID, invoer, fouten,
                () -> klachten.maakBezwaar(aanmelding.bearer(), klachtId,
                        new CommissieKlachtClient.NieuwBezwaar(lid, reden == null ? null : reden.strip())),
                "cieBetrokkenheidVastgelegd");
    }

    /** Art 7.8: the chair of the case upholds an objection (the member is replaced) or dismisses it. */
    @POST
    @Path("bezwaren/{bezwaarId}/beslissing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response beslisBezwaar(@PathParam("klachtId") UUID klachtId, @PathParam("bezwaarId") UUID bezwaarId) {
        Map<String, List<String>> invoer = formulier();
        String veld = "cie-bezwaar-" + bezwaarId;
        String keuze = eerste(invoer, veld);
        Fouten fouten = new Fouten();
        if (!List.of("toegewezen", "afgewezen").contains(keuze)) {
            fouten.veld(veld, veld + "-toegewezen", msg().foutKiesBezwaar());
        }
        return stap(klachtId, CommissieFouten.Stap.BEZWAAR, invoer, fouten,
                () -> klachten.beslisBezwaar(aanmelding.bearer(), klachtId, bezwaarId,
                        new CommissieKlachtClient.BezwaarBeslissing("toegewezen".equals(keuze))),
                "toegewezen".equals(keuze) ? "cieBezwaarToegewezen" : "cieBezwaarAfgewezen");
    }

    /** Art 11.5: the commission grants or refuses a party's request to be heard separately. */
    @POST
    @Path("verzoeken/{verzoekId}/beslissing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response beslisVerzoek(@PathParam("klachtId") UUID klachtId, @PathParam("verzoekId") UUID verzoekId) {
        Map<String, List<String>> invoer = formulier();
        String veld = "cie-verzoek-" + verzoekId;
        String keuze = eerste(invoer, veld);
        Fouten fouten = new Fouten();
        if (!List.of("ja", "nee").contains(keuze)) {
            fouten.veld(veld, veld + "-ja", msg().foutKiesVerzoek());
        }
        return stap(klachtId, CommissieFouten.Stap.VERZOEK, invoer, fouten,
                () -> klachten.beslisVerzoek(aanmelding.bearer(), klachtId, verzoekId,
                        new CommissieKlachtClient.VerzoekBeslissing("ja".equals(keuze))),
                "cieVerzoekBeslist");
    }

    /** Domain.md §10.2: another person decides for this employer in this case (never a party; klacht-service checks). */
    @POST
    @Path("beslissers/{werkgever}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response benoemBeslisser(@PathParam("klachtId") UUID klachtId, @PathParam("werkgever") String werkgever) {
        Map<String, List<String>> invoer = formulier();
        String veld = "cie-beslisser-" + werkgever;
        UUID persoon = uuid(eerste(invoer, veld));
        Fouten fouten = new Fouten();
        if (persoon == null) {
            fouten.veld(veld, msg().foutKiesBeslisser());
        }
        return stap(klachtId, CommissieFouten.Stap.BESLISSER, invoer, fouten,
                () -> klachten.benoemBeslisser(aanmelding.bearer(), klachtId, werkgever,
                        new CommissieKlachtClient.Persoon(persoon)), "cieBeslisserBenoemd");
    }

    /** A date field: required or not, said at the field when it cannot be read. */
    private LocalDate datumVeld(Map<String, List<String>> invoer, String veld, boolean verplicht, Fouten fouten) {
        String tekst = eerste(invoer, veld);
        LocalDate datum = datum(tekst);
        if (datum == null && (verplicht || !tekst.isBlank())) {
            fouten.veld(veld, tekst.isBlank() ? msg().foutDatumLeeg() : msg().foutDatumOnleesbaar());
        }
        return datum;
    }

    /**
     * The case's audit trail for its chair (domain.md §7): who read or acted on the dossier, as whom, which part and
     * when; pseudonymous ids, no content. klacht-service lets only the chair of the case read it, and records the read.
     */
    @GET
    @Path("inzage")
    public Response inzage(@PathParam("klachtId") UUID klachtId) {
        String pad = "/klachten/" + klachtId + "/commissie/inzage";
        try {
            List<CommissieKlachtClient.Inzage> regels = klachten.inzage(aanmelding.bearer(), klachtId);
            return Response.ok(schermen.toon(commissieInzage, pad).data("klachtId", klachtId).data("regels", regels))
                    .build();
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(schermen, nietTeTonen, pad, e);
        }
    }

    /**
     * Sends a step when the portal found nothing wrong first, and answers: the complaint's page saying what was done,
     * or the page again with what was typed and the refusal in words.
     */
    private Response stap(UUID klachtId, CommissieFouten.Stap stap, Map<String, List<String>> invoer, Fouten fouten,
            Supplier<JsonNode> verzoek, String gedaan) {
        int status = 422;
        if (!fouten.aanwezig()) {
            try {
                verzoek.get();
                return Response.seeOther(URI.create(PortalRoutes.klacht(klachtId) + "?gedaan=" + gedaan)).build();
            } catch (Weigering | ProcessingException e) {
                if (e instanceof Weigering w && w.status() == 404) {
                    // not there or not theirs: the page says so, as for any complaint they cannot read
                    return paginas.pagina(klachtId, 404, fouten, p -> { });
                }
                status = CommissieFouten.vertaal(e, stap, msg(), zaak(klachtId), fouten);
            }
        }
        CommissieInvoer gegevens = CommissieInvoer.van(invoer);
        zoekKandidaten(klachtId, invoer, gegevens, new Fouten());
        return paginas.pagina(klachtId, status, fouten, p -> p.data("cieInvoer", gegevens));
    }

    /** Each accused's search again (hidden {@code cie-naam-…} fields), so a form that comes back offers the same people. */
    private void zoekKandidaten(UUID klachtId, Map<String, List<String>> invoer, CommissieInvoer gegevens, Fouten fouten) {
        CommissieZaak zaak = null;
        for (Map.Entry<String, List<String>> e : invoer.entrySet()) {
            if (!e.getKey().startsWith("cie-naam-") || e.getValue().isEmpty() || e.getValue().get(0) == null
                    || e.getValue().get(0).isBlank()) {
                continue;
            }
            UUID aangeklaagde = uuid(e.getKey().substring("cie-naam-".length()));
            String naam = e.getValue().get(0).strip();
            if (aangeklaagde == null) {
                continue;
            }
            if (naam.length() < 2) {
                fouten.veld(e.getKey(), msg().foutZoekKort());
                continue;
            }
            if (zaak == null) {
                zaak = zaak(klachtId);
            }
            String werkgever = zaak == null ? null : zaak.aangeklaagden().stream()
                    .filter(a -> aangeklaagde.equals(a.id())).map(CommissieZaak.Aangeklaagde::werkgever).findFirst()
                    .orElse(null);
            try {
                gegevens.gevonden(aangeklaagde, werkgever,
                        klachten.kandidaten(aanmelding.bearer(), klachtId, aangeklaagde, naam));
            } catch (Weigering w) {
                fouten.veld(e.getKey(), w.status() == 403 ? msg().foutZoekNietToegestaan() : msg().foutZoekNiet());
            } catch (ProcessingException onbereikbaar) {
                fouten.veld(e.getKey(), msg().foutDienstWeg());
            }
        }
    }

    /** The commission's view of the dossier, for the checks a step needs (a read klacht-service records). */
    private CommissieZaak zaak(UUID klachtId) {
        try {
            return CommissieZaak.van(dossiers.dossier(aanmelding.bearer(), klachtId));
        } catch (Weigering | ProcessingException e) {
            return null;
        }
    }

    /** The posted form, every field by name (the accused's fields are named by their id). */
    static Map<String, List<String>> formulier() {
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        FormData data = context == null ? null : context.getFormData();
        Map<String, List<String>> velden = new LinkedHashMap<>();
        if (data == null) {
            return velden;
        }
        for (String naam : data) {
            if (naam.startsWith("cie-")) {
                Object waarde = context.getFormParameter(naam, false, false);
                if (waarde instanceof List<?> lijst) {
                    velden.put(naam, lijst.stream().map(String::valueOf).toList());
                } else if (waarde != null) {
                    velden.put(naam, List.of(waarde.toString()));
                }
            }
        }
        return velden;
    }

    private static String eerste(Map<String, List<String>> invoer, String veld) {
        List<String> w = invoer.get(veld);
        return w == null || w.isEmpty() || w.get(0) == null ? "" : w.get(0).strip();
    }

    static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date as people type it, 21-01-2027 (or 21-1-2027), or as a date field sends it, 2027-01-21. */
    static LocalDate datum(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(v)
                    : LocalDate.parse(v.replace('/', '-').replace('.', '-'), DAG_MAAND_JAAR);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** klacht-service's limit of a hearing's place. */
    static final int PLAATS_MAX = 500;

    /** A time as people type it: "14:00", "14.00", "9:30", or the hour alone ("14"). */
    static LocalTime tijd(String value) {
        java.util.regex.Matcher m = UUR_MINUTEN.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            return null;
        }
        int uur = Integer.parseInt(m.group(1));
        int minuten = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return uur < 24 && minuten < 60 ? LocalTime.of(uur, minuten) : null;
    }

    private static final java.util.regex.Pattern UUR_MINUTEN = java.util.regex.Pattern
            .compile("(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*uur)?");

    private static final java.time.format.DateTimeFormatter DAG_MAAND_JAAR = java.time.format.DateTimeFormatter
            .ofPattern("d-M-uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private CommissieMsg msg() {
        return MessageBundles.get(CommissieMsg.class, Localized.Literal.of(taal.code()));
    }
}
