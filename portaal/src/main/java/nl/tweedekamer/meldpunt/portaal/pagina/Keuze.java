package nl.tweedekamer.meldpunt.portaal.pagina;

import io.quarkus.qute.TemplateData;

/** One radio button: the value sent and the message key of its label. */
@TemplateData
public record Keuze(String waarde, String sleutel, boolean gekozen) {
}
