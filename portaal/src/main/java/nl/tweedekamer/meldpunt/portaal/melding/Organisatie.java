package nl.tweedekamer.meldpunt.portaal.melding;

import java.util.List;

import io.quarkus.qute.TemplateData;

import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Vertrouwenspersoon;

/**
 * An organisation (tenant) and the vertrouwenspersonen its people can turn to today; {@code bekend} is false when
 * the names could not be read (then the list is empty, and the page says so). {@code afdelingen}: its departments, a
 * melder picks one or none (empty when it keeps no list, or when the list could not be read).
 */
@TemplateData
public record Organisatie(String id, String naam, List<Vertrouwenspersoon> vertrouwenspersonen, boolean bekend,
        List<Afdeling> afdelingen) {

    /** A department as the organisation names it (GET /tenants/{t}/departments). */
    @TemplateData
    public record Afdeling(String code, String name) {
    }

    public boolean heeftAfdeling(String code) {
        return afdelingen.stream().anyMatch(a -> a.code().equals(code));
    }
}
