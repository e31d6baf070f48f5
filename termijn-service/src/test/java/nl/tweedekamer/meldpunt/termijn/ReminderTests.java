package nl.tweedekamer.meldpunt.termijn;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.contract.Contact;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures;
import nl.tweedekamer.meldpunt.termijn.Termijn.State;
import nl.tweedekamer.meldpunt.termijn.reminder.Herinnering;
import nl.tweedekamer.meldpunt.termijn.reminder.service.ReminderTick;
import nl.tweedekamer.meldpunt.termijn.support.Events.Zaak;
import nl.tweedekamer.meldpunt.termijn.support.Events;
import nl.tweedekamer.meldpunt.termijn.support.Mails.Mail;
import nl.tweedekamer.meldpunt.termijn.support.Mails;
import nl.tweedekamer.meldpunt.termijn.support.Terms;
import nl.tweedekamer.meldpunt.termijn.support.TestClock;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * Reminders as the scheduler sends them, with the clock under test control and a real SMTP server (GreenMail):
 * at the right moments, to whoever must act, never twice, and still once after the SMTP server was down.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class ReminderTests {

    private static final String TENANT = "fractie-herinneringen";
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
    void remindersReachTheCommissionAtTheRightMomentsAndALapseEscalatesToTheChairOnly() {
        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.filedComplete("2027-06-01");
        Termijn t3 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true);
        assertEquals("2027-06-15", t3.dueOn.toString());

        at("2027-06-08T07:59");
        assertEquals(0, Mails.about(zaak.reference()).size(), "nothing before 08:00, 7 days before");
        at("2027-06-08T08:00");
        List<Mail> mails = Mails.about(zaak.reference());
        assertEquals(1, mails.size());
        Mail first = mails.get(0);
        assertEquals("Herinnering: termijn T3 in zaak " + zaak.reference() + " verloopt op dinsdag 15 juni 2027",
                first.subject());
        assertEquals(List.of(SECRETARY, CHAIR), first.to());
        assertTrue(first.text().contains("de beslissing over de ontvankelijkheid (artikel 10.1 Klachtenregeling)"),
                first.text());
        assertTrue(first.text().contains("/termijnen/" + t3.id), first.text());
        assertNotNull(first.html());
        assertTrue(first.html().contains("<a href=\"https://meldpunt.test/termijnen/" + t3.id + "\">"), first.html());
        String reminderId = Terms.reminders(t3.id).get(0).id.toString();
        assertEquals("<herinnering-" + reminderId + "@meldpunt.tweedekamer.nl>", first.messageId());

        at("2027-06-08T08:05");
        assertEquals(1, Mails.about(zaak.reference()).size(), "a second tick sends nothing again");
        at("2027-06-13T08:00");
        assertEquals(2, Mails.about(zaak.reference()).size(), "2 days before");
        at("2027-06-15T08:00");
        assertEquals(3, Mails.about(zaak.reference()).size(), "on the due day");
        assertTrue(Mails.about(zaak.reference()).get(2).subject().startsWith("Vandaag laatste dag"));

        at("2027-06-16T00:00");
        assertEquals(State.LAPSED, Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true).state);
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                zaak.caseId().toString()).stream().anyMatch(e -> e.type().endsWith("termijn-verstreken.v1")
                        && e.json().contains("\"lapsedOn\":\"2027-06-16\"")));
        at("2027-06-16T08:00");
        List<Mail> after = Mails.about(zaak.reference());
        assertEquals(4, after.size());
        assertEquals(List.of(CHAIR), after.get(3).to(), "a lapsed commission term escalates to the chair only");
        assertTrue(after.get(3).subject().startsWith("Termijn verstreken"));

        zaak.send("ontvankelijkheid-vastgesteld", "decidedOn", "2027-06-16", "admissible", false,
                "accused", List.of(Events.map("personId", null, "employerTenantId", TENANT)));
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> t.state == State.CLOSED_LATE);
        at("2027-06-17T08:00");
        assertEquals(4, Mails.about(zaak.reference()).size(), "a closed term is not reminded");
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                zaak.caseId().toString()).stream().filter(e -> e.type().endsWith("herinnering-verzonden.v1")).count()
                == 7);
    }

    @Test
    void art9_3TheComplainantIsRemindedOfTheCompletionTermInAMailOfTheirOwnThatLinksToTheirCase() {
        Zaak zaak = Zaak.nieuw(TENANT);
        String klager = "klager-" + zaak.caseId() + "@voorbeeld.example";
        ContactLookupStub.answer("/internal/cases/" + zaak.caseId() + "/contacts/COMPLAINANT",
                List.of(new Contact(UUID.randomUUID().toString(), klager, TENANT)));
        zaak.send("aanvulling-gevraagd", "requestId", UUID.randomUUID().toString(), "requestedOn", "2027-10-04");
        Termijn t2 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T2, t -> true);
        assertEquals("2027-10-18", t2.dueOn.toString());

        at("2027-10-11T08:00");
        List<Mail> mails = Mails.about(zaak.reference());
        assertEquals(2, mails.size(), "one mail for the complainant, one for the commission");
        Mail toComplainant = mails.stream().filter(m -> m.to().contains(klager)).findFirst().orElseThrow();
        Mail toCommission = mails.stream().filter(m -> !m.to().contains(klager)).findFirst().orElseThrow();
        assertEquals(List.of(klager), toComplainant.to());
        assertEquals(List.of(SECRETARY, CHAIR), toCommission.to());
        assertTrue(toComplainant.text().contains("de aanvulling van het klaagschrift (artikel 9.3 Klachtenregeling)"),
                toComplainant.text());
        // the complainant's link opens their case, which they may read; the term's page is the commission's
        assertTrue(toComplainant.text().contains("/klachten/" + zaak.caseId()), toComplainant.text());
        assertFalse(toComplainant.text().contains("/termijnen/"), toComplainant.text());
        assertTrue(toCommission.text().contains("/termijnen/" + t2.id), toCommission.text());
        assertFalse(toComplainant.messageId().equals(toCommission.messageId()));
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                zaak.caseId().toString()).stream().anyMatch(e -> e.type().endsWith("herinnering-verzonden.v1")
                        && e.json().contains("\"recipientRole\":\"KLAGER\"")));

        // once the term lapsed the commission decides (art 9.3, 10.1): the complainant is not reminded any more
        at("2027-10-16T08:00");
        at("2027-10-18T08:00");
        at("2027-10-19T00:00");
        at("2027-10-19T08:00");
        List<Mail> lapsed = Mails.about(zaak.reference()).stream()
                .filter(m -> m.subject().startsWith("Termijn verstreken")).toList();
        assertEquals(1, lapsed.size());
        assertEquals(List.of(CHAIR), lapsed.get(0).to());
        assertTrue(Mails.about(zaak.reference()).stream().filter(m -> m.to().contains(klager))
                .allMatch(m -> !m.subject().startsWith("Termijn verstreken")));
    }

    @Test
    void afterDowntimeOnlyTheLatestMissedReminderIsSentOnceAndMarkedLate() {
        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.filedComplete("2027-08-31");
        Termijn t3 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true);
        at("2027-08-31T12:00");
        assertEquals(0, Mails.about(zaak.reference()).size());

        // down from 31 August until the due day, 10:30: the 7-days, 2-days and due-day reminders were all missed
        at("2027-09-14T10:30");
        List<Mail> mails = Mails.about(zaak.reference());
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).subject().startsWith("Vandaag laatste dag"), mails.get(0).subject());
        assertTrue(mails.get(0).text().contains("later dan gepland"), mails.get(0).text());
        assertTrue(Terms.reminders(t3.id).get(0).late);

        at("2027-09-14T10:31");
        at("2027-09-14T23:59");
        assertEquals(1, Mails.about(zaak.reference()).size(), "another tick, as after a restart, sends nothing again");
    }

    @Test
    void whenTheSmtpServerIsDownTheReminderWaitsAndIsDeliveredOnceWhenItIsBack() {
        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.filedComplete("2027-10-01");
        Termijn t3 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true);

        GreenMailResource.greenMail().stop();
        try {
            at("2027-10-08T08:00");
            Herinnering pending = Terms.reminders(t3.id).get(0);
            assertEquals(Herinnering.State.PENDING, pending.state);
            assertEquals(1, pending.attempts);
        } finally {
            GreenMailResource.greenMail().start();
        }
        at("2027-10-08T08:00");
        assertEquals(0, Mails.about(zaak.reference()).size(), "the retry waits for its backoff");
        at("2027-10-08T08:01");
        assertEquals(1, Mails.about(zaak.reference()).size());
        at("2027-10-08T08:30");
        assertEquals(1, Mails.about(zaak.reference()).size());
        Herinnering sent = Terms.reminders(t3.id).get(0);
        assertEquals(Herinnering.State.SENT, sent.state);
        assertEquals(2, sent.attempts);
    }

    @Test
    void twoInstancesTickingAtOnceSendEachReminderOnce() throws Exception {
        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.filedComplete("2027-11-01");
        Termijn t3 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true);
        clock.setLocal("2027-11-08T08:00");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<ReminderTick.Result> run = tick::tick;
            List<Future<ReminderTick.Result>> results = pool.invokeAll(List.of(run, run));
            for (Future<ReminderTick.Result> r : results) {
                r.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Terms.reminders(t3.id).size());
        if (Terms.reminders(t3.id).get(0).state == Herinnering.State.PENDING) {
            // the SMTP client timed out on a new connection (it misses a server's greeting now and then): the send
            // waits for its retry a minute later, and still goes out once (domain.md §10.16)
            at("2027-11-08T08:02");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> Mails.about(zaak.reference()).size() == 1);
        assertEquals(1, Mails.about(zaak.reference()).size());
        assertEquals(Herinnering.State.SENT, Terms.reminders(t3.id).get(0).state);
    }

    @Test
    void theEmployersReminderReachesWhomTheCommissionNamedAndCarriesNoNameTextOrCategory() {
        Zaak zaak = Zaak.nieuw(TENANT);
        // fields the contract does not have, as a faulty producer might send them, planted to prove nothing of them
        // leaks into an email
        zaak.sendOffContract("klaagschrift-ingediend", "declarationId", UUID.randomUUID().toString(), "complainantId",
                UUID.randomUUID().toString(), "accusedEmployerTenantIds", List.of("fractie-werkgever"),
                "handoverId", null, "filedOn", "2027-03-01", "completeOn", null, "complainantName", "Jan Geheimnaam",
                "category", "SEKSUELE_INTIMIDATIE", "description", "planted-free-text-xyzzy");
        zaak.send("ontvangst-bevestigd", "confirmedOn", "2027-03-01", "completeOn", null);
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.ONTVANGSTBEVESTIGING, t -> !t.state.isRunning());
        ContactLookupStub.answer("/internal/cases/" + zaak.caseId() + "/contacts/ADVICE_RECIPIENT", List.of(
                new Contact(UUID.randomUUID().toString(), "bestuur@werkgever.example", "fractie-werkgever"),
                new Contact(UUID.randomUUID().toString(), "ander@andere.example", "fractie-ander")));
        zaak.send("advies-uitgebracht", "issuedOn", "2027-04-07", "receivedOn", "2027-04-07", "recipients",
                List.of(Events.map("employerTenantId", "fractie-werkgever", "recipientId", UUID.randomUUID().toString())));
        Termijn t5 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T5, t -> true);
        // 7 April + 4 weeks ends on 5 mei; then Hemelvaartsdag, the decreed Friday after it and a weekend
        assertEquals("2027-05-10", t5.dueOn.toString(), t5.computation);

        at("2027-05-03T08:00");
        List<Mail> mails = Mails.about(zaak.reference());
        assertEquals(1, mails.size());
        Mail mail = mails.get(0);
        assertEquals(List.of("bestuur@werkgever.example"), mail.to());
        String all = mail.subject() + mail.text() + mail.html();
        assertTrue(all.contains("maandag 10 mei 2027"), all);
        for (String planted : List.of("Geheimnaam", "Jan ", "SEKSUELE", "intimidatie", "xyzzy", TENANT,
                "fractie-werkgever", "bestuur@")) {
            assertFalse(mail.text().contains(planted) || mail.html().contains(planted)
                    || mail.subject().contains(planted), planted);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                zaak.caseId().toString()).stream().anyMatch(e -> e.type().endsWith("herinnering-verzonden.v1")
                        && e.json().contains("\"recipientRole\":\"WERKGEVER\"")
                        && e.json().contains("\"moment\":\"VOORAF\"")));
        assertTrue(ContactLookupStub.refused().isEmpty(), "every lookup carried a valid service token");
    }

    @Test
    void aVertrouwenspersoonFileGetsOneWarningAndItsLapseIsPublishedAtTheDueDate() {
        UUID melding = UUID.randomUUID();
        UUID vp = UUID.randomUUID();
        String reference = "M-2025-" + melding.toString().substring(0, 4).toUpperCase();
        ContactLookupStub.answer("/internal/vertrouwenspersonen/" + vp + "/contact",
                "{\"id\":\"" + vp + "\",\"email\":\"vp@pool.example\"}");
        Events.melding(melding.toString(), "dossier-gesloten", TENANT, reference, Events.map("meldingId",
                melding.toString(), "meldingReference", reference, "tenantId", TENANT, "vertrouwenspersoonId",
                vp.toString(), "closedOn", "2025-03-03", "handoverId", null));
        Termijn t6 = Terms.awaitTerm(melding, TermijnRegel.T6, t -> true);
        assertEquals("2027-03-03", t6.dueOn.toString(), "2 years after the written closure (art 5.6)");

        at("2027-02-03T08:00");
        List<Mail> mails = Mails.about(reference);
        assertEquals(1, mails.size());
        assertEquals(List.of("vp@pool.example"), mails.get(0).to());
        assertTrue(mails.get(0).subject().startsWith("Aankondiging"), mails.get(0).subject());

        at("2027-03-02T08:00");
        assertEquals(State.OPEN, Terms.ofCase(melding).get(0).state);
        at("2027-03-03T08:00");
        assertEquals(State.LAPSED, Terms.ofCase(melding).get(0).state);
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                melding.toString()).stream().anyMatch(e -> e.type().endsWith("termijn-verstreken.v1")
                        && e.json().contains("\"term\":\"T6\"")));
        at("2027-03-04T08:00");
        assertEquals(1, Mails.about(reference).size(), "T6 is no reminder term: one warning only");
    }

    @Test
    void afterAHandOverTheT6WarningGoesToTheVertrouwenspersoonWhoHoldsTheFileNow() {
        UUID melding = UUID.randomUUID();
        UUID former = UUID.randomUUID();
        UUID successor = UUID.randomUUID();
        String reference = "M-2150-" + melding.toString().substring(0, 4).toUpperCase();
        ContactLookupStub.answer("/internal/vertrouwenspersonen/" + former + "/contact",
                "{\"id\":\"" + former + "\",\"email\":\"vertrokken@pool.example\"}");
        ContactLookupStub.answer("/internal/vertrouwenspersonen/" + successor + "/contact",
                "{\"id\":\"" + successor + "\",\"email\":\"opvolger@pool.example\"}");
        Events.melding(melding.toString(), "dossier-gesloten", TENANT, reference, Events.map("meldingId",
                melding.toString(), "meldingReference", reference, "tenantId", TENANT, "vertrouwenspersoonId",
                former.toString(), "closedOn", "2150-03-03", "handoverId", null));
        Terms.awaitTerm(melding, TermijnRegel.T6, t -> true);
        // art 5.7: the former VP's appointment ended and the closed file went to the successor
        Events.melding(melding.toString(), "vertrouwenspersoon-gewisseld", TENANT, reference, Events.map("meldingId",
                melding.toString(), "meldingReference", reference, "tenantId", TENANT, "vertrouwenspersoonId",
                successor.toString(), "vertrouwenspersoonKind", "POOL", "previousVertrouwenspersoonId",
                former.toString(), "reason", "LEFT_EMPLOYMENT", "changedOn", "2150-06-01"));
        Termijn t6 = Terms.awaitTerm(melding, TermijnRegel.T6, t -> successor.equals(t.personId));
        assertEquals("2152-03-03", t6.dueOn.toString(), "the hand-over does not move the destruction day");

        at(t6.dueOn.minusDays(28) + "T08:00");
        List<Mail> mails = Mails.about(reference);
        assertEquals(1, mails.size());
        assertEquals(List.of("opvolger@pool.example"), mails.get(0).to());
    }

    @Test
    void aLookupAnswerWithoutAnIdIsAContractBreachAndTheWarningWaitsUntilItIsAnsweredByContract() {
        UUID melding = UUID.randomUUID();
        UUID vp = UUID.randomUUID();
        String reference = "M-2160-" + melding.toString().substring(0, 4).toUpperCase();
        String lookup = "/internal/vertrouwenspersonen/" + vp + "/contact";
        ContactLookupStub.offContract(lookup, "{\"personId\":\"" + vp + "\",\"email\":\"vp-breuk@pool.example\"}");
        Events.melding(melding.toString(), "dossier-gesloten", TENANT, reference, Events.map("meldingId",
                melding.toString(), "meldingReference", reference, "tenantId", TENANT, "vertrouwenspersoonId",
                vp.toString(), "closedOn", "2160-03-03", "handoverId", null));
        Termijn t6 = Terms.awaitTerm(melding, TermijnRegel.T6, t -> true);
        LocalDate warning = t6.dueOn.minusDays(28);

        at(warning + "T08:00");
        assertEquals(0, Mails.about(reference).size(), "an answer without id is not a recipient");
        ContactLookupStub.answer(lookup, "{\"id\":\"" + vp + "\",\"email\":\"vp-breuk@pool.example\"}");
        at(warning.plusDays(1) + "T08:00");
        List<Mail> mails = Mails.about(reference);
        assertEquals(1, mails.size(), "the warning waited and went out once the answer kept to the contract");
        assertEquals(List.of("vp-breuk@pool.example"), mails.get(0).to());
    }

    @Test
    void aKlachtLookupAnswerWithoutAnAddressIsAContractBreachAndTheReminderWaitsUntilItIsAnsweredByContract() {
        Zaak zaak = Zaak.nieuw(TENANT);
        String klager = "klager-" + zaak.caseId() + "@voorbeeld.example";
        String lookup = "/internal/cases/" + zaak.caseId() + "/contacts/COMPLAINANT";
        String person = UUID.randomUUID().toString();
        ContactLookupStub.offContract(lookup, "[{\"id\":\"" + person + "\",\"mail\":\"" + klager
                + "\",\"tenantId\":\"" + TENANT + "\"}]");
        zaak.send("aanvulling-gevraagd", "requestId", UUID.randomUUID().toString(), "requestedOn", "2027-10-04");
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T2, t -> true);

        at("2027-10-11T08:00");
        assertTrue(Mails.about(zaak.reference()).stream().noneMatch(m -> m.to().contains(klager)),
                "an answer without email is not a recipient");
        ContactLookupStub.answer(lookup, List.of(new Contact(person, klager, TENANT)));
        at("2027-10-12T08:00");
        assertEquals(1, Mails.about(zaak.reference()).stream().filter(m -> m.to().contains(klager)).count(),
                "the reminder waited and went out once the answer kept to the contract");
    }

    @Test
    void aDeclarationsReminderScheduleDecidesWhenRemindersGoOutButNeverTheTerm() {
        String tenant = TenantSnapshotFixtures.newTenantId();
        TenantSnapshot.Declaration declaration = new TenantSnapshot.Declaration(UUID.randomUUID(),
                "klachtenregeling-2021", "PERSONEELSHANDBOEK", LocalDate.parse("2025-01-01"), null, null, "POOL",
                new TenantSnapshot.ReminderSchedule(List.of(3), false, false, "09:30"), 5, 6);
        try (TenantSnapshotFixtures fixtures = TenantSnapshotFixtures.connect()) {
            fixtures.publish(TenantSnapshotFixtures.tenant(tenant).declarations(declaration).build());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> nl.tweedekamer.meldpunt.tenantreplica.TenantReplica.findById(tenant) != null));
        Zaak zaak = Zaak.nieuw(tenant);
        zaak.send("klaagschrift-ingediend", "declarationId", declaration.id().toString(), "complainantId",
                UUID.randomUUID().toString(), "accusedEmployerTenantIds", List.of(tenant), "handoverId", null,
                "filedOn", "2027-11-16", "completeOn", "2027-11-16");
        zaak.send("ontvangst-bevestigd", "confirmedOn", "2027-11-16", "completeOn", "2027-11-16");
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.ONTVANGSTBEVESTIGING, t -> !t.state.isRunning());
        Termijn t3 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true);
        assertEquals("2027-11-30", t3.dueOn.toString(), "the length is the regulation's, whatever the declaration");

        at("2027-11-23T08:00");
        assertEquals(0, Mails.about(zaak.reference()).size(), "not 7 days before: the declaration says 3");
        at("2027-11-27T09:29");
        assertEquals(0, Mails.about(zaak.reference()).size());
        at("2027-11-27T09:30");
        assertEquals(1, Mails.about(zaak.reference()).size(), "3 days before, at 09:30");
        at("2027-11-30T09:30");
        at("2027-12-01T09:30");
        assertEquals(1, Mails.about(zaak.reference()).size(), "neither on the due day nor after it");
    }

    @Test
    void aCommissionMembersReappointmentTermRemindsThePlatformAdministrators() {
        UUID appointment = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        ContactLookupStub.contacts("/internal/platform/contacts/administrators", "beheer@griffie.example");
        Events.klacht(person.toString(), "commissielid-benoemd", null, appointment.toString(), Events.map(
                "appointmentId", appointment.toString(), "personId", person.toString(), "function", "VOORZITTER",
                "side", null, "appointedFrom", "2024-01-15", "appointedUntil", "2028-01-14", "reappointment", false));
        await().atMost(Duration.ofSeconds(20)).until(() -> !Terms.ofAppointment(appointment).isEmpty());
        Termijn t8 = Terms.ofAppointment(appointment).get(0);
        assertEquals("2028-01-15", t8.dueOn.toString(), "a Saturday, not moved: Atw art 4");

        at("2028-01-10T08:00");
        List<Mail> mails = Mails.about(appointment.toString());
        assertEquals(1, mails.size());
        assertEquals(List.of("beheer@griffie.example"), mails.get(0).to());
        assertTrue(mails.get(0).text().contains("herbenoeming of vervanging"), mails.get(0).text());
    }

    /** Sets the clock to this Amsterdam time and runs one tick, as the scheduler would. */
    private void at(String localDateTime) {
        clock.setLocal(localDateTime);
        tick.tick();
    }
}
