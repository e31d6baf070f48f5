package nl.tweedekamer.meldpunt.klacht.bewaring;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.bewaring.service.BewaartermijnJob;
import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.LogLines;
import nl.tweedekamer.meldpunt.klacht.support.Onboarding;
import nl.tweedekamer.meldpunt.klacht.support.TestClock;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * Domain.md §7 (Decision): a complaint file is kept for its declaration's retention period after the case's end
 * date, announced to the commission beforehand, then deleted with every row of it; a legal hold by the chair stops
 * the deletion. Domain.md §1: offboarding completes after the tenant's last case is deleted.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class BewaartermijnTests {

    private static final String TOPIC = "klacht.events.v1";
    private static final String WARNING = "nl.tweedekamer.klacht.bewaartermijn-verloopt.v1";
    private static final String DELETED = "nl.tweedekamer.klacht.klacht-vernietigd.v1";
    private static final String PROBLEM = "application/problem+json";

    /** Every table of klacht-service with rows of a case. */
    private static final List<String> CASE_TABLES = List.of("klacht_aangeklaagde", "klacht_werkgever", "klacht_zetel",
            "klacht_stem", "klacht_hoorzitting", "klacht_stuk", "klacht_termijn", "klacht_inzage",
            "tijdelijke_voorziening", "klacht_bewaring", "klacht_vernietiging_aankondiging", "klacht_datalek");

    @Inject
    BewaartermijnJob job;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void systemTime() {
        clock.reset();
    }

    // --- the rule: end date + the declaration's years, deleted on that day and not before

    @Test
    void aCaseIsDeletedExactlyOnItsRetentionEndOfFiveYearsByDefaultAndNotADayBefore() {
        Klachten k = new Klachten();
        String id = endedCase(k);
        LocalDate retentionEnd = today().plusYears(5);

        runOn(k, retentionEnd.minusDays(30)); // announced
        runOn(k, retentionEnd.minusDays(1));
        assertThat(exists(id)).as("kept the day before its retention end").isTrue();

        BewaartermijnJob.Result result = runOn(k, retentionEnd);
        assertThat(result.deleted()).isEqualTo(1);
        assertThat(exists(id)).isFalse();
        assertThat(deletionRecord(id)).containsEntry("retention_years", 5).containsEntry("retention_end",
                retentionEnd.toString());
    }

    @Test
    void aDeclarationWithAnotherRetentionPeriodDecidesWhenItsCasesAreDeleted() {
        Klachten k = new Klachten();
        // a declaration that supersedes another takes effect today at the earliest
        Map<String, Object> declaration = Onboarding.declaration(today().toString());
        declaration.put("complaintRetentionYears", 2);
        String declarationId = Onboarding.fractieAdmin(k.complainantTenant).body(declaration)
                .post("/tenants/{t}/declarations", k.complainantTenant).then().statusCode(201).extract().path("id");
        String id = endedCase(k);
        LocalDate retentionEnd = today().plusYears(2);

        runOn(k, retentionEnd.minusDays(30));
        runOn(k, retentionEnd.minusDays(1));
        assertThat(exists(id)).isTrue();
        runOn(k, retentionEnd);
        assertThat(exists(id)).isFalse();
        assertThat(deletionRecord(id)).containsEntry("retention_years", 2)
                .containsEntry("declaration_id", declarationId);
    }

    @Test
    void aCaseThatNeverEndedIsKeptHoweverLongItRuns() {
        Klachten k = new Klachten();
        String id = k.file();
        BewaartermijnJob.Result result = runOn(k, today().plusYears(40));
        assertThat(result.announced()).isZero();
        assertThat(result.deleted()).isZero();
        assertThat(exists(id)).isTrue();
    }

    // --- the announcement

    @Test
    void theDeletionIsAnnouncedOnceThirtyDaysBeforeAndTheFileIsDeletedOnTheAnnouncedDay() {
        Klachten k = new Klachten();
        String id = endedCase(k);
        String reference = reference(k, id);
        LocalDate retentionEnd = today().plusYears(5);

        assertThat(runOn(k, retentionEnd.minusDays(31)).announced()).isZero();
        assertThat(runOn(k, retentionEnd.minusDays(30)).announced()).isEqualTo(1);
        assertThat(runOn(k, retentionEnd.minusDays(30)).announced()).as("a re-run on the same day").isZero();
        assertThat(runOn(k, retentionEnd.minusDays(10)).announced()).as("a later run").isZero();
        runOn(k, retentionEnd);

        await().atMost(Duration.ofSeconds(20)).until(() -> types(id).contains(DELETED));
        List<TopicReader.Event> warnings = TopicReader.withKey(TOPIC, id).stream()
                .filter(e -> e.type().equals(WARNING)).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).json()).contains("\"caseReference\":\"" + reference + "\"",
                "\"deletionDueOn\":\"" + retentionEnd + "\"", "\"tenantId\":\"" + k.complainantTenant + "\"");
    }

    // --- the legal hold

    @Test
    void aLegalHoldStopsTheDeletionAndLiftingItLetsTheNextRunDelete() {
        Klachten k = new Klachten();
        String id = endedCase(k);
        LocalDate retentionEnd = today().plusYears(5);
        runOn(k, retentionEnd.minusDays(30)); // announced to chair and secretary, who decide to keep it

        k.asChair().body(Map.of("reason", "Procedure bij de rechter loopt nog")).put("/klachten/{id}/bewaring", id)
                .then().statusCode(200).body("hold.placedOn", equalTo(today().toString()))
                .body("deletionDueOn", equalTo(retentionEnd.toString()));
        BewaartermijnJob.Result held = runOn(k, retentionEnd.plusDays(1));
        assertThat(held.deleted()).isZero();
        assertThat(held.held()).isEqualTo(1);
        assertThat(exists(id)).isTrue();

        k.asChair().delete("/klachten/{id}/bewaring", id).then().statusCode(204);
        assertThat(runOn(k, retentionEnd.plusDays(1)).deleted()).isEqualTo(1);
        assertThat(exists(id)).isFalse();
    }

    @Test
    void aHoldLiftedBeforeAnythingWasAnnouncedIsAnnouncedAndDeletedThirtyDaysLater() {
        Klachten k = new Klachten();
        String id = endedCase(k);
        k.asChair().body(Map.of("reason", "Bewaren")).put("/klachten/{id}/bewaring", id).then().statusCode(200);
        LocalDate late = today().plusYears(6);
        assertThat(runOn(k, late).announced()).isZero();
        k.asChair().delete("/klachten/{id}/bewaring", id).then().statusCode(204);

        BewaartermijnJob.Result result = runOn(k, late);
        assertThat(result.announced()).isEqualTo(1);
        assertThat(result.deleted()).isZero();
        runOn(k, late.plusDays(29));
        assertThat(exists(id)).isTrue();
        runOn(k, late.plusDays(30));
        assertThat(exists(id)).isFalse();
    }

    @Test
    void onlyTheChairMayPlaceOrLiftAHoldAndOnlyTheCommissionSeesIt() {
        Klachten k = new Klachten();
        String id = k.file(); // a case that has not ended may be held too
        Map<String, String> reason = Map.of("reason", "Lopende procedure");

        k.asSecretary().body(reason).put("/klachten/{id}/bewaring", id).then().statusCode(403).contentType(PROBLEM)
                .body("detail", equalTo("Only the chair of the commission places or lifts a legal hold on a "
                        + "complaint file (domain.md §7)."));
        k.asMember(k.memberAmbtelijk).body(reason).put("/klachten/{id}/bewaring", id).then().statusCode(403)
                .contentType(PROBLEM);
        k.asComplainant().body(reason).put("/klachten/{id}/bewaring", id).then().statusCode(403).contentType(PROBLEM);
        Klachten.as(UUID.randomUUID(), k.complainantTenant, Roles.EMPLOYEE).body(reason)
                .put("/klachten/{id}/bewaring", id).then().statusCode(404).contentType(PROBLEM);
        k.asChair().body(reason).put("/klachten/{id}/bewaring", UUID.randomUUID()).then().statusCode(404)
                .contentType(PROBLEM);
        k.asChair().body(Map.of("reason", " ")).put("/klachten/{id}/bewaring", id).then().statusCode(400)
                .contentType(PROBLEM);

        k.asChair().body(reason).put("/klachten/{id}/bewaring", id).then().statusCode(200);
        k.asSecretary().get("/klachten/{id}", id).then().statusCode(200)
                .body("retention.hold.reason", equalTo("Lopende procedure"))
                .body("retention.retentionEnd", nullValue());
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(200).body("retention", nullValue());
        String reference = reference(k, id);
        k.asSecretary().get("/klachten/bewaring").then().statusCode(200)
                .body("findAll { it.reference == '" + reference + "' }.onHold", hasItem(true));

        k.asSecretary().delete("/klachten/{id}/bewaring", id).then().statusCode(403).contentType(PROBLEM);
        k.asChair().delete("/klachten/{id}/bewaring", id).then().statusCode(204);
        k.asSecretary().get("/klachten/{id}", id).then().statusCode(200).body("retention.hold", nullValue());
        Klachten.as(UUID.randomUUID(), k.complainantTenant, Roles.EMPLOYEE).get("/klachten/bewaring").then()
                .statusCode(403).contentType(PROBLEM);
    }

    @Test
    void theCommissionSeesWhenEachEndedFileWillBeDeleted() {
        Klachten k = new Klachten();
        String id = endedCase(k);
        String reference = reference(k, id);
        String base = "find { it.reference == '" + reference + "' }.";
        k.asMember(k.memberAmbtelijk).get("/klachten/bewaring").then().statusCode(200)
                .body(base + "endDate", equalTo(today().toString()))
                .body(base + "retentionYears", equalTo(5))
                .body(base + "retentionEnd", equalTo(today().plusYears(5).toString()))
                .body(base + "onHold", equalTo(false));
    }

    // --- what the deletion removes and what it leaves

    @Test
    void theDeletionRemovesEveryRowOfTheCaseInEveryTable() {
        Klachten k = new Klachten();
        String id = k.adviceIssued();
        k.asComplainant().body(Map.of("concerns", "KLAGER", "reason", "WELZIJN_KLAGER", "request", "Ander werkplek"))
                .post("/klachten/{id}/tijdelijke-voorzieningen", id).then().statusCode(201);
        k.asComplainant().post("/klachten/{id}/intrekking", id).then().statusCode(200);
        k.asChair().body(Map.of("reason", "tijdelijk")).put("/klachten/{id}/bewaring", id).then().statusCode(200);
        k.asChair().delete("/klachten/{id}/bewaring", id).then().statusCode(204);
        for (String table : List.of("klacht_aangeklaagde", "klacht_werkgever", "klacht_zetel", "klacht_stem",
                "klacht_hoorzitting", "klacht_stuk", "klacht_inzage", "tijdelijke_voorziening")) {
            assertThat(count(table, id)).as(table + " before").isPositive();
        }

        runOn(k, today().plusYears(5).minusDays(30));
        assertThat(count("klacht_vernietiging_aankondiging", id)).isEqualTo(1);
        runOn(k, today().plusYears(5));

        assertThat(exists(id)).isFalse();
        for (String table : CASE_TABLES) {
            assertThat(count(table, id)).as(table + " after").isZero();
        }
        assertThat(count("klacht_vernietiging", id)).isEqualTo(1);
    }

    @Test
    void theDeletionTakesTheAttachmentsWithTheComplaintsDataKeyAndOffboardingTheTenantKey() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        byte[] letter = ("%PDF-1.4\n% brief aan de leidinggevende\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        k.asComplainant().contentType("application/pdf").header("X-Filename", "brief.pdf").body(letter)
                .post("/klachten/{id}/bijlagen", id).then().statusCode(201);
        k.asComplainant().body(Klachten.signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);
        k.asComplainant().post("/klachten/{id}/intrekking", id).then().statusCode(200);
        assertThat(count("klacht_bijlage", id)).isEqualTo(1);
        assertThat(count("klacht_data_key", id)).isEqualTo(1);

        runOn(k, today().plusYears(5).minusDays(30));
        runOn(k, today().plusYears(5));

        assertThat(exists(id)).isFalse();
        assertThat(count("klacht_bijlage", id)).isZero();
        assertThat(count("klacht_data_key", id)).isZero();

        // the organisation's last case is gone: offboarding it destroys its tenant key too
        assertThat(tenantKeys(k.complainantTenant)).isEqualTo(1);
        Onboarding.platformAdmin().post("/tenants/{t}/offboarding", k.complainantTenant).then().statusCode(200)
                .body("status", equalTo("OFFBOARDED"));
        assertThat(tenantKeys(k.complainantTenant)).isZero();
    }

    private long tenantKeys(String tenantId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT COUNT(*) FROM tenant_key WHERE tenant_id = ?1")
                .setParameter(1, tenantId).getSingleResult()).longValue());
    }

    @Test
    void theDeletionRecordEventsAndLogLinesCarryNoNameOrText() {
        String name = "Plantinga-Retentie";
        String text = "GEPLANTE-BEWAARTEKST-4411";
        try (LogLines capture = LogLines.capture()) {
            Klachten k = new Klachten();
            Map<String, Object> content = k.klaagschrift();
            content.put("behaviour", text);
            content.put("complainant", Map.of("name", name, "address", "Plantweg 1", "function", "Medewerker",
                    "email", "plant@example.nl"));
            String id = k.draft(content);
            k.asComplainant().body(Map.of("name", name, "signedOn", today().toString()))
                    .post("/klachten/{id}/indiening", id).then().statusCode(200);
            k.asChair().body(Map.of("reason", text + " " + name)).put("/klachten/{id}/bewaring", id).then()
                    .statusCode(200);
            k.asChair().delete("/klachten/{id}/bewaring", id).then().statusCode(204);
            k.asComplainant().body(Map.of("text", text)).post("/klachten/{id}/intrekking", id).then().statusCode(200);
            String reference = reference(k, id);
            runOn(k, today().plusYears(5).minusDays(30));
            runOn(k, today().plusYears(5));

            await().atMost(Duration.ofSeconds(20)).until(() -> types(id).contains(DELETED));
            for (TopicReader.Event event : TopicReader.withKey(TOPIC, id)) {
                assertThat(event.json()).doesNotContain(name, text, "Plant", "PESTEN");
            }
            Map<String, Object> record = deletionRecord(id);
            assertThat(record.values()).extracting(String::valueOf).noneMatch(v -> v.contains(name)
                    || v.contains(text) || v.contains("PESTEN"));
            assertThat(record).containsEntry("reference", reference);
            assertThat(capture.lines()).anyMatch(l -> l.contains(reference) && l.contains("deleted under its retention"));
            assertThat(capture.lines()).noneMatch(l -> l.contains(name) || l.contains(text) || l.contains("Plantweg"));
        }
    }

    @Test
    void reRunningTheJobAfterADeletionChangesNothing() {
        Klachten k = new Klachten();
        String id = endedCase(k);
        runOn(k, today().plusYears(5).minusDays(30));
        assertThat(runOn(k, today().plusYears(5)).deleted()).isEqualTo(1);

        BewaartermijnJob.Result again = runOn(k, today().plusYears(5));
        assertThat(again).isEqualTo(new BewaartermijnJob.Result(0, 0, 0));
        assertThat(runOn(k, today().plusYears(5).plusDays(1))).isEqualTo(new BewaartermijnJob.Result(0, 0, 0));
        assertThat(count("klacht_vernietiging", id)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> types(id).contains(DELETED));
        assertThat(types(id).stream().filter(DELETED::equals)).hasSize(1);
        assertThat(types(id).stream().filter(WARNING::equals)).hasSize(1);
    }

    // --- domain.md §1: offboarding

    @Test
    void anOffboardingOrganisationIsOffboardedWhenItsLastCaseIsDeleted() {
        Klachten k = new Klachten();
        String first = endedCase(k);
        Onboarding.platformAdmin().post("/tenants/{t}/offboarding", k.complainantTenant).then().statusCode(200)
                .body("status", equalTo("OFFBOARDING"));
        runOn(k, today().plusYears(5).minusDays(30));
        runOn(k, today().plusYears(5));
        assertThat(exists(first)).isFalse();
        Onboarding.platformAdmin().get("/tenants/{t}", k.complainantTenant).then().statusCode(200)
                .body("status", equalTo("OFFBOARDED"));
    }

    @Test
    void anOffboardingOrganisationWaitsWhileACaseRemains() {
        Klachten k = new Klachten();
        String ended = endedCase(k);
        String running = k.file(); // filed before offboarding; never ends here
        Onboarding.platformAdmin().post("/tenants/{t}/offboarding", k.complainantTenant).then().statusCode(200);
        runOn(k, today().plusYears(5).minusDays(30));
        runOn(k, today().plusYears(5));
        assertThat(exists(ended)).isFalse();
        assertThat(exists(running)).isTrue();
        Onboarding.platformAdmin().get("/tenants/{t}", k.complainantTenant).then().statusCode(200)
                .body("status", equalTo("OFFBOARDING"));
    }

    // --- support

    /** A filed complaint withdrawn today: its end date is today (domain.md §7). */
    private static String endedCase(Klachten k) {
        String id = k.file();
        k.asComplainant().post("/klachten/{id}/intrekking", id).then().statusCode(200)
                .body("endDate", equalTo(today().toString()));
        return id;
    }

    private BewaartermijnJob.Result runOn(Klachten k, LocalDate day) {
        clock.setLocal(day + "T02:30");
        try {
            return job.runFor(k.complainantTenant);
        } finally {
            clock.reset();
        }
    }

    private static String reference(Klachten k, String id) {
        return k.asSecretary().get("/klachten/{id}", id).then().statusCode(200).extract().path("reference");
    }

    private static List<String> types(String id) {
        return TopicReader.withKey(TOPIC, id).stream().map(TopicReader.Event::type).toList();
    }

    private boolean exists(String id) {
        return count("klacht", "id", id) > 0;
    }

    private long count(String table, String id) {
        return count(table, "klacht_id", id);
    }

    private long count(String table, String column, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> deletionRecord(String id) {
        List<String> columns = List.of("reference", "tenant_id", "klacht_id", "end_date", "retention_years",
                "declaration_id", "retention_end", "deleted_on");
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em
                .createNativeQuery("SELECT " + String.join(", ", columns) + " FROM klacht_vernietiging WHERE klacht_id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
        Map<String, Object> record = new java.util.LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Object v = row[i];
            if (v instanceof byte[] bytes && bytes.length == 16) { // a UUID, as H2 hands it to a native query
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                v = new UUID(buffer.getLong(), buffer.getLong());
            }
            record.put(columns.get(i), v instanceof Number n ? (Object) n.intValue()
                    : v == null ? null : String.valueOf(v));
        }
        return record;
    }

}
