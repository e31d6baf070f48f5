package nl.tweedekamer.meldpunt.termijn.reminder;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.termijn.Termijn;

/**
 * When reminders go out (domain.md §6; asyncapi ReminderSchedule): days before the due date, on the due day,
 * every working day after it lapsed, at a local time. A declaration may change it; it never changes a term.
 */
public record ReminderSchedule(List<Integer> daysBefore, boolean onDueDay, boolean everyWorkingDayAfter,
        LocalTime atTime) {

    /** 7 and 2 days before, on the due day and every working day after it, at 08:00 Europe/Amsterdam. */
    public static final ReminderSchedule DEFAULT = new ReminderSchedule(List.of(7, 2), true, true, LocalTime.of(8, 0));

    public ReminderSchedule {
        daysBefore = daysBefore == null ? List.of() : daysBefore.stream().filter(d -> d != null && d > 0)
                .distinct().sorted((a, b) -> b - a).toList();
        atTime = atTime == null ? LocalTime.of(8, 0) : atTime;
    }

    public static ReminderSchedule of(TenantSnapshot.ReminderSchedule s) {
        if (s == null) {
            return DEFAULT;
        }
        LocalTime at;
        try {
            at = s.atTime() == null ? DEFAULT.atTime() : LocalTime.parse(s.atTime());
        } catch (RuntimeException e) {
            at = DEFAULT.atTime();
        }
        return new ReminderSchedule(s.daysBefore(), s.onDueDay(), s.everyWorkingDayAfter(), at);
    }

    /** The schedule copied onto a term when it opened. */
    public static ReminderSchedule of(Termijn t) {
        List<Integer> days = t.reminderDaysBefore.isBlank() ? List.of()
                : Arrays.stream(t.reminderDaysBefore.split(",")).map(Integer::valueOf).toList();
        return new ReminderSchedule(days, t.reminderOnDueDay, t.reminderAfter, LocalTime.parse(t.reminderAt));
    }

    /** Copies this schedule onto a term: a later change of the declaration does not change it. */
    public void copyTo(Termijn t) {
        t.reminderDaysBefore = String.join(",", daysBefore.stream().map(String::valueOf).toList());
        t.reminderOnDueDay = onDueDay;
        t.reminderAfter = everyWorkingDayAfter;
        t.reminderAt = atTime.toString();
    }
}
