package nl.tweedekamer.meldpunt.melding.afsluiting;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.awaitEvents;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.melder;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.melding.crypto.EnvelopeEncryption;
import nl.tweedekamer.meldpunt.melding.support.Database;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.tenantreplica.testing.TenantReplicaProbe;
import nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;
import nl.tweedekamer.meldpunt.testing.TopicWriter;

/**
 * Closure starts T6 at termijn-service; when termijn-service reports it lapsed, the file is destroyed (art 5.6):
 * content, messages and data key, for good; the audit trail keeps only that it happened.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class DossierDestructionTests {

    private static final String LAPSED = "nl.tweedekamer.termijn.termijn-verstreken.v1";

    @Inject
    DataSource dataSource;

    @Inject
    EnvelopeEncryption crypto;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private record Closed(String tenant, UUID vp, String subject, String id, String reference, String text) {
    }

    private static Closed closedFile() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String subject = UUID.randomUUID().toString();
        String text = planted();
        String id = report(subject, tenant, intake(vp, text));
        vp(vp).body(Map.of("text", "Hoe gaat het nu?")).post("/meldingen/{id}/berichten", id).then().statusCode(201);
        String reference = vp(vp).body(Map.of("outcome", "OPGELOST", "confirmation", "Je dossier wordt gesloten."))
                .post("/meldingen/{id}/sluiting", id).then().statusCode(200).extract().path("reference");
        return new Closed(tenant, vp, subject, id, reference, text);
    }

    private static String lapse(Closed c, String term) {
        return "{\"termId\":\"" + UUID.randomUUID() + "\",\"term\":\"" + term + "\",\"tenantId\":\"" + c.tenant
                + "\",\"caseId\":\"" + c.id + "\",\"caseReference\":\"" + c.reference
                + "\",\"appointmentId\":null,\"employerTenantId\":null,\"dueOn\":\"" + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1) + "\",\"lapsedOn\":\""
                + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")) + "\"}";
    }

    private static UUID sendLapse(Closed c, UUID eventId, String json) {
        return TopicWriter.send(Topics.TERMIJN_EVENTS, c.id, eventId, "/meldpunt/termijn-service", LAPSED, c.tenant,
                c.reference, json);
    }

    private boolean processed(UUID eventId) {
        return !Database.rows(dataSource, "select * from processed_message where consumer = ? and message_id = ?",
                "t6-destruction", eventId.toString()).isEmpty();
    }

    @Test
    void closureThenT6LapseDestroysTheFileAndItsKeyForGoodWhileTheAuditTrailKeepsThatItHappened() {
        Closed c = closedFile();
        UUID meldingId = UUID.fromString(c.id);
        assertThat(awaitEvents(c.id, 3).get(2).type()).isEqualTo("nl.tweedekamer.melding.dossier-gesloten.v1");
        String ciphertext = Database.rows(dataSource, "select description_ct from melding where id = ?", meldingId)
                .get(0).get("description_ct");
        assertThat(QuarkusTransaction.requiringNew().call(() -> crypto.open(meldingId, "description", ciphertext)))
                .isEqualTo(c.text);

        sendLapse(c, UUID.randomUUID(), lapse(c, "T6"));

        List<TopicReader.Event> events = awaitEvents(c.id, 4);
        TopicReader.Event destroyed = events.get(3);
        assertThat(destroyed.type()).isEqualTo("nl.tweedekamer.melding.dossier-vernietigd.v1");
        assertThat(destroyed.json()).contains("\"meldingReference\":\"" + c.reference + "\"",
                "\"destroyedOn\":\"").doesNotContain(c.text);

        for (String table : List.of("melding where id", "melding_bericht where melding_id",
                "melding_data_key where melding_id", "melding_toestemming where melding_id",
                "melding_interventie where melding_id", "melding_bijlage where melding_id",
                "anonieme_mailbox where melding_id")) {
            assertThat(Database.rows(dataSource, "select * from " + table + " = ?", meldingId)).as(table).isEmpty();
        }
        // a surviving copy of the ciphertext (a backup) can no longer be read: its key is gone
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                .call(() -> crypto.open(meldingId, "description", ciphertext)))
                .hasMessageContaining("could not be decrypted");
        vp(c.vp).get("/meldingen/{id}", c.id).then().statusCode(404);
        melder(c.subject, c.tenant).get("/meldingen/{id}", c.id).then().statusCode(404);

        List<Map<String, String>> trail = Database.rows(dataSource,
                "select * from melding_audit where melding_id = ? order by occurred_at", meldingId);
        assertThat(trail.get(trail.size() - 1)).containsEntry("action", "DESTROYED").containsEntry("actor", "SYSTEEM");
        assertThat(trail).extracting(r -> r.get("action")).contains("RECEIVED", "MESSAGE_POSTED", "CLOSED");
        assertThat(trail.toString()).doesNotContain(c.text, c.subject);
    }

    /** termijn-service's T6 due date as asyncapi.yaml's VervaldatumBerekend describes it. */
    private static void sendT6DueDate(Closed c, LocalDate dueOn, String reason) {
        String json = "{\"termId\":\"" + UUID.randomUUID() + "\",\"term\":\"T6\",\"tenantId\":\"" + c.tenant
                + "\",\"caseId\":\"" + c.id + "\",\"caseReference\":\"" + c.reference
                + "\",\"appointmentId\":null,\"employerTenantId\":null,\"dueOn\":\"" + dueOn
                + "\",\"previousDueOn\":null,\"reason\":\"" + reason + "\",\"extensionDaysTotal\":0,"
                + "\"decreeKnown\":true,\"explanation\":\"closure + 2 years\"}";
        TopicWriter.send(Topics.TERMIJN_EVENTS, c.id, UUID.randomUUID(), "/meldpunt/termijn-service",
                "nl.tweedekamer.termijn.vervaldatum-berekend.v1", c.tenant, c.reference, json);
    }

    @Test
    void theVpAndTheMelderSeeTheDayAClosedFileWillBeDestroyedAsTermijnServiceComputedIt() {
        Closed c = closedFile();
        vp(c.vp).get("/meldingen/{id}", c.id).then().statusCode(200).body("destructionDueOn", nullValue());
        LocalDate due = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusYears(2);
        sendT6DueDate(c, due, "GEOPEND");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> vp(c.vp).get("/meldingen/{id}", c.id).then()
                .statusCode(200).body("destructionDueOn", equalTo(due.toString())));
        melder(c.subject, c.tenant).get("/meldingen/{id}", c.id).then().statusCode(200)
                .body("destructionDueOn", equalTo(due.toString()));
        // a complaint that followed ends later: T6 runs from its end, and the file shows the new day
        LocalDate later = due.plusMonths(5);
        sendT6DueDate(c, later, "KLACHT_BEEINDIGD");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> vp(c.vp).get("/meldingen/{id}", c.id).then()
                .statusCode(200).body("destructionDueOn", equalTo(later.toString())));
    }

    @Test
    void aRedeliveredOrRepeatedLapseChangesNothing() {
        Closed c = closedFile();
        UUID eventId = UUID.randomUUID();
        String json = lapse(c, "T6");
        sendLapse(c, eventId, json);
        awaitEvents(c.id, 4);
        sendLapse(c, eventId, json);
        UUID again = sendLapse(c, UUID.randomUUID(), lapse(c, "T6"));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(again));

        assertThat(TopicReader.withKey(Topics.MELDING_EVENTS, c.id)).extracting(TopicReader.Event::type)
                .filteredOn(t -> t.endsWith("dossier-vernietigd.v1")).hasSize(1);
        assertThat(Database.rows(dataSource, "select * from melding_audit where melding_id = ? and action = ?",
                UUID.fromString(c.id), "DESTROYED")).hasSize(1);
    }

    @Test
    void anotherTermsLapseOrALapseForAnOpenFileDestroysNothing() {
        Closed c = closedFile();
        UUID other = sendLapse(c, UUID.randomUUID(), lapse(c, "T4"));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(other));
        vp(c.vp).get("/meldingen/{id}", c.id).then().statusCode(200);

        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String open = report(UUID.randomUUID().toString(), tenant, intake(vp, planted()));
        Closed openFile = new Closed(tenant, vp, null, open, "M-2026-OPEN", null);
        UUID early = sendLapse(openFile, UUID.randomUUID(), lapse(openFile, "T6"));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(early));
        vp(vp).get("/meldingen/{id}", open).then().statusCode(200);
    }

    @Test
    void theLastMeldingOfAnOffboardedOrganisationTakesTheOrganisationsKeyWithIt() {
        Closed c = closedFile();
        String snapshotEvent;
        try (TenantSnapshotFixtures tenants = TenantSnapshotFixtures.connect()) {
            snapshotEvent = tenants.publish(TenantSnapshotFixtures.tenant(c.tenant).revision(2).offboarded().build());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !Database.rows(dataSource,
                "select * from processed_message where consumer = ? and message_id = ?", "tenant-key-retirement",
                snapshotEvent).isEmpty());
        TenantReplicaProbe.awaitRevision(c.tenant, 2);
        assertThat(Database.rows(dataSource, "select * from tenant_key where tenant_id = ?", c.tenant))
                .as("a melding of the organisation remains").hasSize(1);

        sendLapse(c, UUID.randomUUID(), lapse(c, "T6"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Database.rows(dataSource,
                "select * from tenant_key where tenant_id = ?", c.tenant).isEmpty());
    }
}
