package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Concept;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.ConceptVelden;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;

/**
 * The signed-in person's drafts, kept by melding-service (encrypted, for them alone): what they typed in a long form
 * is saved at every step, so that a closed browser or an expired session loses nothing. A draft that cannot be read
 * or saved never stops the form itself: the person still has their text on screen.
 */
@RequestScoped
public class Concepten {

    /** The form of a new named melding. */
    public static final String NIEUWE_MELDING = "nieuwe-melding";

    private static final Logger LOG = Logger.getLogger(Concepten.class);

    @Inject
    Aanmelding aanmelding;

    @Inject
    @RestClient
    MeldingServiceClient dienst;

    /** The form of a message on a melding's page. */
    public static String bericht(UUID meldingId) {
        return "bericht-" + meldingId;
    }

    public Optional<Concept> lees(String formulier) {
        try {
            return Optional.of(dienst.leesConcept(aanmelding.bearer(), formulier));
        } catch (RuntimeException none) {
            // 404: no draft; anything else: the form opens empty rather than not at all
            return Optional.empty();
        }
    }

    /** Saves the fields that hold something; whether it worked. */
    public boolean bewaar(String formulier, Map<String, String> velden) {
        Map<String, String> gevuld = new LinkedHashMap<>();
        velden.forEach((naam, waarde) -> {
            if (waarde != null && !waarde.isBlank()) {
                gevuld.put(naam, waarde);
            }
        });
        try {
            if (gevuld.isEmpty()) {
                dienst.gooiConceptWeg(aanmelding.bearer(), formulier);
            } else {
                dienst.bewaarConcept(aanmelding.bearer(), formulier, new ConceptVelden(gevuld));
            }
            return true;
        } catch (RuntimeException e) {
            LOG.debugf("a draft was not saved: %s", e.getClass().getSimpleName());
            return false;
        }
    }

    public void gooiWeg(String formulier) {
        try {
            dienst.gooiConceptWeg(aanmelding.bearer(), formulier);
        } catch (RuntimeException e) {
            LOG.debugf("a draft was not thrown away: %s", e.getClass().getSimpleName());
        }
    }
}
