package nl.tweedekamer.meldpunt.klacht.onboarding;

import java.util.List;

/** Defaults a declaration takes when it does not say otherwise (domain.md §6–7). */
public final class ReminderDefaults {
    /** 7 days before, 2 days before, on the due day, and every working day after it lapsed. */
    public static final List<Integer> DAYS_BEFORE = List.of(7, 2);
    public static final boolean ON_DUE_DAY = true;
    public static final boolean EVERY_WORKING_DAY_AFTER = true;
    /** Reminders go out at 08:00 Europe/Amsterdam. */
    public static final String AT_TIME = "08:00";
    /** Decision (domain.md §7): complaint files are kept 5 years after the decision by default. */
    public static final int COMPLAINT_RETENTION_YEARS = 5;
    /** Decision (domain.md §7): remedies are taken to have ended 6 weeks after the decision by default. */
    public static final int REMEDIES_PERIOD_WEEKS = 6;

    private ReminderDefaults() {
    }
}
