package nl.tweedekamer.meldpunt.termijn.calendar.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.tweedekamer.meldpunt.termijn.calendar.AtwDecree;
import nl.tweedekamer.meldpunt.termijn.calendar.DueDate;

/** What the Atw API shows. */
public final class AtwViews {

    private AtwViews() {
    }

    public record DecreedDayView(LocalDate date, String description) {
    }

    public record DecreeView(UUID id, String title, int coversFromYear, int coversToYear, String published,
            List<DecreedDayView> days, OffsetDateTime registeredAt) {
        static DecreeView of(AtwDecree d) {
            return new DecreeView(d.id, d.title, d.coversFromYear, d.coversToYear, d.published,
                    d.days.stream().map(day -> new DecreedDayView(day.date, day.description)).toList(),
                    d.registeredAt);
        }
    }

    public record ShiftView(LocalDate from, LocalDate to, String rule, String reason) {
    }

    /**
     * A due date with how it was computed; {@code decreeKnown} is false, and {@code notes} say why, when it
     * relies on a year no decree covers.
     */
    public record DueDateView(LocalDate trigger, String term, LocalDate rawEnd, List<ShiftView> shifts,
            LocalDate due, boolean decreeKnown, List<Integer> yearsWithoutDecree, List<String> notes,
            String explanation) {
        static DueDateView of(DueDate d) {
            return new DueDateView(d.trigger(), d.term().toString(), d.rawEnd(),
                    d.shifts().stream().map(s -> new ShiftView(s.from(), s.to(), s.rule(), s.reason())).toList(),
                    d.due(), d.decreeKnown(), d.yearsWithoutDecree(), d.notes(), d.explanation());
        }
    }
}
