package nl.tweedekamer.meldpunt.termijn.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Computes a due date (domain.md §6, Decision): the trigger date (Europe/Amsterdam) plus the term in
 * calendar units, then the Algemene termijnenwet: art 1 and art 2 for a term shorter than three months, nothing
 * for a longer one (art 4, domain.md §10.1). The term runs from the day after the trigger date up to and including
 * its last day.
 */
public final class TermijnBerekening {

    private static final String ART_1 = "Atw art 1";
    private static final String ART_2 = "Atw art 2";

    private final AtwKalender kalender;

    public TermijnBerekening(AtwKalender kalender) {
        this.kalender = kalender;
    }

    public DueDate dueDate(LocalDate trigger, Term term) {
        return dueDate(trigger, term, 0);
    }

    /** The due date of a term extended by {@code extensionDays} (art 13.3): the raw end moves, then the Atw. */
    public DueDate dueDate(LocalDate trigger, Term term, int extensionDays) {
        LocalDate rawEnd = term.addTo(trigger).plusDays(extensionDays);
        if (atLeastThreeMonths(trigger, rawEnd)) {
            // Atw art 4: art 1 (and with it art 2) does not apply to a term of at least three months, so T6, T8 and
            // the retention of complaint files end on their computed day, a Saturday, Sunday or holiday included;
            // such a due date relies on no day being a working day, so on no decree either
            return new DueDate(trigger, term, rawEnd, List.of(), rawEnd, List.of(), extensionDays, true);
        }
        List<DueDate.Shift> shifts = new ArrayList<>();
        SortedSet<Integer> yearsWithoutDecree = new TreeSet<>();

        // art 1: a term ending on a Saturday, Sunday or holiday runs until the next day that is none of these
        LocalDate end = rawEnd;
        AtwKalender.Day day = kalender.day(end);
        while (!day.isWorkingDay()) {
            shifts.add(new DueDate.Shift(end, end.plusDays(1), ART_1, day.describe()));
            end = end.plusDays(1);
            day = kalender.day(end);
        }
        relyOn(day, yearsWithoutDecree);

        // art 2: a term of at least three days is extended, where needed, until it includes at least two days
        // that are not a Saturday, Sunday or holiday. Its last day is one such day now; it needs another.
        if (ChronoUnit.DAYS.between(trigger, rawEnd) >= 3) {
            AtwKalender.Day other = otherWorkingDay(trigger, end);
            if (other != null) {
                relyOn(other, yearsWithoutDecree);
            } else {
                AtwKalender.Day second = nextWorkingDay(end);
                shifts.add(new DueDate.Shift(end, second.date(), ART_2, "Atw art 2: a term of at least three days "
                        + "includes at least two days that are not a Saturday, Sunday or holiday; from "
                        + trigger.plusDays(1) + " to " + end + " only " + end + " was one"));
                relyOn(second, yearsWithoutDecree);
                end = second.date();
            }
        }
        return new DueDate(trigger, term, rawEnd, shifts, end, List.copyOf(yearsWithoutDecree), extensionDays);
    }

    /**
     * Atw art 4: a term of three months or more. Measured on the calendar, whatever the term's unit: the raw end
     * (the extensions included) lies on or after the day three months after the trigger.
     */
    public static boolean atLeastThreeMonths(LocalDate trigger, LocalDate rawEnd) {
        return !rawEnd.isBefore(trigger.plusMonths(3));
    }

    /**
     * A working day after the trigger and before the end, or null. One whose year a decree covers is
     * preferred, so that the result rests on an unknown decree only when it has to.
     */
    private AtwKalender.Day otherWorkingDay(LocalDate trigger, LocalDate end) {
        AtwKalender.Day presumed = null;
        for (LocalDate d = end.minusDays(1); d.isAfter(trigger); d = d.minusDays(1)) {
            AtwKalender.Day candidate = kalender.day(d);
            if (candidate.isWorkingDay()) {
                if (!candidate.restsOnUnknownDecree()) {
                    return candidate;
                }
                if (presumed == null) {
                    presumed = candidate;
                }
            }
        }
        return presumed;
    }

    private AtwKalender.Day nextWorkingDay(LocalDate after) {
        AtwKalender.Day day = kalender.day(after.plusDays(1));
        while (!day.isWorkingDay()) {
            day = kalender.day(day.date().plusDays(1));
        }
        return day;
    }

    /** The due date depends on this working day; if no decree covers its year, say so. */
    private static void relyOn(AtwKalender.Day workingDay, SortedSet<Integer> yearsWithoutDecree) {
        if (workingDay.restsOnUnknownDecree()) {
            yearsWithoutDecree.add(workingDay.date().getYear());
        }
    }
}
