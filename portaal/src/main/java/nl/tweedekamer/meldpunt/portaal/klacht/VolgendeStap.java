package nl.tweedekamer.meldpunt.portaal.klacht;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

import io.quarkus.qute.TemplateData;

import nl.tweedekamer.meldpunt.portaal.klacht.KlachtDtos.Dossier;

/**
 * Where a complaint goes next and by when, in words for its reader: {@code sleutel} names a message of
 * {@code KlachtMsg} (the complainant is addressed as "u"; the others read "de klacht"), {@code datum} the due date
 * klacht-service gives this reader, or null, and then the message without a date is used. The procedure's steps are
 * klacht-service's (art 9–13); this only says them.
 */
@TemplateData
public record VolgendeStap(String sleutel, LocalDate datum) {

    public static VolgendeStap van(Dossier d) {
        String status = d.status() == null ? "" : d.status();
        KlachtDtos.Procedure p = d.procedure();
        return switch (status) {
            case "CONCEPT" -> new VolgendeStap("stapConcept", null);
            // art 9.4: the secretary confirms receipt in writing (its reminder term is the secretary's alone)
            case "INGEDIEND" -> stap(d, "stapOntvangst", null);
            // art 10.1: admissibility within two weeks after the complaint is complete
            case "ONTVANGEN" -> stap(d, "stapOntvankelijkheid", d.termijn("T3"));
            // art 9.3: the complainant completes the complaint within two weeks
            case "AANVULLING_GEVRAAGD" -> stap(d, "stapAanvulling",
                    firstNonNull(d.termijn("T2"), p == null ? null : p.completionDueOn()));
            // art 12.2-12.3: the advice within eight weeks after admissibility, or the new term told to the parties
            case "ONTVANKELIJK", "HOORZITTING_GEPLAND", "GEHOORD", "FEITENOVERZICHT", "ADVIES_VASTGESTELD" ->
                    stap(d, "stapAdvies", firstNonNull(p == null ? null : p.newAdviceDueOn(), d.termijn("T4")));
            // art 13: each employer involved decides within four weeks after the advice (extended at most 4 weeks)
            case "ADVIES_UITGEBRACHT" -> stap(d, "stapBesluit", eerstvolgendBesluit(d));
            // art 10.4: the complainant's employer decides on the inadmissibility advice
            case "NIET_ONTVANKELIJK" -> new VolgendeStap("stapNietOntvankelijk", null);
            case "BEEINDIGD" -> new VolgendeStap(d.endedOn() == null ? "stapBeeindigd" : "stapBeeindigdDatum",
                    d.endedOn());
            default -> new VolgendeStap("stapOnbekend", null);
        };
    }

    /** The message with the date when there is one; "Uw" for the complainant, who is addressed in person. */
    private static VolgendeStap stap(Dossier d, String basis, LocalDate datum) {
        return new VolgendeStap(basis + (d.alsKlager() ? "Uw" : "") + (datum == null ? "" : "Datum"), datum);
    }

    private static LocalDate eerstvolgendBesluit(Dossier d) {
        return d.employers() == null ? null
                : d.employers().stream().filter(w -> w.decidedOn() == null).map(KlachtDtos.Werkgever::decisionDueOn)
                        .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static LocalDate firstNonNull(LocalDate a, LocalDate b) {
        return a != null ? a : b;
    }
}
