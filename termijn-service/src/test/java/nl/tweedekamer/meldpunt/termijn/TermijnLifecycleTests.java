package nl.tweedekamer.meldpunt.termijn;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.event.OutboxEvent;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.termijn.Termijn.State;
import nl.tweedekamer.meldpunt.termijn.support.Events.Zaak;
import nl.tweedekamer.meldpunt.termijn.support.Events;
import nl.tweedekamer.meldpunt.termijn.support.Seats;
import nl.tweedekamer.meldpunt.termijn.support.Terms;
import nl.tweedekamer.meldpunt.termijn.support.TestClock;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TestTokens;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * The terms of a complaint as klacht-service's events open, move and close them (contract-shaped events on the
 * real broker), what termijn-service publishes about them, and who may see them.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class TermijnLifecycleTests {

    private static final String TENANT = "fractie-termijnen";

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void adviceTermRunsFromAdmissibilityNotReceipt() {
        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.filedComplete("2027-01-04");
        Termijn t3 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true);
        assertEquals(LocalDate.parse("2027-01-18"), t3.dueOn, "T3: two weeks from completion (art 10.1)");

        zaak.send("ontvankelijkheid-vastgesteld", "decidedOn", "2027-01-15", "admissible", true,
                "accused", List.of(Events.map("personId", null, "employerTenantId", TENANT)));
        Termijn t4 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> true);
        // art 12.2: 8 weeks from the admissibility decision of 15 January, not from receipt on 4 January
        assertEquals(LocalDate.parse("2027-01-15"), t4.triggerDate);
        assertEquals(LocalDate.parse("2027-03-12"), t4.dueOn);
        assertTrue(t4.computation.startsWith("art 12.2-12.3: 2027-01-15 plus P8W ends on 2027-03-12."), t4.computation);
        Termijn closedT3 = Terms.ofCase(zaak.caseId()).stream().filter(t -> t.soort == TermijnRegel.T3).findFirst()
                .orElseThrow();
        assertEquals(State.CLOSED_ON_TIME, closedT3.state);

        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                zaak.caseId().toString()).stream().anyMatch(e -> e.json().contains("\"term\":\"T4\"")
                        && e.type().endsWith("vervaldatum-berekend.v1")));
        List<TopicReader.Event> events = TopicReader.withKey(Topics.TERMIJN_EVENTS, zaak.caseId().toString());
        assertTrue(events.stream().anyMatch(e -> e.type().equals("nl.tweedekamer.termijn.termijn-geopend.v1")
                && e.json().contains("\"term\":\"T4\"") && e.json().contains("\"triggerDate\":\"2027-01-15\"")
                && TENANT.equals(e.tenantId())));
        assertTrue(events.stream().anyMatch(e -> e.type().equals("nl.tweedekamer.termijn.vervaldatum-berekend.v1")
                && e.json().contains("\"dueOn\":\"2027-03-12\"") && e.json().contains("\"reason\":\"GEOPEND\"")
                && e.json().contains("\"decreeKnown\":true")));
        assertTrue(events.stream().anyMatch(e -> e.type().equals("nl.tweedekamer.termijn.termijn-gesloten.v1")
                && e.json().contains("\"term\":\"T3\"") && e.json().contains("\"onTime\":true")));
    }

    @Test
    void anExtensionMovesOnlyTheDecisionTermOfTheEmployerItNames() {
        String other = "fractie-termijnen-b";
        Zaak zaak = Zaak.nieuw(TENANT);
        advice(zaak, "2027-02-01", TENANT);
        advice(zaak, "2027-02-01", other);
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T5, t -> other.equals(t.employerTenantId));
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T5, t -> TENANT.equals(t.employerTenantId));

        // art 13: each employer involved decides on its own, so an extension is that employer's alone
        step(zaak, "VERLENGING", "2027-02-20", 14, null, other);
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T5,
                t -> other.equals(t.employerTenantId) && t.extensionDaysTotal == 14);
        Termijn untouched = Terms.ofCase(zaak.caseId()).stream()
                .filter(t -> t.soort == TermijnRegel.T5 && TENANT.equals(t.employerTenantId)).findFirst().orElseThrow();
        assertEquals(0, untouched.extensionDaysTotal);
        assertEquals(LocalDate.parse("2027-03-01"), untouched.dueOn);
    }

    @Test
    void decisionTermExtensionsAddUpAndTheAtwAppliesToTheExtendedEndAcrossEaster2027() {
        Zaak zaak = Zaak.nieuw(TENANT);
        advice(zaak, "2027-02-01", TENANT);
        Termijn t5 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T5, t -> true);
        assertEquals(LocalDate.parse("2027-03-01"), t5.dueOn, "4 weeks after receipt of the advice (art 13)");

        step(zaak, "VERLENGING", "2027-02-20", 14, null);
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T5, t -> t.extensionDaysTotal == 14);
        step(zaak, "VERLENGING", "2027-03-05", 14, null);
        Termijn extended = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T5, t -> t.extensionDaysTotal == 28);
        // 1 February + 4 weeks + 28 days = 29 March 2027, tweede Paasdag, so the Atw moves it to the 30th
        assertEquals(LocalDate.parse("2027-03-30"), extended.dueOn);
        assertEquals(List.of("GEOPEND", "VERLENGING", "VERLENGING"),
                Terms.history(extended.id).stream().map(s -> s.kind).toList());
        assertTrue(extended.computation.contains("plus P4W and 28 days of extension"), extended.computation);
    }

    @Test
    void termijnAppliesTheExtensionKlachtServicePublishedWithoutRecheckingArt13_3() {
        // art 13.3 (at most 4 weeks in total, before the term lapses) is klacht-service's rule: it refused or
        // granted the extension with its copy of the due date; termijn-service computes the date it is told
        Zaak zaak = Zaak.nieuw(TENANT);
        advice(zaak, "2027-02-01", TENANT);
        Termijn t5 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T5, t -> true);
        step(zaak, "VERLENGING", "2027-02-20", 21, null);
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T5, t -> t.extensionDaysTotal == 21);
        step(zaak, "VERLENGING", "2027-03-23", 14, null);
        Termijn extended = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T5, t -> t.extensionDaysTotal == 35);
        // 1 February + 4 weeks + 35 days = Monday 5 April 2027
        assertEquals(LocalDate.parse("2027-04-05"), extended.dueOn);
        assertEquals(List.of("GEOPEND", "VERLENGING", "VERLENGING"),
                Terms.history(t5.id).stream().map(s -> s.kind).toList());
        assertEquals(14, Terms.history(t5.id).get(2).extensionDays, "all the days klacht-service published");
    }

    @Test
    void suspensionKeepsTheRemainingDaysAndResumptionRecomputes() {
        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.send("ontvankelijkheid-vastgesteld", "decidedOn", "2027-01-15", "admissible", true,
                "accused", List.of(Events.map("personId", null, "employerTenantId", TENANT)));
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> true);

        step(zaak, "OPSCHORTING", "2027-02-12", null, null);
        Termijn suspended = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> t.state == State.SUSPENDED);
        assertNull(suspended.dueOn, "a suspended term has no due date");
        assertNull(suspended.nextActionAt, "and no reminders");
        assertEquals(28, suspended.remainingDays, "12 February to 12 March");

        step(zaak, "HERVATTING", "2027-04-01", null, null);
        Termijn resumed = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> t.state == State.OPEN
                && t.dueOn != null);
        assertEquals(LocalDate.parse("2027-04-29"), resumed.dueOn, "1 April plus the 28 remaining days");
        assertTrue(resumed.computation.startsWith("Suspended on 2027-02-12 with 28 days remaining; resumed on"
                + " 2027-04-01: 2027-04-01 plus P28D ends on 2027-04-29."), resumed.computation);

        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                zaak.caseId().toString()).stream().anyMatch(e -> e.json().contains("\"reason\":\"HERVATTING\"")));
        assertTrue(TopicReader.withKey(Topics.TERMIJN_EVENTS, zaak.caseId().toString()).stream()
                .anyMatch(e -> e.json().contains("\"reason\":\"OPSCHORTING\"") && e.json().contains("\"dueOn\":null")
                        && e.json().contains("\"previousDueOn\":\"2027-03-12\"")));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        Zaak zaak = Zaak.nieuw(TENANT);
        UUID id = zaak.send("ontvankelijkheid-vastgesteld", "decidedOn", "2027-01-15", "admissible", true,
                "accused", List.of(Events.map("personId", null, "employerTenantId", TENANT)));
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> true);
        zaak.resend(id, "ontvankelijkheid-vastgesteld", "decidedOn", "2027-01-15", "admissible", true,
                "accused", List.of(Events.map("personId", null, "employerTenantId", TENANT)));
        // the same decision again under a new event id: the opening key refuses a second T4 as well
        zaak.send("ontvankelijkheid-vastgesteld", "decidedOn", "2027-01-15", "admissible", true,
                "accused", List.of(Events.map("personId", null, "employerTenantId", TENANT)));
        // a later event of the case has been processed once this one is: then count
        zaak.send("klaagschrift-ingediend", "declarationId", UUID.randomUUID().toString(), "complainantId",
                UUID.randomUUID().toString(), "accusedEmployerTenantIds", List.of(TENANT), "handoverId", null,
                "filedOn", "2027-01-01", "completeOn", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> {
                    TermijnKlacht klacht = TermijnKlacht.findById(zaak.caseId());
                    return klacht != null && klacht.declarationId != null;
                }));
        // one T4, and the confirmation-of-receipt term (art 9.4) the filing opened
        assertEquals(1, Terms.ofCase(zaak.caseId()).stream().filter(t -> t.soort == TermijnRegel.T4).count());
        assertEquals(2, Terms.ofCase(zaak.caseId()).size());
        long opened = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count(
                "key = ?1 and type = ?2", zaak.caseId().toString(), "nl.tweedekamer.termijn.termijn-geopend.v1"));
        assertEquals(2, opened, "one TermijnGeopend in the outbox for each term");
    }

    @Test
    void anEventThatCanNeverBeAppliedIsPassedOverAndHoldsUpNoCaseBehindIt() {
        Zaak broken = Zaak.nieuw(TENANT);
        // no requestedOn: the contract requires it
        Events.klachtOffContract(broken.caseId().toString(), "aanvulling-gevraagd", TENANT, broken.reference(),
                Events.json(Events.map("caseId", broken.caseId().toString(), "caseReference", broken.reference(),
                        "tenantId", TENANT, "requestId", UUID.randomUUID().toString())));
        Events.klachtOffContract(broken.caseId().toString(), "ontvankelijkheid-vastgesteld", TENANT,
                broken.reference(), "not json at all");
        Zaak next = Zaak.nieuw(TENANT);
        next.filedComplete("2027-01-04");
        Terms.awaitTerm(next.caseId(), TermijnRegel.T3, t -> true);
        assertTrue(Terms.ofCase(broken.caseId()).isEmpty());
    }

    @Test
    void enteringADecreeRecomputesTheOpenTermsItAffectsAndPublishesTheirNewDueDates() {
        // 2 weeks from 23 April 2032 end on Friday 7 May 2032, the day after Hemelvaartsdag; no decree covers 2032
        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.filedComplete("2032-04-23");
        Termijn t3 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true);
        assertEquals(LocalDate.parse("2032-05-07"), t3.dueOn);
        assertFalse(t3.decreeKnown);

        given().auth().oauth2(TestTokens.as(Roles.PLATFORM_ADMIN).sign()).contentType(ContentType.JSON)
                .body(Map.of("title", "Besluit gelijkstelling 2032-2034", "coversFromYear", 2032, "coversToYear", 2034,
                        "days", List.of(Map.of("date", "2032-05-07", "description", "vrijdag na Hemelvaartsdag"))))
                .post("/atw/decrees").then().statusCode(201);

        Termijn recomputed = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true);
        assertEquals(LocalDate.parse("2032-05-10"), recomputed.dueOn);
        assertTrue(recomputed.decreeKnown);
        given().auth().oauth2(Seats.secretary("2026-01-05", null).token(Roles.COMMISSION_SECRETARY))
                .get("/termijnen/{id}", t3.id)
                .then().statusCode(200)
                .body("termijn.dueOn", equalTo("2032-05-10"))
                .body("termijn.computation", containsString("vrijdag na Hemelvaartsdag, equated with a holiday"))
                .body("history.kind", hasItem("BESLUIT_GELIJKSTELLING"));
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                zaak.caseId().toString()).stream().anyMatch(e -> e.json().contains("\"reason\":\"BESLUIT_GELIJKSTELLING\"")
                        && e.json().contains("\"dueOn\":\"2032-05-10\"")
                        && e.json().contains("\"previousDueOn\":\"2032-05-07\"")));
    }

    @Test
    void anEmployerSeesOnlyTheDecisionTermsOfItsOwnComplaints() {
        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.send("ontvankelijkheid-vastgesteld", "decidedOn", "2027-01-15", "admissible", true,
                "accused", List.of(Events.map("personId", null, "employerTenantId", "fractie-a")));
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> true);
        UUID deciderA = UUID.randomUUID();
        UUID deciderB = UUID.randomUUID();
        zaak.send("advies-uitgebracht", "issuedOn", "2027-02-01", "receivedOn", "2027-02-02", "recipients", List.of(
                Events.map("employerTenantId", "fractie-a", "recipientId", deciderA.toString()),
                Events.map("employerTenantId", "fractie-b", "recipientId", deciderB.toString())));
        await().atMost(Duration.ofSeconds(20)).until(() -> Terms.ofCase(zaak.caseId()).stream()
                .filter(t -> t.soort == TermijnRegel.T5).count() == 2);

        String employerA = TestTokens.as(Roles.EMPLOYER).tenant("fractie-a").subject(deciderA.toString()).sign();
        given().auth().oauth2(employerA).get("/klachten/{id}/termijnen", zaak.caseId()).then().statusCode(200)
                .body("termijn.term", contains("T5"))
                .body("termijn.employerTenantId", contains("fractie-a"));
        given().auth().oauth2(employerA).get("/termijnen").then().statusCode(200)
                .body("term", everyItem(equalTo("T5")))
                .body("employerTenantId", everyItem(equalTo("fractie-a")));
        Termijn t4 = Terms.ofCase(zaak.caseId()).stream().filter(t -> t.soort == TermijnRegel.T4).findFirst()
                .orElseThrow();
        given().auth().oauth2(employerA).get("/termijnen/{id}", t4.id).then().statusCode(404);
        given().auth().oauth2(TestTokens.as(Roles.EMPLOYER).tenant("fractie-c").subject(deciderA.toString()).sign())
                .get("/klachten/{id}/termijnen", zaak.caseId()).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(TestTokens.as(Roles.EMPLOYEE).tenant("fractie-a").sign()).get("/termijnen")
                .then().statusCode(403);
        given().get("/termijnen").then().statusCode(401);

        // the commission sees every term of the case, across tenants, by due date
        given().auth().oauth2(Seats.secretary("2026-01-05", null).token(Roles.COMMISSION_SECRETARY))
                .get("/klachten/{id}/termijnen", zaak.caseId()).then().statusCode(200)
                .body("termijn.term", contains("T4", "T5", "T5"));
        List<String> dueDates = given().auth().oauth2(Seats.member("LID").token(Roles.COMMISSION_MEMBER))
                .get("/termijnen").then().statusCode(200).extract().path("dueOn");
        List<String> sorted = dueDates.stream().filter(d -> d != null).sorted().toList();
        assertEquals(sorted, dueDates.stream().filter(d -> d != null).toList());
    }

    @Test
    void aRevokedCalendarUrlReturnsNothing() {
        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.filedComplete("2027-01-04");
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T3, t -> true);

        String member = Seats.member("PLAATSVERVANGEND_VOORZITTER").token(Roles.COMMISSION_MEMBER);
        Map<String, Object> feed = given().auth().oauth2(member).post("/agenda/feeds").then().statusCode(201)
                .extract().as(Map.class);
        String url = (String) feed.get("url");
        String path = url.substring(url.indexOf("/agenda/"));
        String ics = given().get(path).then().statusCode(200).contentType(containsString("text/calendar"))
                .extract().asString();
        assertTrue(ics.contains("SUMMARY:Termijn T3 zaak " + zaak.reference() + " vervalt"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20270118"), ics);

        given().auth().oauth2(member).delete("/agenda/feeds/{id}", feed.get("id")).then().statusCode(204);
        String after = given().get(path).then().statusCode(404).extract().asString();
        assertFalse(after.contains(zaak.reference()));
        given().get("/agenda/not-a-secret.ics").then().statusCode(404);
        // another member cannot revoke it, nor an employer create one
        given().auth().oauth2(TestTokens.as(Roles.EMPLOYER).tenant(TENANT).sign()).post("/agenda/feeds")
                .then().statusCode(403);
    }

    private static void advice(Zaak zaak, String receivedOn, String employer) {
        zaak.send("advies-uitgebracht", "issuedOn", receivedOn, "receivedOn", receivedOn, "recipients",
                List.of(Events.map("employerTenantId", employer, "recipientId", null)));
    }

    private static void step(Zaak zaak, String action, String on, Integer days, String newDueOn) {
        boolean decisionTerm = action.equals("VERLENGING");
        step(zaak, action, on, days, newDueOn, decisionTerm ? TENANT : null);
    }

    private static void step(Zaak zaak, String action, String on, Integer days, String newDueOn, String employer) {
        zaak.send("termijn-stap", "stepId", UUID.randomUUID().toString(), "term",
                action.equals("VERLENGING") ? "T5" : "T4", "action", action, "requestedOn", on, "extensionDays", days,
                "newDueOn", newDueOn, "employerTenantId", employer);
    }
}
