package nl.tweedekamer.meldpunt.termijn;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.termijn.Termijn.State;
import nl.tweedekamer.meldpunt.termijn.support.Events.Zaak;
import nl.tweedekamer.meldpunt.termijn.support.Events;
import nl.tweedekamer.meldpunt.termijn.support.Terms;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** How each step of the procedure, and of a VP's appointment, opens, stops, moves and closes its terms. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class TermijnProcedureTests {

    private static final String TENANT = "fractie-procedure";

    @Test
    void aRequestToCompleteStopsTheAdmissibilityTermAndCompletionRestartsIt() {
        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.filedComplete("2027-02-01");
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true);
        String request = UUID.randomUUID().toString();
        zaak.send("aanvulling-gevraagd", "requestId", request, "requestedOn", "2027-02-03");
        Termijn t2 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T2, t -> true);
        assertEquals(LocalDate.parse("2027-02-17"), t2.dueOn, "art 9.3: two weeks to complete");
        zaak.send("aanvulling-ontvangen", "requestId", request, "receivedOn", "2027-02-10", "completeOn", "2027-02-10");
        // the confirmation-of-receipt term (art 9.4) aside
        await().atMost(Duration.ofSeconds(20)).until(() -> Terms.ofCase(zaak.caseId()).size() == 4);

        List<Termijn> terms = Terms.ofCase(zaak.caseId()).stream()
                .filter(t -> t.soort != TermijnRegel.ONTVANGSTBEVESTIGING).sorted(Comparator.comparing((Termijn t) -> t.triggerDate)).toList();
        assertEquals(List.of("T3", "T2", "T3"), terms.stream().map(t -> t.soort.name()).toList());
        assertEquals(State.STOPPED, terms.get(0).state, "T3 stops while the complaint is incomplete");
        assertEquals(State.CLOSED_ON_TIME, terms.get(1).state);
        assertEquals(State.OPEN, terms.get(2).state);
        assertEquals(LocalDate.parse("2027-02-24"), terms.get(2).dueOn, "complete again: T3 runs anew");
    }

    @Test
    void aWithdrawnComplaintStopsEveryRunningTerm() {
        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.send("ontvankelijkheid-vastgesteld", "decidedOn", "2027-01-15", "admissible", true,
                "accused", List.of(Events.map("personId", null, "employerTenantId", TENANT)));
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> true);
        zaak.send("klacht-ingetrokken", "withdrawnOn", "2027-02-01");
        Termijn stopped = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> t.state == State.STOPPED);
        assertEquals(LocalDate.parse("2027-02-01"), stopped.closedOn);
        assertEquals(null, stopped.nextActionAt, "no reminders for a withdrawn complaint");
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                zaak.caseId().toString()).stream().anyMatch(e -> e.type().endsWith("termijn-gesloten.v1")
                        && e.json().contains("\"closedOn\":\"2027-02-01\"")));
    }

    @Test
    void theCommissionMaySetANewReasonableTermForItsAdvice() {
        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.send("ontvankelijkheid-vastgesteld", "decidedOn", "2027-01-15", "admissible", true,
                "accused", List.of(Events.map("personId", null, "employerTenantId", TENANT)));
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> true);
        zaak.send("termijn-stap", "stepId", UUID.randomUUID().toString(), "term", "T4", "action", "NIEUWE_TERMIJN",
                "requestedOn", "2027-03-10", "extensionDays", null, "newDueOn", "2027-04-16", "employerTenantId", null);
        Termijn moved = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4,
                t -> LocalDate.parse("2027-04-16").equals(t.dueOn));
        assertTrue(moved.computation.startsWith("New reasonable term (art 12.2-12.3) until 2027-04-16"),
                moved.computation);
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                zaak.caseId().toString()).stream().anyMatch(e -> e.json().contains("\"reason\":\"NIEUWE_TERMIJN\"")
                        && e.json().contains("\"previousDueOn\":\"2027-03-12\"")));
    }

    @Test
    void aVertrouwenspersoonsAppointmentRunsFourYearsOnceRenewedAndItsEndStartsTheHandOver() {
        UUID appointment = UUID.randomUUID();
        UUID vp = UUID.randomUUID();
        vp(vp, "vertrouwenspersoon-benoemd", Events.map("appointmentId", appointment.toString(), "personId",
                vp.toString(), "kind", "POOL", "tenantId", null, "appointedFrom", "2026-03-02", "appointedUntil",
                "2030-03-02", "reappointment", false));
        await().atMost(Duration.ofSeconds(20)).until(() -> Terms.ofAppointment(appointment).size() == 1);
        assertEquals(LocalDate.parse("2030-03-02"), Terms.ofAppointment(appointment).get(0).dueOn,
                "4 years end on Saturday 2 March 2030, not moved (Atw art 4)");

        vp(vp, "vertrouwenspersoon-benoemd", Events.map("appointmentId", appointment.toString(), "personId",
                vp.toString(), "kind", "POOL", "tenantId", null, "appointedFrom", "2026-03-02", "appointedUntil",
                "2034-03-02", "reappointment", true));
        await().atMost(Duration.ofSeconds(20)).until(() -> Terms.ofAppointment(appointment).size() == 2);
        vp(vp, "vertrouwenspersoon-ontslagen", Events.map("appointmentId", appointment.toString(), "personId",
                vp.toString(), "kind", "POOL", "tenantId", null, "endedOn", "2027-06-30", "reason", "AT_OWN_REQUEST"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Terms.ofAppointment(appointment).size() == 3);

        // by kind and trigger date: the first period, the second, then the hand-over
        List<Termijn> terms = Terms.ofAppointment(appointment).stream()
                .sorted(Comparator.comparing((Termijn t) -> t.soort == TermijnRegel.T7)
                        .thenComparing(t -> t.triggerDate)).toList();
        assertEquals(State.CLOSED_ON_TIME, terms.get(0).state, "renewed before the first period ended");
        assertEquals(LocalDate.parse("2030-03-02"), terms.get(1).triggerDate, "the second period follows the first");
        assertEquals(LocalDate.parse("2034-03-02"), terms.get(1).dueOn);
        assertEquals(State.STOPPED, terms.get(1).state, "the appointment ended");
        assertEquals(TermijnRegel.T7, terms.get(2).soort);
        assertEquals(LocalDate.parse("2027-07-30"), terms.get(2).dueOn, "art 5.7: hand over within a month");
        assertTrue(TopicReader.withKey(Topics.TERMIJN_EVENTS, vp.toString()).stream().noneMatch(
                e -> e.tenantId() != null), "a pool VP's terms belong to no tenant");
    }

    @Test
    void aVertrouwenspersoonFileIsKeptTwoYearsFromTheLaterEndOfTheComplaintThatFollowed() {
        UUID melding = UUID.randomUUID();
        UUID handover = UUID.randomUUID();
        String reference = "M-2026-" + melding.toString().substring(0, 4).toUpperCase();
        Events.melding(melding.toString(), "dossier-gesloten", TENANT, reference, Events.map("meldingId",
                melding.toString(), "meldingReference", reference, "tenantId", TENANT, "vertrouwenspersoonId",
                UUID.randomUUID().toString(), "closedOn", "2026-06-01", "handoverId", handover.toString()));
        Termijn t6 = Terms.awaitTerm(melding, TermijnRegel.T6, t -> true);
        assertEquals(LocalDate.parse("2028-06-01"), t6.dueOn);

        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.send("klacht-beeindigd", "ending", "BESLUIT", "endedOn", "2026-08-04", "endDate", "2026-09-15",
                "handoverId", handover.toString());
        Termijn moved = Terms.awaitTerm(melding, TermijnRegel.T6,
                t -> LocalDate.parse("2026-09-15").equals(t.triggerDate));
        assertEquals(LocalDate.parse("2028-09-15"), moved.dueOn, "domain.md §7: from the later end date");
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                melding.toString()).stream().anyMatch(e -> e.json().contains("\"reason\":\"KLACHT_BEEINDIGD\"")));
    }

    @Test
    void aCommissionMembersRenewalClosesTheRunningAppointmentTermAndOpensTheRenewedOne() {
        UUID appointment = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        commission(member, appointment, "LID", "POLITIEK", "2024-01-15", "2028-01-14", false);
        await().atMost(Duration.ofSeconds(20)).until(() -> Terms.ofAppointment(appointment).size() == 1);
        Termijn first = Terms.ofAppointment(appointment).get(0);
        assertEquals(LocalDate.parse("2028-01-15"), first.dueOn, "the day after the last day of four years");

        // art 6.2: klacht-service republishes the appointment, same id and appointedFrom, with the new appointedUntil
        commission(member, appointment, "LID", "POLITIEK", "2024-01-15", "2032-01-14", true);
        await().atMost(Duration.ofSeconds(20)).until(() -> Terms.ofAppointment(appointment).size() == 2);
        // the same renewal again under a new event id changes nothing
        commission(member, appointment, "LID", "POLITIEK", "2024-01-15", "2032-01-14", true);
        UUID later = UUID.randomUUID();
        commission(member, later, "PLAATSVERVANGEND_LID", "POLITIEK", "2026-02-02", "2030-02-01", false);
        await().atMost(Duration.ofSeconds(20)).until(() -> Terms.ofAppointment(later).size() == 1);

        List<Termijn> terms = Terms.ofAppointment(appointment).stream()
                .sorted(Comparator.comparing((Termijn t) -> t.triggerDate)).toList();
        assertEquals(2, terms.size());
        assertEquals(State.CLOSED_ON_TIME, terms.get(0).state, "renewed before the first term ended");
        assertEquals(null, terms.get(0).nextActionAt, "so it reminds nobody any more");
        assertEquals(LocalDate.parse("2028-01-15"), terms.get(1).triggerDate, "the renewed term follows the first");
        assertEquals(LocalDate.parse("2032-01-15"), terms.get(1).dueOn);
        assertEquals(State.OPEN, terms.get(1).state);
    }

    @Test
    void theSecretarysSeatHasNoAppointmentTermArt8() {
        UUID secretary = UUID.randomUUID();
        UUID seat = UUID.randomUUID();
        commission(secretary, seat, "SECRETARIS", null, "2026-03-02", null, false);
        // a later event on the same key has been handled once the secretary's has
        UUID other = UUID.randomUUID();
        commission(secretary, other, "LID", "AMBTELIJK", "2026-03-02", "2030-03-01", false);
        await().atMost(Duration.ofSeconds(20)).until(() -> Terms.ofAppointment(other).size() == 1);
        assertTrue(Terms.ofAppointment(seat).isEmpty(), "art 8 gives the secretary no term to renew");
    }

    private static void commission(UUID person, UUID appointment, String function, String side, String from,
            String until, boolean reappointment) {
        Events.klacht(person.toString(), "commissielid-benoemd", null, appointment.toString(), Events.map(
                "appointmentId", appointment.toString(), "personId", person.toString(), "function", function,
                "side", side, "appointedFrom", from, "appointedUntil", until, "reappointment", reappointment));
    }

    private static void vp(UUID vp, String event, java.util.Map<String, Object> payload) {
        Events.melding(vp.toString(), event, null, String.valueOf(payload.get("appointmentId")), payload);
    }
}
