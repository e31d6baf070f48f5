package nl.tweedekamer.meldpunt.portaal.pagina;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateInstance;

import nl.tweedekamer.meldpunt.portaal.klacht.KlachtDtos;
import nl.tweedekamer.meldpunt.portaal.klacht.PartijZaak;

/**
 * The parties' part of a complaint's page ({@code klachtPartij.html}), for the complainant and the accused: the fact
 * overview and hearing reports (art 12.1) with the correction, the written view (12.5) and waiving further corrections
 * until the correction term ends; for the complainant the withdrawal (domain.md §5.10), with a confirmation step.
 */
@ApplicationScoped
public class PartijDeel implements KlachtPaginaDeel {

    @Inject
    Clock clock;

    @Override
    public void vul(TemplateInstance pagina, KlachtDtos.Dossier dossier, JsonNode json) {
        pagina.data("partijZaak", PartijZaak.van(json, LocalDate.now(clock.withZone(WerkgeverDeel.NEDERLAND))));
    }

    @Override
    public Set<String> gedaan() {
        return Set.of(PartijStappen.GECORRIGEERD, PartijStappen.ZIENSWIJZE, PartijStappen.AFGEZIEN,
                PartijStappen.INGETROKKEN, PartijStappen.BEZWAAR, PartijStappen.APART, PartijStappen.RAADSMAN,
                PartijStappen.VOORZIENING, PartijStappen.AANGEVULD);
    }
}
