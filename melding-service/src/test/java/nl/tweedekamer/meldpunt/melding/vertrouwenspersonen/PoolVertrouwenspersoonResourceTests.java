package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import static io.restassured.RestAssured.given;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.appointment;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.awaitEvents;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.platformAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TestTokens;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** The shared pool (art 4): a platform administrator appoints for 4 years, renews once, ends with a reason. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class PoolVertrouwenspersoonResourceTests {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void appointmentPublishesAnEventWithoutNameOrEmail() {
        UUID personId = UUID.randomUUID();
        Map<String, Object> body = appointment(personId);
        String appointmentId = platformAdmin().body(body).post("/vertrouwenspersonen").then().statusCode(201)
                .header("Location", containsString("/vertrouwenspersonen/" + personId))
                .body("kind", equalTo("POOL"))
                .body("tenantId", nullValue())
                .body("name", equalTo(body.get("name")))
                .extract().path("appointmentId");

        List<TopicReader.Event> events = awaitEvents(personId, 1);
        assertThat(events).hasSize(1);
        TopicReader.Event event = events.get(0);
        assertThat(event.type()).isEqualTo("nl.tweedekamer.melding.vertrouwenspersoon-benoemd.v1");
        assertThat(event.tenantId()).as("a pool appointment belongs to no tenant").isNull();
        assertThat(event.json())
                .contains("\"appointmentId\":\"" + appointmentId + "\"", "\"kind\":\"POOL\"", "\"tenantId\":null",
                        "\"reappointment\":false")
                .doesNotContain((String) body.get("name"), (String) body.get("email"), "vertrouwen.example.nl");
    }

    @Test
    void thePlatformAdministratorListsEveryPoolAppointmentServingOrEndedAndNobodyElseDoes() {
        UUID serving = UUID.randomUUID();
        UUID ended = UUID.randomUUID();
        platformAdmin().body(appointment(serving)).post("/vertrouwenspersonen").then().statusCode(201);
        platformAdmin().body(appointment(ended)).post("/vertrouwenspersonen").then().statusCode(201);
        platformAdmin().body(Map.of("reason", "AT_OWN_REQUEST")).post("/vertrouwenspersonen/{p}/end", ended).then()
                .statusCode(200);

        List<Map<String, Object>> all = platformAdmin().get("/vertrouwenspersonen").then().statusCode(200).extract()
                .jsonPath().getList("$");
        assertThat(all).anySatisfy(a -> assertThat(a).containsEntry("personId", serving.toString())
                .containsEntry("endedOn", null).containsEntry("kind", "POOL"));
        assertThat(all).anySatisfy(a -> assertThat(a).containsEntry("personId", ended.toString())
                .containsEntry("endReason", "AT_OWN_REQUEST"));
        given().auth().oauth2(TestTokens.as("vertrouwenspersoon").subject(serving.toString()).sign())
                .get("/vertrouwenspersonen").then().statusCode(403);
        given().auth().oauth2(TestTokens.as("fractie-admin").tenant("fractie-x").sign()).get("/vertrouwenspersonen")
                .then().statusCode(403);
    }

    @Test
    void aTermIsFourYearsAndCanBeRenewedOnlyOnce() {
        UUID personId = UUID.randomUUID();
        Map<String, Object> body = appointment(personId);
        LocalDate from = LocalDate.parse((String) body.get("appointedFrom"));
        platformAdmin().body(body).post("/vertrouwenspersonen").then().statusCode(201)
                .body("appointedUntil", equalTo(from.plusYears(4).toString()))
                .body("renewals", equalTo(0));

        platformAdmin().post("/vertrouwenspersonen/{p}/renewal", personId).then().statusCode(200)
                .body("appointedUntil", equalTo(from.plusYears(8).toString()))
                .body("renewals", equalTo(1));
        platformAdmin().post("/vertrouwenspersonen/{p}/renewal", personId).then().statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("Art 4.2 allows one renewal"));
        platformAdmin().get("/vertrouwenspersonen/{p}", personId).then().statusCode(200)
                .body("appointedUntil", equalTo(from.plusYears(8).toString()));

        List<TopicReader.Event> events = awaitEvents(personId, 2);
        assertThat(events).hasSize(2);
        assertThat(events.get(1).json()).contains("\"reappointment\":true",
                "\"appointedUntil\":\"" + from.plusYears(8) + "\"");
    }

    @Test
    void anAppointmentWhoseTermWouldAlreadyHaveLapsedIsRefused() {
        UUID personId = UUID.randomUUID();
        Map<String, Object> body = appointment(personId);
        body.put("appointedFrom", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusYears(4).minusDays(1).toString());
        platformAdmin().body(body).post("/vertrouwenspersonen").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("appointedFrom"));

        body.put("appointedFrom", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusYears(4).toString());
        platformAdmin().body(body).post("/vertrouwenspersonen").then().statusCode(201)
                .body("appointedUntil", equalTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString()));
    }

    @Test
    void hrStaffCannotBeAppointedAndNothingIsPublished() {
        UUID hr = UUID.randomUUID();
        Map<String, Object> body = appointment(hr);
        body.put("functionCategory", "HR");
        platformAdmin().body(body).post("/vertrouwenspersonen").then().statusCode(422).contentType(PROBLEM)
                .body("title", equalTo("HR staff cannot be appointed"))
                .body("detail", containsString("Art 4.5"));
        platformAdmin().get("/vertrouwenspersonen/{p}", hr).then().statusCode(404);

        // the outbox publishes in order: once a later appointment is on the topic, the refused one would be too
        UUID later = UUID.randomUUID();
        platformAdmin().body(appointment(later)).post("/vertrouwenspersonen").then().statusCode(201);
        awaitEvents(later, 1);
        assertThat(TopicReader.withKey(Topics.MELDING_EVENTS, hr.toString())).isEmpty();
    }

    @Test
    void aPersonHoldsOneOpenAppointmentInThePool() {
        UUID personId = UUID.randomUUID();
        platformAdmin().body(appointment(personId)).post("/vertrouwenspersonen").then().statusCode(201);
        platformAdmin().body(appointment(personId)).post("/vertrouwenspersonen").then().statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void endingAnAppointmentPublishesItsReasonCodeAndItCannotBeRenewedOrEndedAgain() {
        UUID personId = UUID.randomUUID();
        Map<String, Object> body = appointment(personId);
        platformAdmin().body(body).post("/vertrouwenspersonen").then().statusCode(201);

        platformAdmin().body(Map.of("reason", "PLAUSIBLY_INVOLVED"))
                .post("/vertrouwenspersonen/{p}/end", personId).then().statusCode(200)
                .body("endedOn", equalTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString()))
                .body("endReason", equalTo("PLAUSIBLY_INVOLVED"));
        platformAdmin().post("/vertrouwenspersonen/{p}/renewal", personId).then().statusCode(409)
                .contentType(PROBLEM).body("title", equalTo("Appointment ended"));
        platformAdmin().body(Map.of("reason", "OTHER"))
                .post("/vertrouwenspersonen/{p}/end", personId).then().statusCode(409);

        List<TopicReader.Event> events = awaitEvents(personId, 2);
        TopicReader.Event ended = events.get(1);
        assertThat(ended.type()).isEqualTo("nl.tweedekamer.melding.vertrouwenspersoon-ontslagen.v1");
        assertThat(ended.tenantId()).isNull();
        assertThat(ended.json())
                .contains("\"reason\":\"PLAUSIBLY_INVOLVED\"", "\"endedOn\":\"" + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")) + "\"")
                .doesNotContain((String) body.get("name"), (String) body.get("email"));
    }

    @Test
    void renewingOrEndingSomeoneNeverAppointedAnswers404() {
        UUID nobody = UUID.randomUUID();
        platformAdmin().post("/vertrouwenspersonen/{p}/renewal", nobody).then().statusCode(404).contentType(PROBLEM);
        platformAdmin().body(Map.of("reason", "OTHER")).post("/vertrouwenspersonen/{p}/end", nobody).then()
                .statusCode(404).contentType(PROBLEM);
    }
}
