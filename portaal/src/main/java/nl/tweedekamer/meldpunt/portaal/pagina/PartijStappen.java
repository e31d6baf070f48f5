package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.config.PortaalConfig;
import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;
import nl.tweedekamer.meldpunt.portaal.klacht.PartijClient;
import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.PartijMsg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The parties' steps on a complaint's page: a factual correction of the fact overview, the written view, waiving
 * further corrections (art 12.1, 12.5), and the complainant's withdrawal (domain.md §5.10) after a confirmation that
 * says what it means. klacht-service checks who may and when; its refusal is said at the field, what was typed kept.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PartijStappen {

    static final String GECORRIGEERD = "partijGecorrigeerd";
    static final String ZIENSWIJZE = "partijZienswijze";
    static final String AFGEZIEN = "partijAfgezien";
    static final String INGETROKKEN = "partijIngetrokken";
    static final String BEZWAAR = "partijBezwaar";
    static final String APART = "partijApartHoren";
    static final String RAADSMAN = "partijRaadsman";
    static final String VOORZIENING = "partijVoorziening";
    static final String AANGEVULD = "partijAangevuld";
    static final String STUK = "partijStuk";
    static final String INGESTEMD = "partijIngestemd";
    /** What klacht-service takes as a party's document (checked there again, by the file's first bytes). */
    static final Set<String> STUKSOORTEN = Set.of("application/pdf", "image/png", "image/jpeg");
    /** klacht-service's limits: a reason of an objection or request 4000 characters, a counsel's name 200. */
    static final int REDEN_MAXIMUM = 4000;
    static final int NAAM_MAXIMUM = 200;

    @Inject
    @RestClient
    PartijClient partij;

    @Inject
    KlachtPaginas paginas;

    @Inject
    TekstConcepten concepten;

    @Inject
    Aanmelding aanmelding;

    @Inject
    Taal taal;

    @Inject
    PortaalConfig config;

    @Inject
    Paginas kader;

    @Inject
    Template nietTeTonen;

    /**
     * A document added in a window of art 9.3, 11.4 or 12.5 (PDF, PNG or JPEG; the portal checks kind and size first,
     * klacht-service the bytes and the window again).
     */
    @POST
    @Path("klachten/{klachtId}/bijlagen")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response stuk(@PathParam("klachtId") UUID klachtId, @RestForm FileUpload stuk) {
        PartijMsg msg = teksten();
        Fouten fouten = new Fouten();
        Bestand bestand = Bestand.lees(stuk, "stuk", config.klachtBijlageMaxBytes(), fouten, taal.stukTeksten());
        if (bestand == null && !fouten.aanwezig()) {
            fouten.veld("stuk", taal.stukTeksten().foutBijlageKies());
        } else if (bestand != null && !STUKSOORTEN.contains(bestand.soort())) {
            fouten.veld("stuk", msg.foutStukSoort());
        }
        if (!fouten.aanwezig()) {
            try {
                partij.voegToe(aanmelding.bearer(), klachtId, bestand.soort(), bestand.naamVoorKop(), bestand.inhoud());
                return WerkgeverStappen.gedaan(klachtId, STUK);
            } catch (Weigering w) {
                switch (w.status()) {
                    case 413 -> fouten.veld("stuk", taal.stukTeksten().foutBijlageGroot(config.klachtBijlageMaxBytes() / 1024));
                    case 415 -> fouten.veld("stuk", msg.foutStukSoort());
                    case 409 -> fouten.veld("stuk", msg.foutStukkenVol());
                    case 422 -> fouten.veld("stuk", w.probleem().map(Probleem::type).orElse("")
                            .endsWith("/stukken-buiten-termijn") ? msg.foutStukBuitenTermijn() : msg.foutAlgemeen());
                    default -> vertaal(w, "stuk", msg, fouten);
                }
            } catch (ProcessingException e) {
                vertaal(e, "stuk", msg, fouten);
            }
        }
        return paginas.pagina(klachtId, 422, fouten, p -> {
        });
    }

    /** A document of the complaint, always as a download under its own name (klacht-service records the read). */
    @GET
    @Path("klachten/{klachtId}/bijlagen/{bijlageId}")
    public Response download(@PathParam("klachtId") UUID klachtId, @PathParam("bijlageId") UUID bijlageId) {
        try {
            return Bijlagen.doorgeven(partij.bijlage(aanmelding.bearer(), klachtId, bijlageId));
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(kader, nietTeTonen, PortalRoutes.klacht(klachtId), e);
        }
    }

    @POST
    @Path("klachten/{klachtId}/correctie")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correctie(@PathParam("klachtId") UUID klachtId, @RestForm String correctie,
            @RestForm String actie) {
        if (TekstConcepten.ACTIE.equals(actie)) {
            return concept(klachtId, "CORRECTIE", "correctie", correctie);
        }
        return reactie(klachtId, "CORRECTIE", "correctie", correctie, GECORRIGEERD);
    }

    @POST
    @Path("klachten/{klachtId}/zienswijze")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response zienswijze(@PathParam("klachtId") UUID klachtId, @RestForm String zienswijze,
            @RestForm String actie) {
        if (TekstConcepten.ACTIE.equals(actie)) {
            return concept(klachtId, "ZIENSWIJZE", "zienswijze", zienswijze);
        }
        return reactie(klachtId, "ZIENSWIJZE", "zienswijze", zienswijze, ZIENSWIJZE);
    }

    @POST
    @Path("klachten/{klachtId}/afstand-correctie")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response afstand(@PathParam("klachtId") UUID klachtId) {
        PartijMsg msg = teksten();
        Fouten fouten = new Fouten();
        try {
            partij.reageer(aanmelding.bearer(), klachtId, new PartijClient.Reactie("AFSTAND_CORRECTIE", null));
            return WerkgeverStappen.gedaan(klachtId, AFGEZIEN);
        } catch (Weigering | ProcessingException e) {
            vertaal(e, "afstand", msg, fouten);
        }
        return paginas.pagina(klachtId, 422, fouten, p -> {
        });
    }

    /**
     * Withdrawal in two steps: without {@code bevestigd} the page asks for confirmation and says what withdrawing
     * means; with it, klacht-service ends the case.
     */
    @POST
    @Path("klachten/{klachtId}/intrekking")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response intrekking(@PathParam("klachtId") UUID klachtId, @RestForm String bevestigd,
            @RestForm String toelichting) {
        PartijMsg msg = teksten();
        Fouten fouten = new Fouten();
        if (!"ja".equals(bevestigd)) {
            return paginas.pagina(klachtId, 200, fouten, p -> p.data("partijIntrekkenBevestigen", true));
        }
        if (toelichting != null && toelichting.length() > WerkgeverStappen.TEKST_MAXIMUM) {
            fouten.veld("toelichting", msg.foutTeLang());
        } else {
            try {
                String tekst = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
                partij.trekIn(aanmelding.bearer(), klachtId, new PartijClient.Tekst(tekst));
                return WerkgeverStappen.gedaan(klachtId, INGETROKKEN);
            } catch (Weigering | ProcessingException e) {
                vertaal(e, "toelichting", msg, fouten);
            }
        }
        return paginas.pagina(klachtId, 422, fouten,
                p -> p.data("partijIntrekkenBevestigen", true).data("partijToelichting", toelichting));
    }

    /** Art 10.1, 11.1: the complainant consents to ending the complaint by the mediation that runs. */
    @POST
    @Path("klachten/{klachtId}/bemiddeling")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response instemming(@PathParam("klachtId") UUID klachtId) {
        PartijMsg msg = teksten();
        Fouten fouten = new Fouten();
        try {
            partij.stemIn(aanmelding.bearer(), klachtId);
            return WerkgeverStappen.gedaan(klachtId, INGESTEMD);
        } catch (Weigering | ProcessingException e) {
            if (e instanceof Weigering w && w.status() == 409) {
                fouten.veld("instemmen", msg.foutGeenBemiddeling());
            } else {
                vertaal(e, "instemmen", msg, fouten);
            }
        }
        return paginas.pagina(klachtId, 422, fouten, p -> {
        });
    }

    /** Art 9.3: the complainant's answer to the completion request, optionally with the latest date of the behaviour. */
    @POST
    @Path("klachten/{klachtId}/aanvulling")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response aanvulling(@PathParam("klachtId") UUID klachtId, @RestForm String aanvulling,
            @RestForm String laatsteDatum) {
        PartijMsg msg = teksten();
        Fouten fouten = new Fouten();
        if (aanvulling == null || aanvulling.isBlank()) {
            fouten.veld("aanvulling", msg.foutAanvullingLeeg());
        } else if (aanvulling.length() > WerkgeverStappen.TEKST_MAXIMUM) {
            fouten.veld("aanvulling", msg.foutTeLang());
        }
        String datum = laatsteDatum == null || laatsteDatum.isBlank() ? null : laatsteDatum.strip();
        if (datum != null && !datum.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            fouten.veld("laatsteDatum", msg.foutDatum());
        }
        if (!fouten.aanwezig()) {
            try {
                partij.vulAan(aanmelding.bearer(), klachtId, new PartijClient.Aanvulling(aanvulling.strip(), datum));
                return WerkgeverStappen.gedaan(klachtId, AANGEVULD);
            } catch (Weigering | ProcessingException e) {
                if (e instanceof Weigering w && w.probleem().map(Probleem::veldFouten).orElse(List.of()).stream()
                        .anyMatch(f -> "latestBehaviourOn".equals(f.field()))) {
                    fouten.veld("laatsteDatum", msg.foutDatum());
                } else {
                    vertaal(e, "aanvulling", msg, fouten);
                }
            }
        }
        return paginas.pagina(klachtId, 422, fouten,
                p -> p.data("p_aanvulling", aanvulling).data("p_laatsteDatum", laatsteDatum));
    }

    /** Art 7.8: an objection to a member who sits, with its reason. */
    @POST
    @Path("klachten/{klachtId}/bezwaar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bezwaar(@PathParam("klachtId") UUID klachtId, @RestForm String lid, @RestForm String bezwaarReden) {
        PartijMsg msg = teksten();
        Fouten fouten = new Fouten();
        UUID lidId = Velden.uuid(lid);
        if (lidId == null) {
            fouten.veld("lid", msg.foutKiesLid());
        }
        if (bezwaarReden == null || bezwaarReden.isBlank()) {
            fouten.veld("bezwaarReden", msg.foutRedenLeeg());
        } else if (bezwaarReden.length() > REDEN_MAXIMUM) {
            fouten.veld("bezwaarReden", msg.foutTeLang());
        }
        if (!fouten.aanwezig()) {
            try {
                partij.bezwaar(aanmelding.bearer(), klachtId, new PartijClient.Bezwaar(lidId, bezwaarReden.strip()));
                return WerkgeverStappen.gedaan(klachtId, BEZWAAR);
            } catch (Weigering | ProcessingException e) {
                if (e instanceof Weigering w && w.status() == 409) {
                    fouten.veld("lid", msg.foutBezwaarLoopt());
                } else if (e instanceof Weigering w && w.status() == 422
                        && w.probleem().map(Probleem::veldFouten).orElse(List.of()).isEmpty()) {
                    fouten.veld("lid", msg.foutGeenLid());
                } else {
                    vertaal(e, "bezwaarReden", msg, fouten);
                }
            }
        }
        return paginas.pagina(klachtId, 422, fouten, p -> p.data("p_lid", lid).data("p_bezwaarReden", bezwaarReden));
    }

    /** Art 11.1: to be heard separately, a reason optional. */
    @POST
    @Path("klachten/{klachtId}/apart-horen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apartHoren(@PathParam("klachtId") UUID klachtId, @RestForm String hoorReden) {
        PartijMsg msg = teksten();
        Fouten fouten = new Fouten();
        if (hoorReden != null && hoorReden.length() > REDEN_MAXIMUM) {
            fouten.veld("hoorReden", msg.foutTeLang());
        } else {
            try {
                String reden = hoorReden == null || hoorReden.isBlank() ? null : hoorReden.strip();
                partij.verzoek(aanmelding.bearer(), klachtId, new PartijClient.Verzoek("APART_HOREN", reden, null));
                return WerkgeverStappen.gedaan(klachtId, APART);
            } catch (Weigering | ProcessingException e) {
                if (e instanceof Weigering w && w.status() == 409) {
                    fouten.veld("hoorReden", msg.foutApartLoopt());
                } else {
                    vertaalVerzoek(e, "hoorReden", msg, fouten);
                }
            }
        }
        return paginas.pagina(klachtId, 422, fouten, p -> p.data("p_hoorReden", hoorReden));
    }

    /** Art 11.3: the counsel who assists the party. */
    @POST
    @Path("klachten/{klachtId}/raadsman")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response raadsman(@PathParam("klachtId") UUID klachtId, @RestForm String raadsman) {
        PartijMsg msg = teksten();
        Fouten fouten = new Fouten();
        if (raadsman == null || raadsman.isBlank()) {
            fouten.veld("raadsman", msg.foutRaadsmanLeeg());
        } else if (raadsman.length() > NAAM_MAXIMUM) {
            fouten.veld("raadsman", msg.foutTeLang());
        } else {
            try {
                partij.verzoek(aanmelding.bearer(), klachtId, new PartijClient.Verzoek("RAADSMAN", null, raadsman.strip()));
                return WerkgeverStappen.gedaan(klachtId, RAADSMAN);
            } catch (Weigering | ProcessingException e) {
                vertaalVerzoek(e, "raadsman", msg, fouten);
            }
        }
        return paginas.pagina(klachtId, 422, fouten, p -> p.data("p_raadsman", raadsman));
    }

    /**
     * Art 12.4: temporary measures asked of the employer of the person concerned: the complainant ({@code KLAGER}) or
     * one accused (their id), for the complainant's well-being or an untenable situation.
     */
    @POST
    @Path("klachten/{klachtId}/tijdelijke-voorziening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voorziening(@PathParam("klachtId") UUID klachtId, @RestForm String betreft,
            @RestForm String vzReden, @RestForm String verzoek) {
        PartijMsg msg = teksten();
        Fouten fouten = new Fouten();
        UUID aangeklaagde = Velden.uuid(betreft);
        if (!"KLAGER".equals(betreft) && aangeklaagde == null) {
            fouten.veld("betreft", "betreft-KLAGER", msg.foutBetreft());
        }
        if (!"WELZIJN_KLAGER".equals(vzReden) && !"ONHOUDBARE_SITUATIE".equals(vzReden)) {
            fouten.veld("vzReden", "vzReden-WELZIJN_KLAGER", msg.foutVzReden());
        }
        if (verzoek == null || verzoek.isBlank()) {
            fouten.veld("verzoek", msg.foutVerzoekLeeg());
        } else if (verzoek.length() > WerkgeverStappen.TEKST_MAXIMUM) {
            fouten.veld("verzoek", msg.foutTeLang());
        }
        if (!fouten.aanwezig()) {
            try {
                partij.voorziening(aanmelding.bearer(), klachtId, new PartijClient.Voorziening(
                        aangeklaagde == null ? "KLAGER" : "AANGEKLAAGDE", aangeklaagde, vzReden, verzoek.strip()));
                return WerkgeverStappen.gedaan(klachtId, VOORZIENING);
            } catch (Weigering | ProcessingException e) {
                if (e instanceof Weigering w && w.probleem().map(Probleem::veldFouten).orElse(List.of()).stream()
                        .anyMatch(f -> "accusedId".equals(f.field()))) {
                    fouten.veld("betreft", "betreft-KLAGER", msg.foutBetreft());
                } else {
                    vertaal(e, "verzoek", msg, fouten);
                }
            }
        }
        return paginas.pagina(klachtId, 422, fouten,
                p -> p.data("p_betreft", betreft).data("p_vzReden", vzReden).data("p_verzoek", verzoek));
    }

    /** A request about the hearing refused: no hearing to ask about any more (422 verzoek-niet-nu) said in words. */
    private static void vertaalVerzoek(RuntimeException e, String veld, PartijMsg msg, Fouten fouten) {
        if (e instanceof Weigering w && w.status() == 422
                && w.probleem().map(Probleem::type).orElse("").endsWith("/verzoek-niet-nu")) {
            fouten.veld(veld, msg.foutGeenHoorzittingMeer());
            return;
        }
        vertaal(e, veld, msg, fouten);
    }

    private Response reactie(UUID klachtId, String soort, String veld, String tekst, String gedaan) {
        PartijMsg msg = teksten();
        Fouten fouten = new Fouten();
        if (tekst == null || tekst.isBlank()) {
            fouten.veld(veld, "CORRECTIE".equals(soort) ? msg.foutCorrectieLeeg() : msg.foutZienswijzeLeeg());
        } else if (tekst.length() > WerkgeverStappen.TEKST_MAXIMUM) {
            fouten.veld(veld, msg.foutTeLang());
        }
        if (!fouten.aanwezig()) {
            try {
                partij.reageer(aanmelding.bearer(), klachtId, new PartijClient.Reactie(soort, tekst.strip()));
                return WerkgeverStappen.gedaan(klachtId, gedaan);
            } catch (Weigering | ProcessingException e) {
                vertaal(e, veld, msg, fouten);
            }
        }
        return terug(klachtId, fouten, veld, tekst);
    }

    /**
     * The form's second button: the text is kept in klacht-service as the party's draft, not sent, so that a lapsed
     * sign-in session loses nothing; klacht-service keeps it only while the party may still react (art 12.1).
     */
    private Response concept(UUID klachtId, String soort, String veld, String tekst) {
        PartijMsg msg = teksten();
        Fouten fouten = new Fouten();
        if (tekst == null || tekst.isBlank()) {
            fouten.veld(veld, msg.foutConceptLeeg());
        } else if (tekst.length() > WerkgeverStappen.TEKST_MAXIMUM) {
            fouten.veld(veld, msg.foutTeLang());
        }
        if (!fouten.aanwezig()) {
            try {
                concepten.bewaar(klachtId, soort, tekst);
                return WerkgeverStappen.gedaan(klachtId, TekstConcepten.BEWAARD);
            } catch (Weigering | ProcessingException e) {
                vertaal(e, veld, msg, fouten);
            }
        }
        return terug(klachtId, fouten, veld, tekst);
    }

    /** The page again with what was typed in the form, which replaces a saved draft there (and its "saved on"). */
    private Response terug(UUID klachtId, Fouten fouten, String veld, String tekst) {
        String moment = "correctie".equals(veld) ? "partijConceptCorrectie" : "partijConceptZienswijze";
        return paginas.pagina(klachtId, 422, fouten, p -> p.data("partij_" + veld, tekst).data(moment, null));
    }

    /**
     * klacht-service's refusal in words, at the form's field: the correction term ended (422), a step out of turn
     * (409), the text refused; the service away said as such. What was typed stays in the form.
     */
    static void vertaal(RuntimeException e, String veld, PartijMsg msg, Fouten fouten) {
        if (e instanceof ProcessingException || (e instanceof Weigering w && w.status() >= 500)) {
            fouten.algemeen(msg.foutNietBereikbaar());
            return;
        }
        Weigering w = (Weigering) e;
        String type = w.probleem().map(Probleem::type).orElse("");
        switch (w.status()) {
            case 422 -> {
                if (type != null && type.endsWith("/correctietermijn-verstreken")) {
                    fouten.veld(veld, msg.foutTermijnVoorbij());
                    return;
                }
                velden(w, veld, msg, fouten);
            }
            case 400 -> velden(w, veld, msg, fouten);
            case 409 -> fouten.veld(veld, msg.foutNietNu());
            case 403, 404 -> fouten.algemeen(msg.foutGeenToegang());
            default -> fouten.algemeen(msg.foutAlgemeen());
        }
    }

    private static void velden(Weigering w, String veld, PartijMsg msg, Fouten fouten) {
        for (Probleem.VeldFout f : w.probleem().map(Probleem::veldFouten).orElse(List.of())) {
            boolean teLang = f.message() != null && f.message().toLowerCase(Locale.ROOT).contains("size");
            fouten.veld(veld, teLang ? msg.foutTeLang() : msg.foutAlgemeen());
        }
        if (!fouten.aanwezig()) {
            fouten.algemeen(msg.foutAlgemeen());
        }
    }

    private PartijMsg teksten() {
        return MessageBundles.get(PartijMsg.class, Localized.Literal.of(taal.code()));
    }
}
