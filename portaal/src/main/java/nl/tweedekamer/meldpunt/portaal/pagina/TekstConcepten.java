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

    /** Saves the text as the person's draft of this kind; a refusal is thrown as klacht-service gave it. */
    public void bewaar(UUID klachtId, String soort, String tekst) {
        concepten.bewaar(aanmelding.bearer(), klachtId, soort, new KlachtConceptClient.Tekst(tekst));
    }

    /**
     * Fills the form's field with the person's draft ({@code veld}, which what was just typed overrides) and says when
     * it was saved ({@code moment}); nothing when they kept none.
     */
    public void vul(TemplateInstance pagina, UUID klachtId, String soort, String veld, String moment) {
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
