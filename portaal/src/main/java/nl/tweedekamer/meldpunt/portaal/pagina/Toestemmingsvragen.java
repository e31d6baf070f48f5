package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * The consent questions of art 5.3: a step that involves someone else waits for the melder's consent, asked one
 * question per step, each in its own words (message key {@code toestemmingVraag<SCOPE>}). An anonymous melder is not
 * asked what cannot apply to them: there are no details of theirs to pass on, and a complaint is never anonymous
 * (art 9.5.g), so there is no hand-over either.
 */
final class Toestemmingsvragen {

    @TemplateData
    public record Vraag(String scope, String sleutel) {
        static Vraag van(String scope) {
            return new Vraag(scope, "toestemmingVraag" + scope);
        }
    }

    static final List<Vraag> MET_NAAM = List.of(Vraag.van("BEMIDDELING"), Vraag.van("DOORVERWIJZING_MET_GEGEVENS"),
            Vraag.van("OVERDRACHT_KLACHT"), Vraag.van("PATROONSIGNAAL"));

    static final List<Vraag> ANONIEM = List.of(Vraag.van("BEMIDDELING"), Vraag.van("PATROONSIGNAAL"));

    private Toestemmingsvragen() {
    }

    static boolean bestaat(String scope) {
        return MET_NAAM.stream().anyMatch(v -> v.scope().equals(scope));
    }
}
