package nl.tweedekamer.meldpunt.klacht.bewaring;

import java.time.LocalDate;
import java.time.Period;

/**
 * Domain.md §10.8: a draft klaagschrift not changed for 6 months is deleted; its author is told by email 2 weeks
 * before. The one place of that rule: a draft is never deleted less than 2 weeks after its author was told, also
 * when the daily run was down on the day the warning was due.
 */
public final class VerlatenConcept {

    /** How long a draft may stay unchanged. */
    public static final Period UNCHANGED = Period.ofMonths(6);

    /** How long before its deletion the author is told. */
    public static final Period NOTICE = Period.ofWeeks(2);

    private VerlatenConcept() {
    }

    /** The day an untouched draft is deleted, counted from its last change. */
    public static LocalDate deletionDue(LocalDate lastChangedOn) {
        return lastChangedOn.plus(UNCHANGED);
    }

    /** Whether its author is told today: from 2 weeks before the deletion day, once. */
    public static boolean warnToday(LocalDate lastChangedOn, LocalDate warnedOn, LocalDate today) {
        return warnedOn == null && !today.isBefore(deletionDue(lastChangedOn).minus(NOTICE));
    }

    /** The deletion day the author is told: the rule's day, or 2 weeks from a late warning. */
    public static LocalDate announcedDeletion(LocalDate lastChangedOn, LocalDate warnedOn) {
        LocalDate due = deletionDue(lastChangedOn);
        LocalDate earliest = warnedOn.plus(NOTICE);
        return due.isBefore(earliest) ? earliest : due;
    }

    /** Whether the draft goes today: unchanged for 6 months, and its author told 2 weeks ago or earlier. */
    public static boolean deleteToday(LocalDate lastChangedOn, LocalDate warnedOn, LocalDate today) {
        return warnedOn != null && !today.isBefore(announcedDeletion(lastChangedOn, warnedOn));
    }
}
