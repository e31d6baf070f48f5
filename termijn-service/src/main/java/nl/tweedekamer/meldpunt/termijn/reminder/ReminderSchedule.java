package nl.tweedekamer.meldpunt.termijn.reminder;

import java.time.LocalTime;
import java.util.List;

import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;

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
}
