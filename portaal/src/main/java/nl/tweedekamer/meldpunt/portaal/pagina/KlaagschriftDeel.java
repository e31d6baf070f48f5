package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateInstance;

import nl.tweedekamer.meldpunt.portaal.klacht.KlachtDtos;

/**
 * The klaagschrift's part of a complaint's page: nothing to show there (the page says the stage and the next step),
 * only the key its filing redirects with, so that the page says it was filed and what comes next.
 */
@ApplicationScoped
public class KlaagschriftDeel implements KlachtPaginaDeel {

    /** {@code ?gedaan=} after filing ({@code GedaanMsg#ksIngediend}). */
    static final String INGEDIEND = "ksIngediend";

    @Override
    public void vul(TemplateInstance pagina, KlachtDtos.Dossier dossier, JsonNode json) {
        // nothing: the filed klaagschrift is the commission's to read; the page's own lines say where it stands
    }

    @Override
    public Set<String> gedaan() {
        return Set.of(INGEDIEND);
    }
}
