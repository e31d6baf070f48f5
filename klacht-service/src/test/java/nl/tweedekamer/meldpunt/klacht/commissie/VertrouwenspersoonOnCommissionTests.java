package nl.tweedekamer.meldpunt.klacht.commissie;

import static nl.tweedekamer.meldpunt.klacht.support.Commission.admin;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.appointment;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicWriter;

/**
 * Art 4.5: a vertrouwenspersoon cannot sit on the commission. klacht-service learns who is one from
 * melding-service's events, fed here in the contract's shape (asyncapi.yaml) onto the real broker.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class VertrouwenspersoonOnCommissionTests {

    private static final String SOURCE = "/meldpunt/melding-service";
    private static final String BENOEMD = "nl.tweedekamer.melding.vertrouwenspersoon-benoemd.v1";
    private static final String ONTSLAGEN = "nl.tweedekamer.melding.vertrouwenspersoon-ontslagen.v1";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aVertrouwenspersoonIsRefusedASeatUntilTheirAppointmentEnded() {
        LocalDate from = window();
        UUID person = UUID.randomUUID();
        UUID vpAppointment = UUID.randomUUID();
        TopicWriter.send(Topics.MELDING_EVENTS, person.toString(), SOURCE, BENOEMD, null, vpAppointment.toString(),
                benoemd(vpAppointment, person, "POOL", null, from, from.plusYears(4), false));

        awaitKnown(vpAppointment);
        Map<String, Object> seat = appointment(person, "MEMBER", "POLITICAL", true, from);
        admin().body(seat).post("/commission/appointments").then().statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("A vertrouwenspersoon cannot sit on the commission (art 4.5)"))
                .body("type", equalTo("https://meldpunt.tweedekamer.nl/problems/commissie-vertrouwenspersoon"))
                .body("detail", containsString("Art 4.5"));

        TopicWriter.send(Topics.MELDING_EVENTS, person.toString(), SOURCE, ONTSLAGEN, null, vpAppointment.toString(),
                ontslagen(vpAppointment, person, "POOL", null, LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")), "AT_OWN_REQUEST"));
        await().atMost(Duration.ofSeconds(30)).until(() -> known(vpAppointment).endedOn != null);
        admin().body(seat).post("/commission/appointments").then().statusCode(201);
        admin().queryParam("personId", person.toString()).get("/commission/appointments").then()
                .body("size()", equalTo(1));
    }

    @Test
    void aFractiesOwnVertrouwenspersoonIsRefusedToo() {
        LocalDate from = window();
        UUID person = UUID.randomUUID();
        UUID vpAppointment = UUID.randomUUID();
        TopicWriter.send(Topics.MELDING_EVENTS, person.toString(), SOURCE, BENOEMD, "fractie-x",
                vpAppointment.toString(), benoemd(vpAppointment, person, "EIGEN", "fractie-x", from.minusYears(1),
                        from.plusYears(3), false));
        awaitKnown(vpAppointment);
        Map<String, Object> seat = appointment(person, "SECRETARY", null, true, from);
        admin().body(seat).post("/commission/appointments").then().statusCode(409);
        // only from the day after the VP's term does the seat not overlap it
        seat.put("appointedFrom", from.plusYears(3).plusDays(1).toString());
        admin().body(seat).post("/commission/appointments").then().statusCode(201);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        LocalDate from = window();
        UUID person = UUID.randomUUID();
        UUID vpAppointment = UUID.randomUUID();
        UUID firstEventId = UUID.randomUUID();
        String key = person.toString();
        TopicWriter.send(Topics.MELDING_EVENTS, key, firstEventId, SOURCE, BENOEMD, null, vpAppointment.toString(),
                benoemd(vpAppointment, person, "POOL", null, from, from.plusYears(4), false));
        // the one renewal moves the VP's last day 4 years on
        TopicWriter.send(Topics.MELDING_EVENTS, key, SOURCE, BENOEMD, null, vpAppointment.toString(),
                benoemd(vpAppointment, person, "POOL", null, from, from.plusYears(8), true));
        // the first event again, with its id: were it applied, the last day would fall back 4 years
        TopicWriter.send(Topics.MELDING_EVENTS, key, firstEventId, SOURCE, BENOEMD, null, vpAppointment.toString(),
                benoemd(vpAppointment, person, "POOL", null, from, from.plusYears(4), false));
        // events of one key are handled in order: once this marker is known, the redelivery was handled too
        UUID marker = UUID.randomUUID();
        UUID markerAppointment = UUID.randomUUID();
        TopicWriter.send(Topics.MELDING_EVENTS, key, SOURCE, BENOEMD, null, markerAppointment.toString(),
                benoemd(markerAppointment, marker, "POOL", null, from, from.plusYears(4), false));
        awaitKnown(markerAppointment);
        assertThat(known(vpAppointment).appointedUntil).isEqualTo(from.plusYears(8));

        Map<String, Object> seat = appointment(person, "MEMBER", "CIVIL_SERVICE", true, from.plusYears(5));
        admin().body(seat).post("/commission/appointments").then().statusCode(409)
                .body("detail", containsString("until " + from.plusYears(8)));
    }

    @Test
    void otherEventsOnTheTopicAndUnreadableOnesAreSkippedWithoutStoppingTheConsumer() {
        LocalDate from = window();
        UUID person = UUID.randomUUID();
        String key = person.toString();
        TopicWriter.send(Topics.MELDING_EVENTS, key, SOURCE, "nl.tweedekamer.melding.melding-ontvangen.v1", "fractie-x",
                "M-2026-ABCD2345", "{\"meldingId\":\"" + UUID.randomUUID() + "\",\"meldingReference\":\"M-2026-ABCD2345\","
                        + "\"tenantId\":\"fractie-x\",\"vertrouwenspersoonId\":\"" + UUID.randomUUID() + "\","
                        + "\"vertrouwenspersoonKind\":\"POOL\",\"receivedOn\":\"" + from + "\"}");
        // what a faulty producer might send: the consumer must pass it over, not stop
        TopicWriter.sendOffContract(Topics.MELDING_EVENTS, key, SOURCE, BENOEMD, null, UUID.randomUUID().toString(),
                "{\"appointmentId\":\"not-a-uuid\"}");
        TopicWriter.sendOffContract(Topics.MELDING_EVENTS, key, SOURCE, BENOEMD, null, UUID.randomUUID().toString(),
                "{\"appointmentId\":\"" + UUID.randomUUID() + "\",\"kind\":\"POOL\"}");
        UUID vpAppointment = UUID.randomUUID();
        TopicWriter.send(Topics.MELDING_EVENTS, key, SOURCE, BENOEMD, null, vpAppointment.toString(),
                benoemd(vpAppointment, person, "POOL", null, from, from.plusYears(4), false));
        awaitKnown(vpAppointment);
        admin().body(appointment(person, "DEPUTY_CHAIR", null, true, from)).post("/commission/appointments").then()
                .statusCode(409);
    }

    private static KnownVertrouwenspersoon known(UUID appointmentId) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            return QuarkusTransaction.requiringNew().call(() -> KnownVertrouwenspersoon.findById(appointmentId));
        } finally {
            requestContext.terminate();
        }
    }

    private static void awaitKnown(UUID appointmentId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> known(appointmentId) != null);
    }

    private static String benoemd(UUID appointmentId, UUID personId, String kind, String tenantId, LocalDate from,
            LocalDate until, boolean reappointment) {
        return "{\"appointmentId\":\"" + appointmentId + "\",\"personId\":\"" + personId + "\",\"kind\":\"" + kind
                + "\",\"tenantId\":" + (tenantId == null ? "null" : "\"" + tenantId + "\"") + ",\"appointedFrom\":\""
                + from + "\",\"appointedUntil\":\"" + until + "\",\"reappointment\":" + reappointment + "}";
    }

    private static String ontslagen(UUID appointmentId, UUID personId, String kind, String tenantId, LocalDate endedOn,
            String reason) {
        return "{\"appointmentId\":\"" + appointmentId + "\",\"personId\":\"" + personId + "\",\"kind\":\"" + kind
                + "\",\"tenantId\":" + (tenantId == null ? "null" : "\"" + tenantId + "\"") + ",\"endedOn\":\""
                + endedOn + "\",\"reason\":\"" + reason + "\"}";
    }
}
