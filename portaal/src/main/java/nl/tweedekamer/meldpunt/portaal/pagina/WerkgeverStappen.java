package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
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
import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;
import nl.tweedekamer.meldpunt.portaal.klacht.WerkgeverClient;
import nl.tweedekamer.meldpunt.portaal.klacht.WerkgeverZaak;
import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;
import nl.tweedekamer.meldpunt.portaal.taal.WerkgeverMsg;

/**
 * The employer's decider's steps on a complaint's page: decide with reasons (art 13.1-13.2, or 10.4), extend the
 * decision term (13.3). Each POST goes to klacht-service with the person's own token, which checks who may and when;
 * done, the page says so ({@code ?gedaan=}); refused, the page comes back with what was typed and the fault at its field.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class WerkgeverStappen {

    static final String BESLOTEN = "wgBesloten";
    static final String VERDAAGD = "wgVerdaagd";
    /** What klacht-service accepts as one text (its {@code KlachtInput}); longer is said before sending. */
    static final int TEKST_MAXIMUM = 20_000;

    @Inject
    @RestClient
    WerkgeverClient werkgever;

    @Inject
    KlachtPaginas paginas;

    @Inject
    TekstConcepten concepten;

    @Inject
    Aanmelding aanmelding;

    @Inject
    Taal taal;

    @POST
    @Path("klachten/{klachtId}/besluit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response besluit(@PathParam("klachtId") UUID klachtId, @RestForm String besluit, @RestForm String actie) {
        WerkgeverMsg msg = teksten();
        Fouten fouten = new Fouten();
        // the second button keeps the text as the decider's draft in klacht-service, until they decide (art 13)
        boolean concept = TekstConcepten.ACTIE.equals(actie);
        if (besluit == null || besluit.isBlank()) {
            fouten.veld("besluit", concept ? msg.foutConceptLeeg() : msg.foutBesluitLeeg());
        } else if (besluit.length() > TEKST_MAXIMUM) {
            fouten.veld("besluit", msg.foutTeLang());
        }
        if (!fouten.aanwezig()) {
            try {
                if (concept) {
                    concepten.bewaar(klachtId, "BESLUIT", besluit);
                    return gedaan(klachtId, TekstConcepten.BEWAARD);
                }
                werkgever.besluit(aanmelding.bearer(), klachtId, new WerkgeverClient.Tekst(besluit.strip()));
                return gedaan(klachtId, BESLOTEN);
            } catch (Weigering | ProcessingException e) {
                vertaal(e, "besluit", msg, fouten);
            }
        }
        // what was typed replaces a saved draft in the form, and its "saved on"
        return paginas.pagina(klachtId, 422, fouten,
                p -> p.data("wgBesluit", besluit).data("wgConceptBesluit", null));
    }

    @POST
    @Path("klachten/{klachtId}/verdaging")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verdaging(@PathParam("klachtId") UUID klachtId, @RestForm String dagen, @RestForm String redenen) {
        WerkgeverMsg msg = teksten();
        Fouten fouten = new Fouten();
        Integer aantal = geheel(dagen);
        if (aantal == null || aantal < 1 || aantal > WerkgeverZaak.MAXIMUM_VERDAGING) {
            fouten.veld("dagen", msg.foutDagen(WerkgeverZaak.MAXIMUM_VERDAGING));
        }
        if (redenen == null || redenen.isBlank()) {
            fouten.veld("redenen", msg.foutRedenenLeeg());
        } else if (redenen.length() > TEKST_MAXIMUM) {
            fouten.veld("redenen", msg.foutTeLang());
        }
        if (!fouten.aanwezig()) {
            try {
                werkgever.verdaag(aanmelding.bearer(), klachtId, new WerkgeverClient.Verdaging(aantal, redenen.strip()));
                return gedaan(klachtId, VERDAAGD);
            } catch (Weigering | ProcessingException e) {
                vertaal(e, "dagen", msg, fouten);
            }
        }
        return paginas.pagina(klachtId, 422, fouten, p -> p.data("wgDagen", dagen).data("wgRedenen", redenen));
    }

    /**
     * klacht-service's refusal in words: a field it names at that field, a step out of turn (409) by its rule (already
     * decided, the 4 weeks used, the term lapsed), the service away said as such; the typed text stays in the form.
     */
    static void vertaal(RuntimeException e, String veld, WerkgeverMsg msg, Fouten fouten) {
        if (e instanceof ProcessingException || (e instanceof Weigering w && w.status() >= 500)) {
            fouten.algemeen(msg.foutNietBereikbaar());
            return;
        }
        Weigering w = (Weigering) e;
        String uitleg = w.probleem().map(p -> (p.title() == null ? "" : p.title()) + " " + (p.detail() == null ? ""
                : p.detail())).orElse("").toLowerCase(Locale.ROOT);
        switch (w.status()) {
            case 400, 422 -> {
                List<Probleem.VeldFout> gemeld = w.probleem().map(Probleem::veldFouten).orElse(List.of());
                for (Probleem.VeldFout f : gemeld) {
                    String tekst = f.message() != null && f.message().contains("size") ? msg.foutTeLang() : null;
                    switch (f.field()) {
                        case "text" -> fouten.veld("besluit", tekst != null ? tekst : msg.foutBesluitLeeg());
                        case "days" -> fouten.veld("dagen", msg.foutDagen(WerkgeverZaak.MAXIMUM_VERDAGING));
                        case "reasons" -> fouten.veld("redenen", tekst != null ? tekst : msg.foutRedenenLeeg());
                        default -> fouten.algemeen(msg.foutAlgemeen());
                    }
                }
                if (!fouten.aanwezig()) {
                    fouten.algemeen(msg.foutAlgemeen());
                }
            }
            case 409 -> {
                if (uitleg.contains("decided on")) {
                    fouten.algemeen(msg.foutAlBesloten());
                } else if (uitleg.contains("at most")) {
                    fouten.veld(veld, msg.foutMaximum());
                } else if (uitleg.contains("lapse")) {
                    fouten.veld(veld, msg.foutVerstreken());
                } else {
                    fouten.algemeen(msg.foutNietNu());
                }
            }
            case 403, 404 -> fouten.algemeen(msg.foutGeenToegang());
            default -> fouten.algemeen(msg.foutAlgemeen());
        }
    }

    private static Integer geheel(String tekst) {
        if (tekst == null || !tekst.strip().matches("[0-9]{1,3}")) {
            return null;
        }
        return Integer.valueOf(tekst.strip());
    }

    static Response gedaan(UUID klachtId, String sleutel) {
        return Response.seeOther(URI.create(PortalRoutes.klacht(klachtId) + "?gedaan=" + sleutel)).build();
    }

    private WerkgeverMsg teksten() {
        return MessageBundles.get(WerkgeverMsg.class, Localized.Literal.of(taal.code()));
    }
}
