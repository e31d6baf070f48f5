package nl.tweedekamer.meldpunt.termijn.calendar;

import static nl.tweedekamer.meldpunt.termijn.calendar.Decrees.IN_FORCE;
import static nl.tweedekamer.meldpunt.termijn.calendar.Decrees.KALENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AtwKalenderTests {

    private static final AtwKalender WITHOUT_DECREES = new AtwKalender(List.of());

    @Test
    void easterMondayIsComputedNotListed() {
        assertEquals(LocalDate.parse("2024-03-31"), AtwKalender.easterSunday(2024));
        assertEquals(LocalDate.parse("2025-04-20"), AtwKalender.easterSunday(2025));
        assertEquals(LocalDate.parse("2026-04-05"), AtwKalender.easterSunday(2026));
        assertEquals(LocalDate.parse("2027-03-28"), AtwKalender.easterSunday(2027));
        assertEquals(LocalDate.parse("2038-04-25"), AtwKalender.easterSunday(2038));
        for (String easterMonday : List.of("2024-04-01", "2025-04-21", "2026-04-06", "2027-03-29")) {
            assertHoliday(easterMonday, "tweede Paasdag (Atw art 3 lid 1)");
        }
    }

    @Test
    void hemelvaartsdagAndTweedePinksterdagFollowEaster() {
        assertHoliday("2026-05-14", "Hemelvaartsdag (Atw art 3 lid 1)");
        assertHoliday("2027-05-06", "Hemelvaartsdag (Atw art 3 lid 1)");
        assertHoliday("2026-05-25", "tweede Pinksterdag (Atw art 3 lid 1)");
        assertHoliday("2027-05-17", "tweede Pinksterdag (Atw art 3 lid 1)");
    }

    @Test
    void goedeVrijdagIsEquatedWithAHoliday() {
        assertHoliday("2026-04-03", "Goede Vrijdag (Atw art 3 lid 2)");
        assertHoliday("2027-03-26", "Goede Vrijdag (Atw art 3 lid 2)");
    }

    @Test
    void nieuwjaarsdagAndBothChristmasDaysAreHolidays() {
        assertHoliday("2027-01-01", "Nieuwjaarsdag (Atw art 3 lid 1)");
        assertHoliday("2026-12-25", "eerste Kerstdag (Atw art 3 lid 1)");
        assertHoliday("2028-12-26", "tweede Kerstdag (Atw art 3 lid 1)");
    }

    @Test
    void koningsdagMovesTo26AprilWhenThe27thIsASunday() {
        assertHoliday("2025-04-26", "Koningsdag (Atw art 3 lid 1)");
        assertEquals(List.of("a Sunday (Atw art 1)"), KALENDER.day(LocalDate.parse("2025-04-27")).reasons());
        assertHoliday("2026-04-27", "Koningsdag (Atw art 3 lid 1)");
        assertHoliday("2027-04-27", "Koningsdag (Atw art 3 lid 1)");
        assertTrue(KALENDER.isWorkingDay(LocalDate.parse("2027-04-26")));
    }

    @Test
    void theFifthOfMayIsAHolidayEveryYearNotOnlyInALustrumYear() {
        for (int year = 2026; year <= 2034; year++) {
            LocalDate fifthOfMay = LocalDate.of(year, 5, 5);
            assertTrue(KALENDER.day(fifthOfMay).reasons().contains("5 mei (Atw art 3 lid 1)"), fifthOfMay.toString());
        }
    }

    @Test
    void saturdaysAndSundaysAreNotWorkingDays() {
        assertEquals(List.of("a Saturday (Atw art 1)"), KALENDER.day(LocalDate.parse("2026-03-14")).reasons());
        assertEquals(List.of("a Sunday (Atw art 1)"), KALENDER.day(LocalDate.parse("2026-03-15")).reasons());
        assertTrue(KALENDER.isWorkingDay(LocalDate.parse("2026-03-16")));
        assertEquals("2026-12-26 is tweede Kerstdag (Atw art 3 lid 1) and a Saturday (Atw art 1)",
                KALENDER.day(LocalDate.parse("2026-12-26")).describe());
    }

    @Test
    void aDecreedDayCountsAsAHoliday() {
        for (String decreed : List.of("2026-01-02", "2026-05-15")) {
            AtwKalender.Day day = KALENDER.day(LocalDate.parse(decreed));
            assertFalse(day.isWorkingDay(), decreed);
            assertTrue(day.reasons().get(0).endsWith("by the " + IN_FORCE.title() + " (Atw art 3 lid 3)"),
                    day.reasons().get(0));
            assertTrue(WITHOUT_DECREES.isWorkingDay(LocalDate.parse(decreed)), "only the decree makes it one");
        }
        assertTrue(KALENDER.day(LocalDate.parse("2026-05-15")).describe()
                .startsWith("2026-05-15 is vrijdag na Hemelvaartsdag, equated with a holiday by the Besluit"));
    }

    @Test
    void aYearWithoutDecreeIsFlaggedNotGuessed() {
        // 2029-05-11 is the Friday after Hemelvaartsdag; no decree for 2029 is known, so it is not one
        AtwKalender.Day fridayAfterHemelvaart = KALENDER.day(LocalDate.parse("2029-05-11"));
        assertTrue(fridayAfterHemelvaart.isWorkingDay());
        assertTrue(fridayAfterHemelvaart.restsOnUnknownDecree());
        assertFalse(KALENDER.decreeKnownFor(2029));
        // a statutory holiday or a weekend day does not depend on a decree
        assertFalse(KALENDER.day(LocalDate.parse("2029-05-10")).restsOnUnknownDecree());
        assertFalse(KALENDER.day(LocalDate.parse("2029-05-12")).restsOnUnknownDecree());
        // in a covered year an ordinary weekday is known to be a working day
        assertFalse(KALENDER.day(LocalDate.parse("2027-05-11")).restsOnUnknownDecree());
    }

    @Test
    void decreesMayNotCoverTheSameYear() {
        Decree overlapping = new Decree("Besluit 2028-2030", 2028, 2030, Map.of());
        assertThrows(IllegalArgumentException.class, () -> new AtwKalender(List.of(IN_FORCE, overlapping)));
        Decree next = new Decree("Besluit 2029-2031", 2029, 2031, Map.of(LocalDate.parse("2029-05-11"), "vrijdag"));
        assertFalse(new AtwKalender(List.of(IN_FORCE, next)).isWorkingDay(LocalDate.parse("2029-05-11")));
    }

    @Test
    void aDecreedDayOutsideTheYearsTheDecreeCoversIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Decree("Besluit", 2026, 2028, Map.of(LocalDate.parse("2029-05-11"), "vrijdag")));
    }

    @Test
    void datesBeforeKoningsdagExistedAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> KALENDER.day(LocalDate.parse("2013-04-30")));
    }

    /** The holiday is the day's first reason; a weekend may follow it (Koningsdag 2025 is a Saturday). */
    private static void assertHoliday(String date, String reason) {
        AtwKalender.Day day = KALENDER.day(LocalDate.parse(date));
        assertFalse(day.isWorkingDay(), date);
        assertEquals(reason, day.reasons().get(0), date);
    }
}
