package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateInstance;

import nl.tweedekamer.meldpunt.portaal.klacht.KlachtDtos;

/**
 * A part of a complaint's page that its reader acts on (the commission's steps, a party's, the employer's): a bean
 * that puts its own data on the page, which {@code klacht.html} shows through the part's own template. The dossier is
 * read once per page (each read is recorded by klacht-service); a part maps what it needs from the same JSON.
 */
public interface KlachtPaginaDeel {

    /** Adds this part's data for the reader of {@code dossier}; adds nothing when the part is not theirs. */
    void vul(TemplateInstance pagina, KlachtDtos.Dossier dossier, JsonNode json);

    /**
     * The keys this part's steps put in {@code ?gedaan=} after their redirect, each a message of
     * {@code messages/gedaan_nl.properties} ({@code GedaanMsg}) that the page shows as its status.
     */
    default Set<String> gedaan() {
        return Set.of();
    }
}
