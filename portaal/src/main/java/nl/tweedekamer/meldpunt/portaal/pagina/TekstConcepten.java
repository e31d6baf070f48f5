package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.qute.TemplateInstance;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtConceptClient;

/**
 * The drafts of a complaint's long texts (a correction or written view, art 12.1, 12.5; a decision, art 13), kept by
 * klacht-service for their author: a lapsed sign-in session loses the text no more once it was saved. The portal keeps
 * none of it. A draft that cannot be read never stops the form: it then opens empty, as before.
 */
@ApplicationScoped
public class TekstConcepten {

    /** The {@code ?gedaan=} key after a draft was saved, on either part of the page. */
    static final String BEWAARD = "conceptBewaard";
    /** The value of the form's second button ({@code name="actie"}): save the text as a draft, do not send it. */
    static final String ACTIE = "concept";

    private static final Logger LOG = Logger.getLogger(TekstConcepten.class);

    @Inject
    Aanmelding aanmelding;

    @Inject
    @RestClient
    KlachtConceptClient concepten;

    @Inject
    nl.tweedekamer.meldpunt.portaal.config.PortaalConfig config;

    /**
     * A complaint's form whose text the page's script saves while it changes ({@code data-concept}): its name
     * {@code klacht-<case id>-<kind>} says the case and which text, so the script needs nothing else.
     */
    public record Formulier(UUID klachtId, String soort) {

        private static final java.util.regex.Pattern NAAM = java.util.regex.Pattern
                .compile("klacht-([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})-(correctie|zienswijze|besluit)");

        public static Optional<Formulier> van(String naam) {
            java.util.regex.Matcher m = NAAM.matcher(naam == null ? "" : naam);
            return m.matches()
                    ? Optional.of(new Formulier(UUID.fromString(m.group(1)), m.group(2).toUpperCase(java.util.Locale.ROOT)))
                    : Optional.empty();
        }
    }

    /**
     * The script's save while someone types: an empty text is not a draft (nothing is saved, and nothing is lost);
     * false when klacht-service did not take it (the page then says so, and the person can copy their text).
     */
    public boolean bewaarAutomatisch(Formulier formulier, String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return true;
        }
        try {
            bewaar(formulier.klachtId(), formulier.soort(), tekst);
            return true;
        } catch (RuntimeException refused) {
            LOG.debugf("draft not saved: %s", refused.getClass().getSimpleName());
            return false;
        }
    }

    /** Saves the text as the person's draft of this kind; a refusal is thrown as klacht-service gave it. */
    public void bewaar(UUID klachtId, String soort, String tekst) {
        concepten.bewaar(aanmelding.bearer(), klachtId, soort, new KlachtConceptClient.Tekst(tekst));
    }

    /**
     * Fills the form's field with the person's draft ({@code veld}, which what was just typed overrides) and says when
     * it was saved ({@code moment}); nothing when they kept none. Also how often the page's script saves it.
     */
    public void vul(TemplateInstance pagina, UUID klachtId, String soort, String veld, String moment) {
        pagina.data("conceptInterval", config.conceptInterval().toMillis());
        lees(klachtId, soort).ifPresent(c -> pagina.data(veld, c.text()).data(moment, c.savedAt()));
    }

    private Optional<KlachtConceptClient.Concept> lees(UUID klachtId, String soort) {
        try {
            return Optional.ofNullable(concepten.lees(aanmelding.bearer(), klachtId, soort));
        } catch (RuntimeException none) {
            // 404: no draft; anything else: the form opens empty rather than not at all
            LOG.debugf("no draft read: %s", none.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
