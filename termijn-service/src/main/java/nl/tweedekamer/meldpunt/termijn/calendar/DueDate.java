package nl.tweedekamer.meldpunt.termijn.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A due date and how it was computed ({@code extensionDays}: days added to the term by extensions, art 13.3): the
 * trigger date plus the term gives the raw end, each shift the Atw made moves it on with its reason, and the last
 * day is the due date. An act on or before the due date is on time.
 *
 * @param yearsWithoutDecree years for which no decree (Atw art 3 lid 3) was known while the due date rests
 *        on a day of that year being a working day; empty when every day it relies on is known
 * @param notShiftedByArt4 true for a term of three months or more, which the Atw does not move (art 4)
 */
public record DueDate(LocalDate trigger, Term term, LocalDate rawEnd, List<Shift> shifts, LocalDate due,
        List<Integer> yearsWithoutDecree, int extensionDays, boolean notShiftedByArt4) {

    public DueDate {
        shifts = List.copyOf(shifts);
        yearsWithoutDecree = List.copyOf(yearsWithoutDecree);
    }

    public DueDate(LocalDate trigger, Term term, LocalDate rawEnd, List<Shift> shifts, LocalDate due,
            List<Integer> yearsWithoutDecree, int extensionDays) {
        this(trigger, term, rawEnd, shifts, due, yearsWithoutDecree, extensionDays, false);
    }

    public DueDate(LocalDate trigger, Term term, LocalDate rawEnd, List<Shift> shifts, LocalDate due,
            List<Integer> yearsWithoutDecree) {
        this(trigger, term, rawEnd, shifts, due, yearsWithoutDecree, 0);
    }

    /** True when every day this due date relies on lies in a year a decree covers. */
    public boolean decreeKnown() {
        return yearsWithoutDecree.isEmpty();
    }

    /** What a reader must know beyond the shifts: the years no decree was known for. */
    public List<String> notes() {
        if (notShiftedByArt4) {
            return List.of("Atw art 4: a term of three months or more is not extended by Atw art 1 or 2, so it ends on "
                    + rawEnd + " whatever day that is.");
        }
        return yearsWithoutDecree.stream()
                .map(year -> "No decree under Atw art 3 lid 3 is known for " + year + ", so no day in " + year
                        + " was treated as equated with a holiday; a decree for " + year + " may move this due date.")
                .toList();
    }

    /** The whole computation as one text. */
    public String explanation() {
        List<String> sentences = new ArrayList<>();
        sentences.add(trigger + " plus " + term + (extensionDays == 0 ? "" : " and " + extensionDays
                + " days of extension") + " ends on " + rawEnd + ".");
        for (Shift shift : shifts) {
            sentences.add(shift.reason() + ": moved to " + shift.to() + ".");
        }
        sentences.add("Due on " + due + ".");
        sentences.addAll(notes());
        return String.join(" ", sentences);
    }

    /**
     * One move of the end of the term.
     *
     * @param rule the article that made it: "Atw art 1" or "Atw art 2"
     */
    public record Shift(LocalDate from, LocalDate to, String rule, String reason) {
    }
}
