package nl.tweedekamer.meldpunt.portaal.pagina;

import io.quarkus.qute.TemplateData;

/**
 * What every page's frame needs: the language, where the language link points ({@code pad}; null on pages that
 * answer a form, which a GET would not show again), the errors of a failed form (then the title starts "Fout:") and
 * whether someone is signed in (the header offers "Inloggen" or "Uitloggen").
 */
@TemplateData
public record Kader(String taal, String pad, Fouten fouten, boolean ingelogd) {
}
