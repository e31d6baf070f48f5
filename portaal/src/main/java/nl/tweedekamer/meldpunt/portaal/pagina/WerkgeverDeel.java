package nl.tweedekamer.meldpunt.portaal.pagina;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateInstance;

import nl.tweedekamer.meldpunt.portaal.klacht.KlachtDtos;
import nl.tweedekamer.meldpunt.portaal.klacht.WerkgeverZaak;

/**
 * The employer's part of a complaint's page ({@code klachtWerkgever.html}), for its named decider only (domain.md
 * §10.2): the decision with its reasons (art 13, 10.4) and the extension of its term (13.3), each offered only while
 * the procedure allows it. The advice itself is linked with the acts.
 */
@ApplicationScoped
public class WerkgeverDeel implements KlachtPaginaDeel {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Inject
    Clock clock;

    @Inject
    TekstConcepten concepten;

    @Override
    public void vul(TemplateInstance pagina, KlachtDtos.Dossier dossier, JsonNode json) {
        WerkgeverZaak zaak = WerkgeverZaak.van(json, LocalDate.now(clock.withZone(NEDERLAND)));
        pagina.data("werkgeverZaak", zaak);
        // the decider's draft of the decision (art 13), only while they may decide; what was just typed overrides it
        if (zaak != null && zaak.kanBesluiten()) {
            concepten.vul(pagina, zaak.klachtId(), "BESLUIT", "wgBesluit", "wgConceptBesluit");
        }
    }

    @Override
    public Set<String> gedaan() {
        return Set.of(WerkgeverStappen.BESLOTEN, WerkgeverStappen.VERDAAGD, TekstConcepten.BEWAARD);
    }
}
