package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;

/**
 * Art 13.1, 13.3: the employer decides within 4 weeks of receiving the advice; the term can be extended by at
 * most 4 weeks in total ("ten hoogste vier weken"), and only before it lapses.
 */
public final class Verdaging {

    public static final int DECISION_TERM_DAYS = 28;
    public static final int MAX_EXTENSION_DAYS_TOTAL = 28;

    private Verdaging() {
    }

    /**
     * The due date to hold an extension request against: the copy of termijn-service's computed date when
     * known (it applies the Atw shift), otherwise the unshifted date, which is never later.
     */
    public static LocalDate dueOn(LocalDate knownDueOn, LocalDate adviceReceivedOn, int extensionDaysSoFar) {
        return knownDueOn != null ? knownDueOn
                : adviceReceivedOn.plusDays(DECISION_TERM_DAYS + (long) extensionDaysSoFar);
    }

    public static boolean lapsed(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }

    public static boolean withinMaximum(int extensionDaysSoFar, int requestedDays) {
        return extensionDaysSoFar + requestedDays <= MAX_EXTENSION_DAYS_TOTAL;
    }
}
