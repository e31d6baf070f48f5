package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
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

    @Inject
    @RestClient
    PartijClient partij;

    @Inject
    KlachtPaginas paginas;

    @Inject
    Aanmelding aanmelding;

    @Inject
    Taal taal;

    @POST
    @Path("klachten/{klachtId}/correctie")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correctie(@PathParam("klachtId") UUID klachtId, @RestForm String correctie) {
        return reactie(klachtId, "CORRECTIE", "correctie", correctie, GECORRIGEERD);
    }

    @POST
    @Path("klachten/{klachtId}/zienswijze")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response zienswijze(@PathParam("klachtId") UUID klachtId, @RestForm String zienswijze) {
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
        return paginas.pagina(klachtId, 422, fouten, p -> p.data("partij_" + veld, tekst));
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
