package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;


/**
 * Decision (domain.md §7): remedies against an employer's decision on a complaint are taken to have ended at the
 * decision date plus the declaration's remedies period (default 6 weeks). Both ways that end by an employer's
 * decision (art 13, and inadmissibility under art 10.4) get that period; a withdrawal or mediation ends on its day.
 */
public final class Einddatum {

    private Einddatum() {
    }

    public static LocalDate of(KlachtEinde einde, LocalDate endedOn, int remediesPeriodWeeks) {
        return switch (einde) {
            case BESLUIT, NIET_ONTVANKELIJK -> endedOn.plusWeeks(remediesPeriodWeeks);
            case INGETROKKEN, BEMIDDELING -> endedOn;
        };
    }
}
