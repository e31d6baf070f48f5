package nl.tweedekamer.meldpunt.klacht.bewaring;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.bewaring.service.VerlatenConceptenJob;
import nl.tweedekamer.meldpunt.klacht.support.EventContract;
import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.TestClock;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * Domain.md §10.8: a draft klaagschrift not changed for 6 months is deleted with its attachments and data key; its
 * author is told 2 weeks before (an event without content, which notificatie-service mails); a change keeps it.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class VerlatenConceptenTests {

    private static final String TOPIC = "klacht.events.v1";
    private static final String WARNING = "nl.tweedekamer.klacht.concept-vervalt.v1";

    @Inject
    VerlatenConceptenJob job;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void systemTime() {
        clock.reset();
    }

    @Test
    void aDraftUnchangedForSixMonthsIsDeletedWithItsAttachmentsAndKeyItsAuthorToldTwoWeeksBefore() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        k.asComplainant().contentType("application/pdf").header("X-Filename", "brief.pdf")
                .body("%PDF-1.4\n% brief\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1))
                .post("/klachten/{id}/bijlagen", id).then().statusCode(201);
        LocalDate deletion = today().plusMonths(6);

        assertThat(runOn(k, deletion.minusWeeks(2).minusDays(1))).isEqualTo(new VerlatenConceptenJob.Result(0, 0));
        assertThat(TopicReader.withKey(TOPIC, id)).noneMatch(e -> e.type().equals(WARNING));
        assertThat(runOn(k, deletion.minusWeeks(2))).isEqualTo(new VerlatenConceptenJob.Result(1, 0));
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(TOPIC, id).stream()
                .anyMatch(e -> e.type().equals(WARNING)));
        List<TopicReader.Event> warnings = TopicReader.withKey(TOPIC, id).stream()
                .filter(e -> e.type().equals(WARNING)).toList();
        assertThat(warnings).hasSize(1);
        JsonNode warning = EventContract.assertContract(warnings.get(0));
        assertThat(warning.path("deletionDueOn").asText()).isEqualTo(deletion.toString());
        assertThat(warning.path("lastChangedOn").asText()).isEqualTo(today().toString());
        assertThat(warnings.get(0).json()).doesNotContain("Klara", "Bert", "PESTEN", "buitengesloten");

        assertThat(runOn(k, deletion.minusDays(1))).as("told once; kept until its day")
                .isEqualTo(new VerlatenConceptenJob.Result(0, 0));
        assertThat(count("klacht", "id", id)).isEqualTo(1);
        assertThat(runOn(k, deletion)).isEqualTo(new VerlatenConceptenJob.Result(0, 1));
        assertThat(count("klacht", "id", id)).isZero();
        assertThat(count("klacht_aangeklaagde", "klacht_id", id)).isZero();
        assertThat(count("klacht_bijlage", "klacht_id", id)).isZero();
        assertThat(count("klacht_data_key", "klacht_id", id)).as("the data key is destroyed").isZero();
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(404);
    }

    @Test
    void aDraftChangedAfterTheWarningIsKeptAndCountsSixMonthsFromTheChange() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        LocalDate deletion = today().plusMonths(6);
        assertThat(runOn(k, deletion.minusWeeks(2)).warned()).isEqualTo(1);

        LocalDate changedOn = deletion.minusDays(3);
        clock.setLocal(changedOn + "T10:00");
        try {
            k.asComplainant().body(k.klaagschrift()).put("/klachten/{id}/klaagschrift", id).then().statusCode(200);
        } finally {
            clock.reset();
        }
        assertThat(runOn(k, deletion)).isEqualTo(new VerlatenConceptenJob.Result(0, 0));
        assertThat(count("klacht", "id", id)).isEqualTo(1);
        // six months from the change, after a warning of its own
        assertThat(runOn(k, changedOn.plusMonths(6).minusWeeks(2))).isEqualTo(new VerlatenConceptenJob.Result(1, 0));
        assertThat(runOn(k, changedOn.plusMonths(6))).isEqualTo(new VerlatenConceptenJob.Result(0, 1));
    }

    @Test
    void aDraftWhoseWarningCameLateIsKeptTwoWeeksAfterIt() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        LocalDate late = today().plusMonths(7);
        assertThat(runOn(k, late)).as("the run was down: first the warning").isEqualTo(
                new VerlatenConceptenJob.Result(1, 0));
        assertThat(runOn(k, late.plusWeeks(2).minusDays(1)).deleted()).isZero();
        assertThat(runOn(k, late.plusWeeks(2)).deleted()).isEqualTo(1);
        assertThat(count("klacht", "id", id)).isZero();
    }

    @Test
    void aFiledKlaagschriftIsNoDraftAndIsNeverDeletedForBeingUnchanged() {
        Klachten k = new Klachten();
        String id = k.file();
        assertThat(runOn(k, today().plusMonths(6).minusWeeks(2))).isEqualTo(new VerlatenConceptenJob.Result(0, 0));
        assertThat(runOn(k, today().plusYears(1))).isEqualTo(new VerlatenConceptenJob.Result(0, 0));
        assertThat(count("klacht", "id", id)).isEqualTo(1);
    }

    private VerlatenConceptenJob.Result runOn(Klachten k, LocalDate day) {
        clock.setLocal(day + "T02:45");
        try {
            return job.runFor(k.complainantTenant);
        } finally {
            clock.reset();
        }
    }

    private long count(String table, String column, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult()).longValue());
    }
}
