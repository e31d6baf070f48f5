package nl.tweedekamer.meldpunt.termijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.config.ClockProducer;
import nl.tweedekamer.meldpunt.termijn.TermijnRegel.Rol;
import nl.tweedekamer.meldpunt.termijn.calendar.AtwKalender;
import nl.tweedekamer.meldpunt.termijn.calendar.Decree;
import nl.tweedekamer.meldpunt.termijn.calendar.Term;
import nl.tweedekamer.meldpunt.termijn.reminder.Moment;
import nl.tweedekamer.meldpunt.termijn.reminder.ReminderPlan;
import nl.tweedekamer.meldpunt.termijn.reminder.ReminderSchedule;

/** The rules table and the reminder plan, without the application. */
class TermijnRegelTests {

    private static final AtwKalender KALENDER = new AtwKalender(List.of(new Decree("Besluit 2026-2028", 2026, 2028,
            java.util.Map.of(LocalDate.parse("2027-05-07"), "vrijdag na Hemelvaartsdag"))));

    @Test
    void theTermsHaveTheRegulationsLengths() {
        assertEquals(Term.weeks(2), TermijnRegel.T2.length());
        assertEquals(Term.weeks(2), TermijnRegel.T3.length());
        assertEquals(Term.weeks(8), TermijnRegel.T4.length());
        assertEquals(Term.weeks(4), TermijnRegel.T5.length());
        assertEquals(Term.years(2), TermijnRegel.T6.length());
        assertEquals(Term.months(1), TermijnRegel.T7.length());
        assertEquals(Term.years(4), TermijnRegel.T8.length());
    }

    @Test
    void theAdviceTermRunsFromAdmissibility() {
        assertTrue(TermijnRegel.T4.trigger().contains("from the admissibility decision"));
    }

    @Test
    void aLapsedCommissionTermEscalatesToTheChairOnly() {
        assertEquals(List.of(Rol.COMMISSIE_SECRETARIS, Rol.COMMISSIE_VOORZITTER), TermijnRegel.T4.rollen(false));
        assertEquals(List.of(Rol.COMMISSIE_VOORZITTER), TermijnRegel.T4.rollen(true));
        assertEquals(List.of(Rol.WERKGEVER), TermijnRegel.T5.rollen(true));
    }

    @Test
    void afterDowntimeThePlanOffersOnlyTheLatestMissedSlot() {
        ReminderPlan plan = new ReminderPlan(TermijnRegel.T3, ReminderSchedule.DEFAULT, LocalDate.parse("2027-05-04"),
                KALENDER, ClockProducer.AMSTERDAM, 28);
        Instant from = at("2027-04-20T00:00");
        // 4 May 2027 is due; 5 mei, Hemelvaartsdag (6th) and the decreed Friday (7th) are no working days
        ReminderPlan.Slot latest = plan.latestDue(at("2027-05-10T12:00"), from).orElseThrow();
        assertEquals(Moment.NA_VERVALDAG, latest.moment());
        assertEquals(LocalDate.parse("2027-05-10"), latest.date());
        assertEquals(LocalDate.parse("2027-05-11"), plan.nextAfter(at("2027-05-10T12:00")).orElseThrow().date());
        assertEquals(LocalDate.parse("2027-05-10"), plan.nextAfter(at("2027-05-05T12:00")).orElseThrow().date(),
                "the first working day after the lapse");
        assertEquals(Moment.VOORAF, plan.nextAfter(from).orElseThrow().moment());
        assertEquals(at("2027-05-05T00:00"), plan.lapseAt());
    }

    @Test
    void theDestructionTermHasOneWarningAndLapsesOnItsDueDate() {
        ReminderPlan plan = new ReminderPlan(TermijnRegel.T6, ReminderSchedule.DEFAULT, LocalDate.parse("2027-03-03"),
                KALENDER, ClockProducer.AMSTERDAM, 28);
        assertFalse(TermijnRegel.T6.isReminderTerm());
        ReminderPlan.Slot warning = plan.nextAfter(at("2027-01-01T00:00")).orElseThrow();
        assertEquals(Moment.WAARSCHUWING, warning.moment());
        assertEquals(LocalDate.parse("2027-02-03"), warning.date());
        assertTrue(plan.nextAfter(at("2027-02-03T08:00")).isEmpty(), "nothing after the warning");
        assertEquals(at("2027-03-03T08:00"), plan.lapseAt());
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ClockProducer.AMSTERDAM).toInstant();
    }
}
