package nl.tweedekamer.meldpunt.portaal.melding;

import java.util.List;

import io.quarkus.qute.TemplateData;

import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Vertrouwenspersoon;

/**
 * An organisation (tenant) and the vertrouwenspersonen its people can turn to today; {@code bekend} is false when
 * the names could not be read (then the list is empty, and the page says so).
 */
@TemplateData
public record Organisatie(String id, String naam, List<Vertrouwenspersoon> vertrouwenspersonen, boolean bekend) {
}
