package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.appointment;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.platformAdmin;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.melding.support.Database;
import nl.tweedekamer.meldpunt.melding.support.Meldingen;
import nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;
import nl.tweedekamer.meldpunt.testing.TopicWriter;

/** Art 4.5: a vertrouwenspersoon cannot also sit on the klachtencommissie, as klacht-service reports its seats. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class CommissielidExclusionTests {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    DataSource dataSource;

    private void awaitProcessed(UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> !Database.rows(dataSource,
                "select * from processed_message where consumer = ? and message_id = ?", "commissie", eventId.toString())
                .isEmpty());
    }

    private static UUID seat(String type, UUID appointmentId, UUID personId, String dateField) {
        String json = "{\"appointmentId\":\"" + appointmentId + "\",\"personId\":\"" + personId + "\","
                + "\"function\":\"LID\",\"side\":\"AMBTELIJK\","
                + ("endedOn".equals(dateField)
                        ? "\"endedOn\":\"" + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")) + "\",\"reason\":\"DISMISSED\""
                        // a member's term is four years, its last day included (art 6.2), as klacht-service sends it
                        : "\"appointedFrom\":\"" + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusYears(1)
                                + "\",\"appointedUntil\":\""
                                + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusYears(3).minusDays(1)
                                + "\",\"reappointment\":false")
                + "}";
        return TopicWriter.send(Topics.KLACHT_EVENTS, personId.toString(), "/meldpunt/klacht-service", type, null,
                appointmentId.toString(), json);
    }

    /** A seat from {@code from} with last day {@code until} (null: none), as klacht-service publishes it. */
    private static UUID seatFor(UUID appointmentId, UUID personId, LocalDate from, LocalDate until) {
        String json = "{\"appointmentId\":\"" + appointmentId + "\",\"personId\":\"" + personId + "\","
                + "\"function\":\"LID\",\"side\":\"AMBTELIJK\",\"appointedFrom\":\"" + from + "\",\"appointedUntil\":"
                + (until == null ? "null" : "\"" + until + "\"") + ",\"reappointment\":false}";
        return TopicWriter.send(Topics.KLACHT_EVENTS, personId.toString(), "/meldpunt/klacht-service",
                "nl.tweedekamer.klacht.commissielid-benoemd.v1", null, appointmentId.toString(), json);
    }

    private static UUID seatEnds(UUID appointmentId, UUID personId, LocalDate endedOn) {
        String json = "{\"appointmentId\":\"" + appointmentId + "\",\"personId\":\"" + personId
                + "\",\"function\":\"LID\",\"side\":\"AMBTELIJK\",\"endedOn\":\"" + endedOn
                + "\",\"reason\":\"AT_OWN_REQUEST\"}";
        return TopicWriter.send(Topics.KLACHT_EVENTS, personId.toString(), "/meldpunt/klacht-service",
                "nl.tweedekamer.klacht.commissielid-ontslagen.v1", null, appointmentId.toString(), json);
    }

    private static Map<String, Object> appointmentFrom(UUID person, LocalDate from) {
        Map<String, Object> body = appointment(person);
        body.put("appointedFrom", from.toString());
        return body;
    }

    @Test
    void aMemberWhoseTermRanOutCanBeAppointedAsVp() {
        UUID member = UUID.randomUUID();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        awaitProcessed(seatFor(UUID.randomUUID(), member, today.minusYears(4).minusDays(10), today.minusDays(11)));
        platformAdmin().body(appointmentFrom(member, today)).post("/vertrouwenspersonen").then().statusCode(201);
    }

    @Test
    void aMemberLeavingOnAFutureDateIsAppointedAsVpOnlyFromThatDay() {
        UUID member = UUID.randomUUID();
        UUID seatId = UUID.randomUUID();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        awaitProcessed(seatFor(seatId, member, today.minusYears(1), today.plusYears(3)));
        awaitProcessed(seatEnds(seatId, member, today.plusMonths(2)));
        platformAdmin().body(appointmentFrom(member, today)).post("/vertrouwenspersonen").then().statusCode(422)
                .contentType(PROBLEM).body("detail", containsString("Art 4.5"));
        platformAdmin().body(appointmentFrom(member, today.plusMonths(2))).post("/vertrouwenspersonen").then()
                .statusCode(201);
    }

    @Test
    void aVpGivenASeatStartingAfterHerTermEndsKeepsServingAsVp() {
        UUID vp = UUID.randomUUID();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        platformAdmin().body(appointment(vp)).post("/vertrouwenspersonen").then().statusCode(201);
        LocalDate vpUntil = LocalDate.parse(platformAdmin().get("/vertrouwenspersonen/{p}", vp).then().statusCode(200)
                .extract().path("appointedUntil"));
        awaitProcessed(seatFor(UUID.randomUUID(), vp, vpUntil.plusDays(1), vpUntil.plusYears(4)));
        platformAdmin().get("/vertrouwenspersonen/{p}", vp).then().statusCode(200)
                .body("endedOn", org.hamcrest.Matchers.nullValue());
        assertThat(today).isBefore(vpUntil);
    }

    @Test
    void aSittingCommissionMemberCannotBeAppointedAsVpUntilTheirSeatEnds() {
        UUID member = UUID.randomUUID();
        UUID seatId = UUID.randomUUID();
        awaitProcessed(seat("nl.tweedekamer.klacht.commissielid-benoemd.v1", seatId, member, "appointedFrom"));
        platformAdmin().body(appointment(member)).post("/vertrouwenspersonen").then().statusCode(422)
                .contentType(PROBLEM).body("detail", containsString("Art 4.5"));

        awaitProcessed(seat("nl.tweedekamer.klacht.commissielid-ontslagen.v1", seatId, member, "endedOn"));
        // the seat ended today: a term from today no longer overlaps it
        platformAdmin().body(appointmentFrom(member, LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))))
                .post("/vertrouwenspersonen").then().statusCode(201);
    }

    @Test
    void aPoolVpWhoTakesACommissionSeatNoLongerServesAsVp() {
        UUID vp = UUID.randomUUID();
        platformAdmin().body(appointment(vp)).post("/vertrouwenspersonen").then().statusCode(201);
        awaitProcessed(seat("nl.tweedekamer.klacht.commissielid-benoemd.v1", UUID.randomUUID(), vp, "appointedFrom"));
        platformAdmin().get("/vertrouwenspersonen/{p}", vp).then().statusCode(200)
                .body("endReason", equalTo("INCOMPATIBLE_FUNCTION"))
                .body("endedOn", equalTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString()));
        assertThat(Meldingen.awaitEvents(vp.toString(), 2).get(1).json()).contains("\"reason\":\"INCOMPATIBLE_FUNCTION\"");
    }

    @Test
    void aFractiesOwnVpWhoTakesACommissionSeatNoLongerServesAsVp() {
        String tenant = Vertrouwenspersonen.fractie("EIGEN");
        UUID vp = Meldingen.ownVp(tenant);
        awaitProcessed(seat("nl.tweedekamer.klacht.commissielid-benoemd.v1", UUID.randomUUID(), vp, "appointedFrom"));
        Vertrouwenspersonen.fractieAdmin(tenant).get("/tenants/{t}/vertrouwenspersonen/{p}", tenant, vp).then()
                .statusCode(200).body("endReason", equalTo("INCOMPATIBLE_FUNCTION"))
                .body("endedOn", equalTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString()));
        TopicReader.Event ended = Meldingen.awaitEvents(vp.toString(), 2).get(1);
        assertThat(ended.type()).isEqualTo("nl.tweedekamer.melding.vertrouwenspersoon-ontslagen.v1");
        assertThat(ended.tenantId()).isEqualTo(tenant);
        assertThat(ended.json()).contains("\"reason\":\"INCOMPATIBLE_FUNCTION\"", "\"kind\":\"EIGEN\"");
        // the fractie's staff no longer find them among the VPs available to them
        Vertrouwenspersonen.employee(tenant).get("/tenants/{t}/vertrouwenspersonen/available", tenant).then().statusCode(200)
                .body("personId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(vp.toString())));
    }
}
