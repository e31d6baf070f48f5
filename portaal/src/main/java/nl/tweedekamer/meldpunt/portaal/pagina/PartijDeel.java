package nl.tweedekamer.meldpunt.portaal.pagina;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateInstance;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtDtos;
import nl.tweedekamer.meldpunt.portaal.klacht.PartijClient;
import nl.tweedekamer.meldpunt.portaal.klacht.PartijZaak;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;

/**
 * The parties' part of a complaint's page ({@code klachtPartij.html}), for the complainant and the accused: the
 * accused's copy of the complaint and its released documents (art 10.3), documents added in the windows of art 9.3,
 * 11.4 and 12.5, the completion answer (9.3), the hearing's requests and objections (7.8, 11.1, 11.3), temporary
 * measures (12.4), the fact overview with corrections and the written view (12.1, 12.5), and the complainant's
 * withdrawal (domain.md §5.10), each offered only while the procedure allows it.
 */
@ApplicationScoped
public class PartijDeel implements KlachtPaginaDeel {

    @Inject
    Clock clock;

    @Inject
    Aanmelding aanmelding;

    @Inject
    @RestClient
    PartijClient partij;

    @Inject
    TekstConcepten concepten;

    @Override
    public void vul(TemplateInstance pagina, KlachtDtos.Dossier dossier, JsonNode json) {
        PartijZaak zaak = PartijZaak.van(json, LocalDate.now(clock.withZone(WerkgeverDeel.NEDERLAND)));
        pagina.data("partijZaak", zaak);
        if (zaak == null) {
            return;
        }
        // the documents the party may list (klacht-service records the read); an accused only what was released
        try {
            List<PartijClient.Document> stukken = partij.bijlagen(aanmelding.bearer(), zaak.klachtId());
            pagina.data("partijStukken", stukken.stream().filter(PartijClient.Document::beschikbaar).toList());
        } catch (Weigering | ProcessingException e) {
            pagina.data("partijStukkenWeg", true);
        }
        pagina.data("partijStukkenGelezen", true);
        // the party's drafts, only where the form is offered (art 12.1, 12.5); what was just typed overrides them
        if (zaak.kanCorrigeren()) {
            concepten.vul(pagina, zaak.klachtId(), "CORRECTIE", "partij_correctie", "partijConceptCorrectie");
        }
        if (zaak.kanReageren()) {
            concepten.vul(pagina, zaak.klachtId(), "ZIENSWIJZE", "partij_zienswijze", "partijConceptZienswijze");
        }
    }

    @Override
    public Set<String> gedaan() {
        return Set.of(PartijStappen.GECORRIGEERD, PartijStappen.ZIENSWIJZE, PartijStappen.AFGEZIEN,
                PartijStappen.INGETROKKEN, PartijStappen.BEZWAAR, PartijStappen.APART, PartijStappen.RAADSMAN,
                PartijStappen.VOORZIENING, PartijStappen.AANGEVULD, PartijStappen.STUK, PartijStappen.INGESTEMD,
                TekstConcepten.BEWAARD);
    }
}
