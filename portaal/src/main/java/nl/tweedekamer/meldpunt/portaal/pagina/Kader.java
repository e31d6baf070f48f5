package nl.tweedekamer.meldpunt.portaal.pagina;

import io.quarkus.qute.TemplateData;

/**
 * What every page's frame needs: the language, where the language link points ({@code pad}; null on pages that
 * answer a form, which a GET would not show again) and the errors of a failed form (then the title starts "Fout:").
 */
@TemplateData
public record Kader(String taal, String pad, Fouten fouten) {
}
