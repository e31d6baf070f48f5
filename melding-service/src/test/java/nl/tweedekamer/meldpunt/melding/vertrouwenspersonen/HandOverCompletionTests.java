package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.ownVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.appointment;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.awaitEvents;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractieAdmin;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.platformAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.melding.support.Database;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * Art 5.7: an ended VP hands their files over within a month (T7). The hand-over is complete when the ended
 * appointment holds no file any more — handed over to a successor, or moved at once under art 4.3 — and
 * melding-service then publishes overdracht-voltooid once, which closes T7 in termijn-service.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class HandOverCompletionTests {

    private static final String VOLTOOID = "nl.tweedekamer.melding.overdracht-voltooid.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theHandOverIsCompleteOnlyWhenTheLastFileLeavesTheEndedAppointmentAndIsPublishedOnce() {
        String tenant = fractie("POOL");
        UUID leaving = poolVp();
        UUID successor = poolVp();
        String text = planted();
        String open = report(UUID.randomUUID().toString(), tenant, intake(leaving, text));
        String closed = report(UUID.randomUUID().toString(), tenant, intake(leaving, planted()));
        vp(leaving).body(Map.of("outcome", "OPGELOST", "confirmation", "Gesloten."))
                .post("/meldingen/{id}/sluiting", closed).then().statusCode(200);

        // art 4.3 moves the open file at once; the closed one stays: the hand-over is not complete yet
        platformAdmin().body(Map.of("reason", "PLAUSIBLY_INVOLVED")).post("/vertrouwenspersonen/{p}/end", leaving)
                .then().statusCode(200)
                .body("filesHandedOver", equalTo(1))
                .body("handoverCompletedOn", nullValue());
        assertThat(completionsInOutbox(leaving)).as("not complete while a file remains").isZero();

        platformAdmin().body(Map.of("successorId", successor.toString()))
                .post("/vertrouwenspersonen/{p}/overdracht", leaving).then().statusCode(200).body("moved", equalTo(1));
        platformAdmin().get("/vertrouwenspersonen/{p}", leaving).then().statusCode(200)
                .body("filesHandedOver", equalTo(2))
                .body("handoverCompletedOn", equalTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString()));

        // a second hand-over finds nothing left and publishes nothing again
        platformAdmin().body(Map.of("successorId", successor.toString()))
                .post("/vertrouwenspersonen/{p}/overdracht", leaving).then().statusCode(200).body("moved", equalTo(0));
        assertThat(completionsInOutbox(leaving)).isEqualTo(1);

        List<TopicReader.Event> events = awaitEvents(leaving, 3);
        assertThat(events).extracting(TopicReader.Event::type).containsExactly(
                "nl.tweedekamer.melding.vertrouwenspersoon-benoemd.v1",
                "nl.tweedekamer.melding.vertrouwenspersoon-ontslagen.v1", VOLTOOID);
        JsonNode done = read(events.get(2));
        assertThat(done.path("filesHandedOver").asInt()).as("moved under art 4.3 counts as handed over").isEqualTo(2);
        assertThat(done.path("completedOn").asText()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString());
        assertThat(done.path("endedOn").asText()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString());
        assertThat(done.path("tenantId").isNull()).as("a pool VP belongs to no tenant").isTrue();
        assertThat(events.get(2).tenantId()).isNull();
        assertThat(events.get(2).json()).doesNotContain(text, open, closed);
    }

    @Test
    void anAppointmentThatEndsWithoutFilesCompletesItsHandOverAtOnceWithNothingHandedOver() {
        UUID personId = UUID.randomUUID();
        Map<String, Object> body = appointment(personId);
        platformAdmin().body(body).post("/vertrouwenspersonen").then().statusCode(201);
        String appointmentId = platformAdmin().get("/vertrouwenspersonen/{p}", personId).then().statusCode(200)
                .extract().path("appointmentId");

        platformAdmin().body(Map.of("reason", "AT_OWN_REQUEST")).post("/vertrouwenspersonen/{p}/end", personId)
                .then().statusCode(200)
                .body("filesHandedOver", equalTo(0))
                .body("handoverCompletedOn", equalTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString()));

        TopicReader.Event done = awaitEvents(personId, 3).get(2);
        assertThat(done.type()).isEqualTo(VOLTOOID);
        JsonNode payload = read(done);
        assertThat(payload.properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("appointmentId",
                "personId", "kind", "tenantId", "endedOn", "filesHandedOver", "completedOn");
        assertThat(payload.path("appointmentId").asText()).isEqualTo(appointmentId);
        assertThat(payload.path("personId").asText()).isEqualTo(personId.toString());
        assertThat(payload.path("kind").asText()).isEqualTo("POOL");
        assertThat(payload.path("filesHandedOver").asInt()).isZero();
        assertThat(done.json()).as("no name, no address").doesNotContain((String) body.get("name"),
                (String) body.get("email"));
    }

    @Test
    void aFractiesOwnVpsHandOverCompletesWithinTheFractieAndNamesIt() {
        String tenant = fractie("EIGEN");
        UUID leaving = ownVp(tenant);
        UUID successor = ownVp(tenant);
        String file = report(UUID.randomUUID().toString(), tenant, intake(leaving, planted()));

        fractieAdmin(tenant).body(Map.of("reason", "LEFT_EMPLOYMENT"))
                .post("/tenants/{t}/vertrouwenspersonen/{p}/end", tenant, leaving).then().statusCode(200)
                .body("handoverCompletedOn", nullValue());
        assertThat(completionsInOutbox(leaving)).isZero();

        fractieAdmin(tenant).body(Map.of("successorId", successor.toString()))
                .post("/tenants/{t}/vertrouwenspersonen/{p}/overdracht", tenant, leaving).then().statusCode(200)
                .body("moved", equalTo(1));
        vp(successor, tenant).get("/meldingen/{id}", file).then().statusCode(200);

        TopicReader.Event done = awaitEvents(leaving, 3).get(2);
        assertThat(done.type()).isEqualTo(VOLTOOID);
        assertThat(done.tenantId()).isEqualTo(tenant);
        JsonNode payload = read(done);
        assertThat(payload.path("tenantId").asText()).isEqualTo(tenant);
        assertThat(payload.path("kind").asText()).isEqualTo("EIGEN");
        assertThat(payload.path("filesHandedOver").asInt()).isEqualTo(1);
    }

    /** The completions written for this person, read where the step's transaction wrote them: the outbox. */
    private long completionsInOutbox(UUID personId) {
        return Long.parseLong(Database.rows(dataSource,
                "select count(*) as n from outbox_event where event_key = ? and type = ?", personId.toString(), VOLTOOID)
                .get(0).get("n"));
    }

    private static JsonNode read(TopicReader.Event event) {
        try {
            return JSON.readTree(event.json());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
