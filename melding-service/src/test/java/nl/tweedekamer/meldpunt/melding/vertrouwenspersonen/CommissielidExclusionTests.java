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
                + ("endedOn".equals(dateField) ? "\"endedOn\":\"" + LocalDate.now() + "\""
                        : "\"function\":\"LID\",\"side\":\"AMBTELIJK\",\"appointedFrom\":\"" + LocalDate.now().minusYears(1)
                                + "\",\"appointedUntil\":null")
                + "}";
        return TopicWriter.send(Topics.KLACHT_EVENTS, personId.toString(), "/meldpunt/klacht-service", type, null,
                appointmentId.toString(), json);
    }

    @Test
    void aSittingCommissionMemberCannotBeAppointedAsVpUntilTheirSeatEnds() {
        UUID member = UUID.randomUUID();
        UUID seatId = UUID.randomUUID();
        awaitProcessed(seat("nl.tweedekamer.klacht.commissielid-benoemd.v1", seatId, member, "appointedFrom"));
        platformAdmin().body(appointment(member)).post("/vertrouwenspersonen").then().statusCode(422)
                .contentType(PROBLEM).body("detail", containsString("Art 4.5"));

        awaitProcessed(seat("nl.tweedekamer.klacht.commissielid-ontslagen.v1", seatId, member, "endedOn"));
        platformAdmin().body(appointment(member)).post("/vertrouwenspersonen").then().statusCode(201);
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
