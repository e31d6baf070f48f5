package nl.tweedekamer.meldpunt.termijn.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.tweedekamer.meldpunt.termijn.TermijnRegel;
import nl.tweedekamer.meldpunt.termijn.calendar.AtwKalender;

/**
 * The reminder moments of one term with one due date, and the moment it lapses. Pure: the scheduler asks it
 * which slot is due now and when to look again. Never more than one reminder per term per day: a slot is named
 * by its moment and its date.
 *
 * @param warningDaysBefore for a term that is no reminder term (T6): the one warning, this many days before
 */
public record ReminderPlan(TermijnRegel regel, ReminderSchedule schedule, LocalDate dueOn, AtwKalender kalender,
        ZoneId zone, int warningDaysBefore) {

    public record Slot(String key, Moment moment, LocalDate date, Instant at) {
    }

    /**
     * An act on the due date is on time: a term lapses when the day after it begins. T6 is the exception: its
     * due date is the day the file is destroyed (art 5.6), so it lapses on that day at the reminder time.
     */
    public Instant lapseAt() {
        if (!regel.isReminderTerm()) {
            return at(dueOn);
        }
        return dueOn.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The latest slot planned at or before {@code now} and after {@code after}: after downtime only that one is sent. */
    public Optional<Slot> latestDue(Instant now, Instant after) {
        List<Slot> candidates = new ArrayList<>(before());
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (regel.remindsAfterLapse() && schedule.everyWorkingDayAfter()) {
            // the latest working day after the due date whose reminder time has come; a few days back at most
            for (LocalDate d = today; d.isAfter(dueOn) && !d.isBefore(today.minusDays(14)); d = d.minusDays(1)) {
                if (kalender.isWorkingDay(d) && !at(d).isAfter(now)) {
                    candidates.add(slot(Moment.NA_VERVALDAG, d));
                    break;
                }
            }
        }
        return candidates.stream().filter(s -> !s.at().isAfter(now) && s.at().isAfter(after))
                .max(Comparator.comparing(Slot::at));
    }

    /** The first slot after {@code now}, if any is planned. */
    public Optional<Slot> nextAfter(Instant now) {
        Optional<Slot> next = before().stream().filter(s -> s.at().isAfter(now)).min(Comparator.comparing(Slot::at));
        if (next.isPresent()) {
            return next;
        }
        if (regel.remindsAfterLapse() && schedule.everyWorkingDayAfter()) {
            LocalDate d = dueOn.plusDays(1);
            LocalDate today = LocalDate.ofInstant(now, zone);
            if (d.isBefore(today)) {
                d = today;
            }
            for (int i = 0; i < 60; i++, d = d.plusDays(1)) {
                if (kalender.isWorkingDay(d) && at(d).isAfter(now)) {
                    return Optional.of(slot(Moment.NA_VERVALDAG, d));
                }
            }
        }
        return Optional.empty();
    }

    /** The slots up to and including the due day. */
    private List<Slot> before() {
        List<Slot> slots = new ArrayList<>();
        if (!regel.isReminderTerm()) {
            // T6: one warning to the VP before the file is destroyed
            slots.add(slot(Moment.WAARSCHUWING, dueOn.minusDays(warningDaysBefore)));
            return slots;
        }
        for (int days : schedule.daysBefore()) {
            slots.add(slot(Moment.VOORAF, dueOn.minusDays(days)));
        }
        if (schedule.onDueDay()) {
            slots.add(slot(Moment.VERVALDAG, dueOn));
        }
        return slots;
    }

    private Slot slot(Moment moment, LocalDate date) {
        return new Slot(moment + ":" + date, moment, date, at(date));
    }

    private Instant at(LocalDate date) {
        return date.atTime(schedule.atTime()).atZone(zone).toInstant();
    }
}
