package nl.tweedekamer.meldpunt.klacht.commissie;

import static nl.tweedekamer.meldpunt.klacht.support.Commission.BENOEMD;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.ONTSLAGEN;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.PROBLEM;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.admin;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.appoint;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.appointment;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Onboarding;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** The commission's composition under art 6.2, 7 and 8: terms, renewals, seats, at least one woman, ending. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class CommissionAppointmentTests {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aTermIsFourYearsAndArt62AllowsRenewalMoreThanOnce() {
        LocalDate from = window();
        UUID person = UUID.randomUUID();
        Map<String, Object> body = appointment(person, "MEMBER", "CIVIL_SERVICE", false, from);
        String id = admin().body(body).post("/commission/appointments").then().statusCode(201)
                .header("Location", containsString("/commission/appointments/"))
                .body("appointedUntil", equalTo(from.plusYears(4).minusDays(1).toString()))
                .body("status", equalTo("UPCOMING"))
                .extract().path("appointmentId");

        admin().post("/commission/appointments/{id}/renewal", id).then().statusCode(200)
                .body("appointedUntil", equalTo(from.plusYears(8).minusDays(1).toString()))
                .body("renewals", equalTo(1));
        // unlike a vertrouwenspersoon (art 4.2 "eenmalig"), a member may be renewed again (art 6.2)
        admin().post("/commission/appointments/{id}/renewal", id).then().statusCode(200)
                .body("appointedUntil", equalTo(from.plusYears(12).minusDays(1).toString()))
                .body("renewals", equalTo(2));

        List<TopicReader.Event> events = awaitEvents(person, 3);
        assertThat(events).extracting(TopicReader.Event::type).containsOnly(BENOEMD);
        assertThat(events.get(0).tenantId()).as("the commission belongs to no tenant").isNull();
        assertThat(events.get(0).json()).contains("\"appointmentId\":\"" + id + "\"", "\"function\":\"LID\"",
                "\"side\":\"AMBTELIJK\"", "\"appointedFrom\":\"" + from + "\"", "\"reappointment\":false");
        assertThat(events.get(2).json()).contains("\"reappointment\":true",
                "\"appointedUntil\":\"" + from.plusYears(12).minusDays(1) + "\"");
        for (TopicReader.Event event : events) {
            assertThat(event.json()).doesNotContain((String) body.get("name"), (String) body.get("workEmail"),
                    "commissie.example.nl", "woman");
        }
    }

    @Test
    void theSecretaryIsAddedWithoutATermAndASuccessorFollowsAScheduledEnd() {
        LocalDate from = window();
        Map<String, Object> body = appointment("SECRETARY", null, false, from);
        body.remove("appointedUntil");
        String id = admin().body(body).post("/commission/appointments").then().statusCode(201)
                .body("appointedUntil", nullValue()).extract().path("appointmentId");
        admin().post("/commission/appointments/{id}/renewal", id).then().statusCode(409).contentType(PROBLEM)
                .body("title", containsString("art 8"));
        Map<String, Object> successor = appointment("SECRETARY", null, true, from.plusYears(3));
        admin().body(successor).post("/commission/appointments").then().statusCode(409)
                .body("title", containsString("Seat already filled"));

        admin().body(Map.of("reason", "AT_OWN_REQUEST", "endedOn", from.plusYears(3).toString()))
                .post("/commission/appointments/{id}/end", id).then().statusCode(200)
                .body("endedOn", equalTo(from.plusYears(3).toString()));
        admin().body(successor).post("/commission/appointments").then().statusCode(201);
        admin().queryParam("on", from.plusYears(3).minusDays(1).toString()).get("/commission").then()
                .body("seats.find { it.function == 'SECRETARY' }.appointee.appointmentId", equalTo(id));
        // a secretary with a last day is not renewed either, but appointed again from the day after
        String successorId = admin().queryParam("personId", (String) successor.get("personId"))
                .get("/commission/appointments").then().extract().path("[0].appointmentId");
        admin().post("/commission/appointments/{id}/renewal", successorId).then().statusCode(409)
                .body("title", containsString("art 8"));
    }

    @Test
    void eachSeatHasOneHolderAtATimeAndASuccessorStartsTheDayAfterTheTerm() {
        LocalDate from = window();
        appoint(appointment("CHAIR", null, true, from));
        admin().body(appointment("CHAIR", null, true, from.plusYears(1))).post("/commission/appointments").then()
                .statusCode(409).contentType(PROBLEM)
                .body("title", equalTo("Seat already filled (art 7.1, 7.4, 8)"))
                .body("type", equalTo("https://meldpunt.tweedekamer.nl/problems/commissie-zetel-bezet"));
        appoint(appointment("CHAIR", null, false, from.plusYears(4)));

        // art 7.4: one member for each side, so two members, but not two for one side
        appoint(appointment("MEMBER", "POLITICAL", false, from));
        appoint(appointment("MEMBER", "CIVIL_SERVICE", false, from));
        admin().body(appointment("MEMBER", "POLITICAL", true, from.plusMonths(6))).post("/commission/appointments")
                .then().statusCode(409).body("detail", containsString("member for the political side"));
    }

    @Test
    void aRenewalIsRefusedWhenASuccessorHoldsTheSeatFromTheDayAfter() {
        LocalDate from = window();
        String first = appoint(appointment("DEPUTY_CHAIR", null, false, from));
        appoint(appointment("DEPUTY_CHAIR", null, true, from.plusYears(4)));
        admin().post("/commission/appointments/{id}/renewal", first).then().statusCode(409)
                .body("title", equalTo("Seat already filled (art 7.1, 7.4, 8)"));
        admin().get("/commission/appointments/{id}", first).then().statusCode(200)
                .body("appointedUntil", equalTo(from.plusYears(4).minusDays(1).toString()))
                .body("renewals", equalTo(0));
    }

    @Test
    void aPersonHoldsOneFunctionOnTheCommissionAtATime() {
        LocalDate from = window();
        UUID person = UUID.randomUUID();
        appoint(appointment(person, "MEMBER", "CIVIL_SERVICE", false, from));
        admin().body(appointment(person, "DEPUTY_MEMBER", "POLITICAL", false, from.plusYears(1)))
                .post("/commission/appointments").then().statusCode(409).contentType(PROBLEM)
                .body("title", equalTo("Already on the commission"));
        admin().body(appointment(person, "SECRETARY", null, false, from.plusYears(2)))
                .post("/commission/appointments").then().statusCode(409);
        // after the term, the same person may take another function
        appoint(appointment(person, "DEPUTY_MEMBER", "POLITICAL", false, from.plusYears(4)));
    }

    @Test
    void theAppointmentThatCompletesTheCommissionMustLeaveAWomanOnIt() {
        LocalDate from = window();
        appoint(appointment("CHAIR", null, false, from));
        appoint(appointment("DEPUTY_CHAIR", null, false, from));
        appoint(appointment("MEMBER", "CIVIL_SERVICE", false, from));
        appoint(appointment("MEMBER", "POLITICAL", false, from));
        appoint(appointment("DEPUTY_MEMBER", "CIVIL_SERVICE", false, from));
        appoint(appointment("SECRETARY", null, true, from)); // the secretary does not count for art 7.5
        admin().queryParam("on", from.toString()).get("/commission").then().statusCode(200)
                .body("complete", equalTo(false))
                .body("issues.article", hasItem("art 7.4"))
                .body("issues.article", hasItem("art 7.5"))
                .body("issues.size()", equalTo(2));

        admin().body(appointment("DEPUTY_MEMBER", "POLITICAL", false, from)).post("/commission/appointments").then()
                .statusCode(409).contentType(PROBLEM)
                .body("title", equalTo("At least one member is a woman (art 7.5)"))
                .body("detail", containsString("Art 7.5"));
        String woman = appoint(appointment("DEPUTY_MEMBER", "POLITICAL", true, from));
        admin().queryParam("on", from.toString()).get("/commission").then().statusCode(200)
                .body("complete", equalTo(true)).body("issues.size()", equalTo(0));

        // she may leave (nobody is kept in office), but the composition is flagged, and a man cannot complete it
        admin().body(Map.of("reason", "AT_OWN_REQUEST")).post("/commission/appointments/{id}/end", woman).then()
                .statusCode(200).body("status", equalTo("ENDED"));
        admin().queryParam("on", from.toString()).get("/commission").then().statusCode(200)
                .body("complete", equalTo(false))
                .body("issues.article", hasItem("art 7.5"))
                .body("issues.article", hasItem("art 7.4"));
        admin().body(appointment("DEPUTY_MEMBER", "POLITICAL", false, from)).post("/commission/appointments").then()
                .statusCode(409).body("title", equalTo("At least one member is a woman (art 7.5)"));
    }

    @Test
    void theChairAndDeputyChairAreExternalSoStaffOfAnOrganisationOnThePlatformAreRefused() {
        LocalDate from = window();
        String fractie = Onboarding.newTenantId();
        Onboarding.registerDeclaredFractie(fractie);
        UUID staff = UUID.randomUUID();
        Onboarding.addPerson(fractie, "Sam Staf", staff.toString());

        for (String function : List.of("CHAIR", "DEPUTY_CHAIR")) {
            admin().body(appointment(staff, function, null, true, from)).post("/commission/appointments").then()
                    .statusCode(409).contentType(PROBLEM).body("title", equalTo("The chair is external (art 7.1)"))
                    .body("detail", not(containsString(fractie)));
        }
        // staff may sit for their side (art 7.4)
        appoint(appointment(staff, "MEMBER", "POLITICAL", true, from));
    }

    @Test
    void anAppointmentWhoseWholeTermLiesInThePastIsRefused() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        admin().body(appointment("MEMBER", "POLITICAL", true, today.minusYears(4))).post("/commission/appointments")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("appointedFrom"))
                .body("detail", containsString("art 6.2"));
    }

    @Test
    void endingPublishesTheReasonCodeAndAnEndedAppointmentIsNeitherRenewedNorEndedAgain() {
        LocalDate from = window();
        UUID person = UUID.randomUUID();
        Map<String, Object> body = appointment(person, "DEPUTY_MEMBER", "CIVIL_SERVICE", true, from);
        String id = appoint(body);
        admin().body(Map.of("reason", "PLAUSIBLY_INVOLVED")).post("/commission/appointments/{id}/end", id).then()
                .statusCode(200).body("endedOn", equalTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString()))
                .body("endReason", equalTo("PLAUSIBLY_INVOLVED"));
        admin().post("/commission/appointments/{id}/renewal", id).then().statusCode(409).contentType(PROBLEM)
                .body("title", equalTo("Appointment ended"));
        admin().body(Map.of("reason", "OTHER")).post("/commission/appointments/{id}/end", id).then().statusCode(409);
        // the seat it would have held is free again
        appoint(appointment("DEPUTY_MEMBER", "CIVIL_SERVICE", true, from));

        List<TopicReader.Event> events = awaitEvents(person, 2);
        TopicReader.Event ended = events.get(1);
        assertThat(ended.type()).isEqualTo(ONTSLAGEN);
        assertThat(ended.tenantId()).isNull();
        assertThat(ended.json()).contains("\"appointmentId\":\"" + id + "\"", "\"reason\":\"PLAUSIBLY_INVOLVED\"",
                "\"endedOn\":\"" + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")) + "\"", "\"function\":\"PLAATSVERVANGEND_LID\"")
                .doesNotContain((String) body.get("name"), (String) body.get("workEmail"), "woman");
    }

    @Test
    void anAdministratorListsAPersonsAppointmentsWithAddressAndStatus() {
        LocalDate from = window();
        UUID person = UUID.randomUUID();
        appoint(appointment(person, "MEMBER", "POLITICAL", true, from));
        admin().queryParam("personId", person.toString()).get("/commission/appointments").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].workEmail", containsString("@commissie.example.nl"))
                .body("[0].woman", equalTo(true))
                .body("[0].status", equalTo("UPCOMING"));
    }

    @Test
    void twoAppointmentsRacingForOneSeatLeaveOneHolder() throws Exception {
        LocalDate from = window();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> racing = pool.invokeAll(List.of(
                    () -> admin().body(appointment("CHAIR", null, true, from)).post("/commission/appointments")
                            .then().extract().statusCode(),
                    () -> admin().body(appointment("CHAIR", null, true, from.plusMonths(1)))
                            .post("/commission/appointments").then().extract().statusCode()));
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> status : racing) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }
        admin().queryParam("on", from.plusMonths(2).toString()).get("/commission").then()
                .body("seats.find { it.function == 'CHAIR' }.appointee", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void renewingOrEndingAnUnknownAppointmentAnswers404() {
        UUID nobody = UUID.randomUUID();
        admin().post("/commission/appointments/{id}/renewal", nobody).then().statusCode(404).contentType(PROBLEM);
        admin().body(Map.of("reason", "OTHER")).post("/commission/appointments/{id}/end", nobody).then()
                .statusCode(404).contentType(PROBLEM);
        admin().get("/commission/appointments/{id}", nobody).then().statusCode(404).contentType(PROBLEM);
    }

    static List<TopicReader.Event> awaitEvents(UUID person, int count) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicReader.withKey(Topics.KLACHT_EVENTS, person.toString()).size() >= count);
        return TopicReader.withKey(Topics.KLACHT_EVENTS, person.toString());
    }
}
