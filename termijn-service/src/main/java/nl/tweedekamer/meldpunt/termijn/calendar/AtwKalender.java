package nl.tweedekamer.meldpunt.termijn.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which days the Algemene termijnenwet (Atw) counts as working days: not a Saturday or Sunday (art 1),
 * not a generally recognised holiday (art 3 lid 1), not Goede Vrijdag (art 3 lid 2) and not a day a royal
 * decree equates with a holiday (art 3 lid 3). The decrees are data, passed in; a year no decree covers is
 * reported as such instead of guessed. Immutable; safe to share between threads.
 */
public final class AtwKalender {

    /**
     * Koningsdag as art 3 lid 1 now means it ("de dag waarop de verjaardag van de Koning wordt gevierd") is
     * celebrated since 2014; before, it was Koninginnedag on 30 April. Earlier dates are refused.
     */
    public static final int FIRST_YEAR = 2014;

    private final List<Decree> decrees;
    private final Map<Integer, Map<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

    public AtwKalender(Collection<Decree> decrees) {
        List<Decree> all = List.copyOf(decrees);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).overlaps(all.get(j))) {
                    throw new IllegalArgumentException("decrees '" + all.get(i).title() + "' and '"
                            + all.get(j).title() + "' cover the same year");
                }
            }
        }
        this.decrees = all;
    }

    /** Whether this day counts as a working day for the Atw, and if not, why. */
    public Day day(LocalDate date) {
        if (date.getYear() < FIRST_YEAR) {
            throw new IllegalArgumentException("the Atw calendar starts in " + FIRST_YEAR + ": " + date);
        }
        List<String> reasons = new ArrayList<>();
        String holiday = holidaysOf(date.getYear()).get(date);
        if (holiday != null) {
            reasons.add(holiday);
        }
        Optional<Decree> decree = decreeFor(date.getYear());
        String decreed = decree.map(d -> d.days().get(date)).orElse(null);
        if (decreed != null) {
            // art 3 lid 3: equated with a generally recognised holiday by royal decree
            reasons.add(decreed + ", equated with a holiday by the " + decree.get().title() + " (Atw art 3 lid 3)");
        }
        // art 1: a Saturday or a Sunday is never the last day of a term
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            reasons.add("a Saturday (Atw art 1)");
        } else if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            reasons.add("a Sunday (Atw art 1)");
        }
        boolean restsOnUnknownDecree = reasons.isEmpty() && decree.isEmpty();
        return new Day(date, List.copyOf(reasons), restsOnUnknownDecree);
    }

    public boolean isWorkingDay(LocalDate date) {
        return day(date).isWorkingDay();
    }

    public Optional<Decree> decreeFor(int year) {
        return decrees.stream().filter(d -> d.covers(year)).findFirst();
    }

    public boolean decreeKnownFor(int year) {
        return decreeFor(year).isPresent();
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The holidays the Atw itself names, by date, each with its name and article. */
    private Map<LocalDate, String> holidaysOf(int year) {
        return holidaysByYear.computeIfAbsent(year, AtwKalender::statutoryHolidays);
    }

    private static Map<LocalDate, String> statutoryHolidays(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> holidays = new HashMap<>();
        // art 3 lid 1: "de Nieuwjaarsdag"
        holidays.put(LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaarsdag (Atw art 3 lid 1)");
        // art 3 lid 2: Goede Vrijdag is equated with the holidays of lid 1
        holidays.put(easter.minusDays(2), "Goede Vrijdag (Atw art 3 lid 2)");
        // art 3 lid 1: "de Christelijke tweede Paas- en Pinksterdag", "de Hemelvaartsdag"
        holidays.put(easter.plusDays(1), "tweede Paasdag (Atw art 3 lid 1)");
        holidays.put(easter.plusDays(39), "Hemelvaartsdag (Atw art 3 lid 1)");
        holidays.put(easter.plusDays(50), "tweede Pinksterdag (Atw art 3 lid 1)");
        // art 3 lid 1: "de dag waarop de verjaardag van de Koning wordt gevierd": 27 April, 26 April when the 27th
        // is a Sunday
        LocalDate kingsBirthday = LocalDate.of(year, Month.APRIL, 27);
        holidays.put(kingsBirthday.getDayOfWeek() == DayOfWeek.SUNDAY ? kingsBirthday.minusDays(1) : kingsBirthday,
                "Koningsdag (Atw art 3 lid 1)");
        // art 3 lid 1: "de vijfde mei", every year
        holidays.put(LocalDate.of(year, Month.MAY, 5), "5 mei (Atw art 3 lid 1)");
        // art 3 lid 1: "de beide Kerstdagen"
        holidays.put(LocalDate.of(year, Month.DECEMBER, 25), "eerste Kerstdag (Atw art 3 lid 1)");
        holidays.put(LocalDate.of(year, Month.DECEMBER, 26), "tweede Kerstdag (Atw art 3 lid 1)");
        return Map.copyOf(holidays);
    }

    /**
     * One day as the Atw sees it.
     *
     * @param reasons why it is not a working day (a holiday, a decreed day, a Saturday or Sunday); empty for a
     *        working day
     * @param restsOnUnknownDecree true for a weekday that is no statutory holiday in a year no decree covers:
     *        it is taken as a working day, but a decree for its year could still equate it with a holiday
     */
    public record Day(LocalDate date, List<String> reasons, boolean restsOnUnknownDecree) {

        public boolean isWorkingDay() {
            return reasons.isEmpty();
        }

        /** "2026-12-26 is tweede Kerstdag (Atw art 3 lid 1) and a Saturday (Atw art 1)". */
        public String describe() {
            return isWorkingDay() ? date + " is a working day" : date + " is " + String.join(" and ", reasons);
        }
    }
}
