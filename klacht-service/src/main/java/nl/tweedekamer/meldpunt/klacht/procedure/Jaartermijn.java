package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;

/**
 * T1 (art 10.2, domain.md §6): admissible only when the behaviour took place within one year before filing. A
 * look-back window from the filing date, so no Atw shift: the latest date of the behaviour must be on or after
 * the same date one year earlier. The system flags it; the commission decides.
 */
public final class Jaartermijn {

    private Jaartermijn() {
    }

    public static LocalDate earliestAllowed(LocalDate filedOn) {
        return filedOn.minusYears(1);
    }

    public static boolean outside(LocalDate latestBehaviourOn, LocalDate filedOn) {
        return latestBehaviourOn.isBefore(earliestAllowed(filedOn));
    }
}
