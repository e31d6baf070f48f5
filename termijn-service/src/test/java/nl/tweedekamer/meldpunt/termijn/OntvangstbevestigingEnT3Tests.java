package nl.tweedekamer.meldpunt.termijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.termijn.Termijn.State;
import nl.tweedekamer.meldpunt.termijn.reminder.service.ReminderTick;
import nl.tweedekamer.meldpunt.termijn.support.Events.Zaak;
import nl.tweedekamer.meldpunt.termijn.support.Mails;
import nl.tweedekamer.meldpunt.termijn.support.Mails.Mail;
import nl.tweedekamer.meldpunt.termijn.support.Terms;
import nl.tweedekamer.meldpunt.termijn.support.TestClock;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * The first terms after filing as klacht-service tells them: T3 (art 10.1) runs from filing when the klaagschrift
 * met art 9.1, else from the answer to the completion request — never from the confirmation of receipt; and the
 * secretary is reminded to confirm receipt (art 9.4) 5 working days after filing.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class OntvangstbevestigingEnT3Tests {

    private static final String TENANT = "fractie-ontvangst";
    private static final String SECRETARY = "secretaris@commissie.example";
    private static final String CHAIR = "voorzitter@commissie.example";

    @Inject
    TestClock clock;

    @Inject
    ReminderTick tick;

    @BeforeEach
    void setUp() {
        clock.reset();
        GreenMailResource.purge();
        ContactLookupStub.contacts("/internal/commission/contacts?function=SECRETARY", SECRETARY);
        ContactLookupStub.contacts("/internal/commission/contacts?function=CHAIR", CHAIR);
    }

    @Test
    void admissibilityTermRunsFromFilingWhenTheKlaagschriftIsCompleteWithoutWaitingForTheConfirmationOfReceipt() {
        Zaak zaak = Zaak.nieuw(TENANT);
        filed(zaak, "2027-02-01", "2027-02-01");
        Termijn t3 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true);
        assertEquals(LocalDate.parse("2027-02-01"), t3.triggerDate);
        assertEquals(LocalDate.parse("2027-02-15"), t3.dueOn);

        // the confirmation days later opens no second T3 and moves nothing
        zaak.send("ontvangst-bevestigd", "confirmedOn", "2027-02-04", "completeOn", "2027-02-01");
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.ONTVANGSTBEVESTIGING, t -> t.state == State.CLOSED_ON_TIME);
        assertEquals(1, Terms.ofCase(zaak.caseId()).stream().filter(t -> t.soort == TermijnRegel.T3).count());
        assertEquals(LocalDate.parse("2027-02-15"),
                Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true).dueOn);
    }

    @Test
    void anIncompleteKlaagschriftStartsTheAdmissibilityTermOnlyWhenCompletionIsAnswered() {
        Zaak zaak = Zaak.nieuw(TENANT);
        filed(zaak, "2027-03-01", null);
        zaak.send("ontvangst-bevestigd", "confirmedOn", "2027-03-02", "completeOn", null);
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.ONTVANGSTBEVESTIGING, t -> !t.state.isRunning());
        String request = UUID.randomUUID().toString();
        zaak.send("aanvulling-gevraagd", "requestId", request, "requestedOn", "2027-03-03");
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T2, t -> true);
        assertTrue(Terms.ofCase(zaak.caseId()).stream().noneMatch(t -> t.soort == TermijnRegel.T3),
                "no T3 before the klaagschrift is complete");

        zaak.send("aanvulling-ontvangen", "requestId", request, "receivedOn", "2027-03-10", "completeOn", "2027-03-10");
        Termijn t3 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true);
        assertEquals(LocalDate.parse("2027-03-10"), t3.triggerDate);
        assertEquals(LocalDate.parse("2027-03-24"), t3.dueOn);
    }

    @Test
    void theSecretaryIsRemindedToConfirmReceiptFiveWorkingDaysAfterFiling() {
        Zaak zaak = Zaak.nieuw(TENANT);
        // Friday 23 April 2027; Koningsdag (Tuesday 27 April) is no working day: the 5th is Monday 3 May
        filed(zaak, "2027-04-23", null);
        Termijn term = Terms.awaitTerm(zaak.caseId(), TermijnRegel.ONTVANGSTBEVESTIGING, t -> true);
        assertEquals(LocalDate.parse("2027-05-03"), term.dueOn, term.computation);

        at("2027-04-26T08:00");
        at("2027-04-30T08:00");
        assertEquals(0, Mails.about(zaak.reference()).size(), "no reminder within the 5 working days");
        at("2027-05-03T08:00");
        List<Mail> mails = Mails.about(zaak.reference());
        assertEquals(1, mails.size());
        Mail reminder = mails.get(0);
        assertEquals(List.of(SECRETARY), reminder.to(), "the secretary's own act: not the chair");
        assertTrue(reminder.text().contains("de bevestiging van de ontvangst van een klaagschrift (artikel 9.4 "
                + "Klachtenregeling)"), reminder.text());
        assertTrue(reminder.text().contains("/termijnen/" + term.id), reminder.text());

        zaak.send("ontvangst-bevestigd", "confirmedOn", "2027-05-04", "completeOn", null);
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.ONTVANGSTBEVESTIGING, t -> t.state == State.CLOSED_LATE);
        at("2027-05-06T08:00");
        assertEquals(1, Mails.about(zaak.reference()).size(), "confirmed: no reminder any more");
    }

    private static void filed(Zaak zaak, String filedOn, String completeOn) {
        zaak.send("klaagschrift-ingediend", "declarationId", UUID.randomUUID().toString(),
                "complainantId", UUID.randomUUID().toString(),
                "accusedEmployerTenantIds", List.of(TENANT), "handoverId", null, "filedOn", filedOn,
                "completeOn", completeOn);
    }

    private void at(String localDateTime) {
        clock.setLocal(localDateTime);
        tick.tick();
    }
}
