package nl.tweedekamer.meldpunt.termijn.calendar;

import static nl.tweedekamer.meldpunt.termijn.calendar.Decrees.IN_FORCE;
import static nl.tweedekamer.meldpunt.termijn.calendar.Decrees.KALENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TermijnBerekeningTests {

    private static final TermijnBerekening BEREKENING = new TermijnBerekening(KALENDER);

    @Test
    void aDueDateOnAWorkingDayStaysWhereItIs() {
        DueDate due = due("2026-03-02", Term.weeks(2));
        assertEquals(LocalDate.parse("2026-03-16"), due.rawEnd());
        assertEquals(LocalDate.parse("2026-03-16"), due.due());
        assertEquals(List.of(), due.shifts());
        assertTrue(due.decreeKnown());
    }

    @Test
    void aDueDateOnASaturdayMovesToTheMonday() {
        DueDate due = due("2026-02-28", Term.weeks(2));
        assertEquals(LocalDate.parse("2026-03-16"), due.due());
        assertEquals(List.of(
                new DueDate.Shift(LocalDate.parse("2026-03-14"), LocalDate.parse("2026-03-15"), "Atw art 1",
                        "2026-03-14 is a Saturday (Atw art 1)"),
                new DueDate.Shift(LocalDate.parse("2026-03-15"), LocalDate.parse("2026-03-16"), "Atw art 1",
                        "2026-03-15 is a Sunday (Atw art 1)")), due.shifts());
    }

    @Test
    void aDueDateOnSecondChristmasDayMovesToTheNextWorkingDay() {
        DueDate due = due("2026-12-12", Term.weeks(2));
        assertEquals(LocalDate.parse("2026-12-26"), due.rawEnd());
        assertEquals(LocalDate.parse("2026-12-28"), due.due());
        assertTrue(due.shifts().get(0).reason().startsWith("2026-12-26 is tweede Kerstdag (Atw art 3 lid 1)"));
        assertEquals("2026-12-27 is a Sunday (Atw art 1)", due.shifts().get(1).reason());
    }

    @Test
    void twoWeeksFromAFridayBeforeChristmasEndOnTheMondayAfterBothChristmasDays() {
        DueDate due = due("2026-12-11", Term.weeks(2));
        assertEquals(LocalDate.parse("2026-12-25"), due.rawEnd());
        assertEquals(LocalDate.parse("2026-12-28"), due.due());
        assertEquals(List.of("2026-12-25", "2026-12-26", "2026-12-27"),
                due.shifts().stream().map(s -> s.from().toString()).toList());
        assertEquals("2026-12-11 plus P2W ends on 2026-12-25."
                + " 2026-12-25 is eerste Kerstdag (Atw art 3 lid 1): moved to 2026-12-26."
                + " 2026-12-26 is tweede Kerstdag (Atw art 3 lid 1) and a Saturday (Atw art 1): moved to 2026-12-27."
                + " 2026-12-27 is a Sunday (Atw art 1): moved to 2026-12-28."
                + " Due on 2026-12-28.", due.explanation());
    }

    @Test
    void aTermEndingOnKoningsdag2027MovesToTheNextDay() {
        DueDate due = due("2027-04-13", Term.weeks(2));
        assertEquals(LocalDate.parse("2027-04-27"), due.rawEnd());
        assertEquals(LocalDate.parse("2027-04-28"), due.due());
        assertEquals("2027-04-27 is Koningsdag (Atw art 3 lid 1)", due.shifts().get(0).reason());
    }

    @Test
    void aTermEndingOnTheFifthOfMayMovesToTheNextWorkingDay() {
        assertEquals(LocalDate.parse("2026-05-06"), due("2026-04-21", Term.weeks(2)).due());
        // 2027: 5 mei, then Hemelvaartsdag, then the decreed Friday after it, then the weekend
        DueDate due2027 = due("2027-04-21", Term.weeks(2));
        assertEquals(LocalDate.parse("2027-05-10"), due2027.due());
        assertEquals(5, due2027.shifts().size());
    }

    @Test
    void aTermEndingOnGoedeVrijdagRunsPastEaster2026() {
        DueDate due = due("2026-03-20", Term.weeks(2));
        assertEquals(LocalDate.parse("2026-04-03"), due.rawEnd());
        assertEquals(LocalDate.parse("2026-04-07"), due.due());
        assertEquals("2026-04-03 is Goede Vrijdag (Atw art 3 lid 2)", due.shifts().get(0).reason());
        assertEquals("2026-04-06 is tweede Paasdag (Atw art 3 lid 1)", due.shifts().get(3).reason());
    }

    @Test
    void aTermEndingOnGoedeVrijdagRunsPastEaster2027() {
        DueDate due = due("2027-03-12", Term.weeks(2));
        assertEquals(LocalDate.parse("2027-03-26"), due.rawEnd());
        assertEquals(LocalDate.parse("2027-03-30"), due.due());
    }

    @Test
    void aTermEndingOnHemelvaartsdagAlsoSkipsTheDecreedFridayAfterIt() {
        DueDate due = due("2026-04-30", Term.weeks(2));
        assertEquals(LocalDate.parse("2026-05-14"), due.rawEnd());
        assertEquals(LocalDate.parse("2026-05-18"), due.due());
        assertEquals("2026-05-14 is Hemelvaartsdag (Atw art 3 lid 1)", due.shifts().get(0).reason());
        assertTrue(due.shifts().get(1).reason().startsWith("2026-05-15 is vrijdag na Hemelvaartsdag, equated"));
    }

    @Test
    void aTermEndingOnTheDecreedFridayAfterHemelvaartsdagMovesToTheMonday() {
        assertEquals(LocalDate.parse("2026-05-18"), due("2026-05-01", Term.weeks(2)).due());
    }

    @Test
    void overTheTurnOfTheYearNieuwjaarsdagAndTheWeekendAreSkipped() {
        DueDate due = due("2026-12-18", Term.weeks(2));
        assertEquals(LocalDate.parse("2027-01-01"), due.rawEnd());
        assertEquals(LocalDate.parse("2027-01-04"), due.due());
        assertEquals("2027-01-01 is Nieuwjaarsdag (Atw art 3 lid 1)", due.shifts().get(0).reason());
        assertTrue(due.decreeKnown());
    }

    @Test
    void overTheTurnOfTheYearTheDecreedSecondOfJanuaryCounts() {
        DueDate due = due("2025-12-19", Term.weeks(2));
        assertEquals(LocalDate.parse("2026-01-02"), due.rawEnd());
        assertEquals(LocalDate.parse("2026-01-05"), due.due());
        // art 2: the only other working days of this term lie in December 2025, and no decree for 2025 is entered
        assertEquals(List.of(2025), due.yearsWithoutDecree());
    }

    @Test
    void aYearWithoutDecreeIsNotFlaggedWhenKnownWorkingDaysDecide() {
        // the term starts in 2025, but its due date and art 2's second working day (Friday 9 January) lie in 2026
        DueDate due = due("2025-12-29", Term.weeks(2));
        assertEquals(LocalDate.parse("2026-01-12"), due.due());
        assertTrue(due.decreeKnown());
    }

    @Test
    void theEightWeekAdviceTermCountsCalendarWeeks() {
        DueDate due = due("2026-03-10", Term.weeks(8));
        assertEquals(LocalDate.parse("2026-05-05"), due.rawEnd());
        assertEquals(LocalDate.parse("2026-05-06"), due.due());
    }

    @Test
    void oneMonthFromTheThirtyFirstOfJanuaryEndsOnTheLastDayOfFebruary() {
        DueDate in2026 = due("2026-01-31", Term.months(1));
        assertEquals(LocalDate.parse("2026-02-28"), in2026.rawEnd());
        assertEquals(LocalDate.parse("2026-03-02"), in2026.due(), "28 February 2026 is a Saturday");
        DueDate in2027 = due("2027-01-31", Term.months(1));
        assertEquals(LocalDate.parse("2027-02-28"), in2027.rawEnd());
        assertEquals(LocalDate.parse("2027-03-01"), in2027.due(), "28 February 2027 is a Sunday");
        DueDate leapYear = due("2028-01-31", Term.months(1));
        assertEquals(LocalDate.parse("2028-02-29"), leapYear.rawEnd());
        assertEquals(LocalDate.parse("2028-02-29"), leapYear.due());
    }

    @Test
    void yearsAreCalendarYears() {
        assertEquals(LocalDate.parse("2028-06-30"), due("2026-06-30", Term.years(2)).due());
        DueDate fromLeapDay = due("2028-02-29", Term.years(1));
        assertEquals(LocalDate.parse("2029-02-28"), fromLeapDay.due());
        assertEquals(List.of(), fromLeapDay.yearsWithoutDecree(), "Atw art 4: a year relies on no working day");
    }

    @Test
    void atwArt4ATermOfThreeMonthsOrMoreEndsOnItsComputedDayEvenOnASunday() {
        DueDate twoYears = due("2026-05-14", Term.years(2));
        assertEquals(LocalDate.parse("2028-05-14"), twoYears.rawEnd());
        assertEquals(LocalDate.parse("2028-05-14"), twoYears.due(), "a Sunday, not moved (Atw art 4)");
        assertEquals(List.of(), twoYears.shifts());
        assertTrue(twoYears.decreeKnown());
        assertTrue(twoYears.explanation().contains("Atw art 4"), twoYears.explanation());
        assertEquals(LocalDate.parse("2026-06-14"), due("2026-03-14", Term.months(3)).due(),
                "exactly three months, ending on a Sunday: not moved either");
    }

    @Test
    void atwArt4ATermShorterThanThreeMonthsStillMovesOffASundayAndAHoliday() {
        DueDate twelveWeeks = due("2026-03-01", Term.weeks(12));
        assertEquals(LocalDate.parse("2026-05-24"), twelveWeeks.rawEnd());
        assertEquals(LocalDate.parse("2026-05-26"), twelveWeeks.due(), "a Sunday, then tweede Pinksterdag (Atw art 1)");
    }

    @Test
    void aYearWithoutDecreeIsFlaggedNotGuessed() {
        // 2029-05-11 is the Friday after Hemelvaartsdag 2029, which a decree will probably equate; none is known
        DueDate due = due("2029-04-27", Term.weeks(2));
        assertEquals(LocalDate.parse("2029-05-11"), due.due());
        assertFalse(due.decreeKnown());
        assertEquals(List.of(2029), due.yearsWithoutDecree());
        assertTrue(due.notes().get(0).startsWith("No decree under Atw art 3 lid 3 is known for 2029"));
        assertTrue(due.explanation().endsWith(due.notes().get(0)));

        Decree next = new Decree("Besluit 2029-2031", 2029, 2031,
                Map.of(LocalDate.parse("2029-05-11"), "vrijdag na Hemelvaartsdag"));
        DueDate withDecree = new TermijnBerekening(new AtwKalender(List.of(IN_FORCE, next)))
                .dueDate(LocalDate.parse("2029-04-27"), Term.weeks(2));
        assertEquals(LocalDate.parse("2029-05-14"), withDecree.due());
        assertTrue(withDecree.decreeKnown());
    }

    @Test
    void aThreeDayTermOverEasterIsExtendedToIncludeTwoWorkingDays() {
        // Thursday before Easter + 3 days = Easter Sunday; art 1 gives Tuesday, the only working day in the term;
        // art 2 extends it to Wednesday
        DueDate due = due("2026-04-02", Term.days(3));
        assertEquals(LocalDate.parse("2026-04-05"), due.rawEnd());
        assertEquals(LocalDate.parse("2026-04-08"), due.due());
        DueDate.Shift art2 = due.shifts().get(due.shifts().size() - 1);
        assertEquals("Atw art 2", art2.rule());
        assertEquals(LocalDate.parse("2026-04-07"), art2.from());
        assertEquals(LocalDate.parse("2026-04-08"), art2.to());
        assertTrue(art2.reason().startsWith("Atw art 2: a term of at least three days includes at least two days"));
    }

    @Test
    void art2ExtendsATermThatEndsOnAWorkingDayButHoldsOnlyThatOne() {
        // 24 December + 4 days = Monday 28 December: Christmas and the weekend leave one working day
        DueDate due = due("2026-12-24", Term.days(4));
        assertEquals(LocalDate.parse("2026-12-28"), due.rawEnd());
        assertEquals(LocalDate.parse("2026-12-29"), due.due());
        assertEquals(List.of("Atw art 2"), due.shifts().stream().map(DueDate.Shift::rule).toList());
    }

    @Test
    void aTermOfLessThanThreeDaysIsNotExtendedByArt2() {
        DueDate due = due("2026-12-24", Term.days(2));
        assertEquals(LocalDate.parse("2026-12-28"), due.due());
        assertTrue(due.shifts().stream().allMatch(s -> s.rule().equals("Atw art 1")));
    }

    @Test
    void aThreeDayTermOverAnOrdinaryWeekendAlreadyHoldsTwoWorkingDays() {
        DueDate due = due("2026-03-05", Term.days(3));
        assertEquals(LocalDate.parse("2026-03-09"), due.due());
        assertEquals(1, due.shifts().size());
    }

    @Test
    void aDecreedDayDoesNotCountAsAWorkingDayForArt2() {
        // 31 December 2025 + 3 days: 1 January, the decreed 2 January and the weekend leave only Monday 5 January
        DueDate due = due("2025-12-31", Term.days(3));
        assertEquals(LocalDate.parse("2026-01-06"), due.due());
        assertEquals("Atw art 2", due.shifts().get(due.shifts().size() - 1).rule());
        assertTrue(due.decreeKnown());

        DueDate withoutDecrees = new TermijnBerekening(new AtwKalender(List.of()))
                .dueDate(LocalDate.parse("2025-12-31"), Term.days(3));
        assertEquals(LocalDate.parse("2026-01-05"), withoutDecrees.due());
        assertEquals(List.of(2026), withoutDecrees.yearsWithoutDecree());
    }

    @Test
    void aTermIsReadAsAnIsoPeriodOfWeeksMonthsOrYears() {
        assertEquals(Term.weeks(2), Term.parse("P2W").orElseThrow());
        assertEquals(Term.weeks(8), Term.parse("P8W").orElseThrow());
        assertEquals(Term.months(1), Term.parse("P1M").orElseThrow());
        assertEquals(Term.years(2), Term.parse("P2Y").orElseThrow());
        assertEquals("P4W", Term.parse("P4W").orElseThrow().toString());
        for (String refused : List.of("P3D", "P1M2D", "PT2H", "2W", "P0W", "P-2W", "P11Y", "P521W", "", "P2X")) {
            assertTrue(Term.parse(refused).isEmpty(), refused);
        }
    }

    private static DueDate due(String trigger, Term term) {
        return BEREKENING.dueDate(LocalDate.parse(trigger), term);
    }
}
