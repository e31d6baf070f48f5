package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.bewaring.service.BewaartermijnJob;
import nl.tweedekamer.meldpunt.klacht.crypto.KlachtKeys;
import nl.tweedekamer.meldpunt.klacht.persistence.NativeRows;
import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.LogLines;
import nl.tweedekamer.meldpunt.klacht.support.Onboarding;
import nl.tweedekamer.meldpunt.klacht.support.TestClock;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * The drafts of a correction, a written view (art 12.1, 12.5) and a decision (art 13): kept for their author alone,
 * only while they may take the step, sealed like every text of the complaint file (domain.md §10.11), gone when the
 * text is submitted or the case is deleted.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class ConceptenTests {

    private static final String CORRECTIE = "/klachten/{id}/concepten/CORRECTIE";
    private static final String ZIENSWIJZE = "/klachten/{id}/concepten/ZIENSWIJZE";
    private static final String BESLUIT = "/klachten/{id}/concepten/BESLUIT";

    @Inject
    EntityManager em;

    @Inject
    KlachtKeys keys;

    @Inject
    BewaartermijnJob retention;

    @Inject
    TestClock clock;

    @Test
    void aDraftIsReadBackOnlyByItsAuthorAndASecondSaveReplacesIt() {
        Klachten k = new Klachten();
        String id = k.factOverviewOpen();
        k.asComplainant().body(Map.of("text", "Het overleg was op dinsdag.")).put(CORRECTIE, id).then()
                .statusCode(200).body("kind", equalTo("CORRECTIE")).body("savedAt", notNullValue())
                .body("text", nullValue());
        k.asComplainant().body(Map.of("text", "Het overleg was op dinsdag 4 november.")).put(CORRECTIE, id).then()
                .statusCode(200);

        k.asComplainant().get(CORRECTIE, id).then().statusCode(200)
                .body("text", equalTo("Het overleg was op dinsdag 4 november.")).body("savedAt", notNullValue());
        k.asComplainant().get(ZIENSWIJZE, id).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("No draft"));
        assertThat(draftRows(id)).as("one draft per author and kind").isEqualTo(1);
    }

    @Test
    void theOtherPartyCannotReadOrOverwriteItAndTheCommissionCannotReadIt() {
        Klachten k = new Klachten();
        String id = k.factOverviewOpen();
        k.asComplainant().body(Map.of("text", "Mijn zienswijze, half af.")).put(ZIENSWIJZE, id).then().statusCode(200);

        k.asAccused().get(ZIENSWIJZE, id).then().statusCode(404).contentType("application/problem+json");
        k.asAccused().delete(ZIENSWIJZE, id).then().statusCode(404);
        // the accused's own save is the accused's own draft, not the complainant's
        k.asAccused().body(Map.of("text", "De zienswijze van de aangeklaagde.")).put(ZIENSWIJZE, id).then()
                .statusCode(200);
        k.asComplainant().get(ZIENSWIJZE, id).then().statusCode(200).body("text", equalTo("Mijn zienswijze, half af."));
        k.asAccused().get(ZIENSWIJZE, id).then().statusCode(200)
                .body("text", equalTo("De zienswijze van de aangeklaagde."));

        // the commission reads the dossier, not what a party has not sent
        k.asSecretary().get(ZIENSWIJZE, id).then().statusCode(403).contentType("application/problem+json");
        k.asChair().body(Map.of("text", "x")).put(ZIENSWIJZE, id).then().statusCode(403);
    }

    @Test
    void anotherTenantsUserCannotSeeItNorSomeoneElseOfTheCasesTenant() {
        Klachten k = new Klachten();
        String id = k.factOverviewOpen();
        k.asComplainant().body(Map.of("text", "Mijn correctie.")).put(CORRECTIE, id).then().statusCode(200);

        Klachten.as(UUID.randomUUID(), Onboarding.newTenantId(), Roles.EMPLOYEE).get(CORRECTIE, id).then()
                .statusCode(404).body("title", equalTo("Unknown complaint"));
        Klachten.as(UUID.randomUUID(), k.complainantTenant, Roles.EMPLOYEE).get(CORRECTIE, id).then()
                .statusCode(404).body("title", equalTo("Unknown complaint"));
        Klachten.as(UUID.randomUUID(), k.complainantTenant, Roles.EMPLOYEE).body(Map.of("text", "x"))
                .put(CORRECTIE, id).then().statusCode(404);
        k.asComplainant().get(CORRECTIE, id).then().statusCode(200).body("text", equalTo("Mijn correctie."));
    }

    @Test
    void aDraftIsKeptOnlyWhileItsAuthorMayTakeTheStep() {
        Klachten k = new Klachten();
        String id = k.admissible();
        // before the fact overview nobody reacts (art 12.1), so nobody drafts a reaction
        k.asComplainant().body(Map.of("text", "Te vroeg.")).put(CORRECTIE, id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("art 12.1"));
        // the complainant is no employer's decider
        k.asComplainant().body(Map.of("text", "x")).put(BESLUIT, id).then().statusCode(403);
        k.asComplainant().get("/klachten/{id}/concepten/ADVIES", id).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Unknown kind of draft"));
        assertThat(draftRows(id)).isZero();
    }

    @Test
    void submittingTheViewOrTheCorrectionRemovesItsDraftAndAWaiverTheCorrectionsDraft() {
        Klachten k = new Klachten();
        String id = k.factOverviewOpen();
        k.asComplainant().body(Map.of("text", "Concept van mijn zienswijze.")).put(ZIENSWIJZE, id).then().statusCode(200);
        k.asComplainant().body(Map.of("text", "Concept van mijn correctie.")).put(CORRECTIE, id).then().statusCode(200);
        k.asAccused().body(Map.of("text", "Concept van de aangeklaagde.")).put(CORRECTIE, id).then().statusCode(200);

        k.asComplainant().body(Map.of("kind", "ZIENSWIJZE", "text", "Mijn zienswijze."))
                .post("/klachten/{id}/reacties", id).then().statusCode(200);
        k.asComplainant().get(ZIENSWIJZE, id).then().statusCode(404);
        k.asComplainant().get(CORRECTIE, id).then().statusCode(200).body("text", equalTo("Concept van mijn correctie."));

        k.asComplainant().body(Map.of("kind", "CORRECTIE", "text", "Mijn correctie."))
                .post("/klachten/{id}/reacties", id).then().statusCode(200);
        k.asComplainant().get(CORRECTIE, id).then().statusCode(404);

        k.asAccused().body(Map.of("kind", "AFSTAND_CORRECTIE")).post("/klachten/{id}/reacties", id).then()
                .statusCode(200);
        k.asAccused().get(CORRECTIE, id).then().statusCode(404);
        assertThat(draftRows(id)).isZero();
    }

    @Test
    void theDecidersDraftIsTheirsAloneAndDecidingRemovesIt() {
        Klachten k = new Klachten();
        String id = k.adviceIssued();
        k.asEmployerB().body(Map.of("text", "Ons besluit, in wording.")).put(BESLUIT, id).then().statusCode(200);
        k.asEmployerB().get(BESLUIT, id).then().statusCode(200).body("text", equalTo("Ons besluit, in wording."));
        // the complainant's employer received no advice to decide on; the accused's deputy is not the named decider
        k.asEmployerA().get(BESLUIT, id).then().statusCode(404).body("title", equalTo("Unknown complaint"));
        k.employer(k.deputyEmployerB, k.accusedTenant).body(Map.of("text", "x")).put(BESLUIT, id).then()
                .statusCode(404);
        k.asComplainant().get(BESLUIT, id).then().statusCode(403);

        k.asEmployerB().body(Map.of("text", "Besluit.")).post("/klachten/{id}/besluit", id).then().statusCode(200);
        k.asEmployerB().get(BESLUIT, id).then().statusCode(404);
        // decided: nothing left to draft (art 13)
        k.asEmployerB().body(Map.of("text", "Nog een besluit.")).put(BESLUIT, id).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aDraftCanBeThrownAwayByItsAuthor() {
        Klachten k = new Klachten();
        String id = k.factOverviewOpen();
        k.asAccused().body(Map.of("text", "Toch maar niet.")).put(ZIENSWIJZE, id).then().statusCode(200);
        k.asAccused().delete(ZIENSWIJZE, id).then().statusCode(204);
        k.asAccused().get(ZIENSWIJZE, id).then().statusCode(404);
    }

    @Test
    void theDraftIsStoredEncryptedAndNeverLogged() {
        Klachten k = new Klachten();
        String id = k.factOverviewOpen();
        String text = "Kanarie-concept-" + UUID.randomUUID();
        try (LogLines logs = LogLines.capture()) {
            k.asComplainant().body(Map.of("text", text)).put(ZIENSWIJZE, id).then().statusCode(200);
            k.asComplainant().get(ZIENSWIJZE, id).then().statusCode(200).body("text", equalTo(text));
            assertThat(logs.lines()).noneMatch(line -> line.contains("Kanarie-concept"));
        }

        Object[] row = QuarkusTransaction.requiringNew().call(() -> NativeRows.rows(em,
                "SELECT id, body, sealed FROM klacht_concept WHERE klacht_id = ?1", UUID.fromString(id)).get(0));
        String stored = NativeRows.text(row[1]);
        assertThat(stored).as("the column does not hold the text").doesNotContain("Kanarie");
        assertThat(row[2]).isEqualTo(true);
        // sealed with the case's data key, bound to this row and column
        assertThat(QuarkusTransaction.requiringNew().call(() -> keys.open(UUID.fromString(id),
                "concept/" + NativeRows.uuid(row[0]) + "/body", stored))).isEqualTo(text);
    }

    @Test
    void destroyingTheCaseRemovesItsDrafts() {
        Klachten k = new Klachten();
        String id = k.factOverviewOpen();
        k.asComplainant().body(Map.of("text", "Concept dat met de zaak verdwijnt.")).put(ZIENSWIJZE, id).then()
                .statusCode(200);
        k.asComplainant().post("/klachten/{id}/intrekking", id).then().statusCode(200);
        assertThat(draftRows(id)).isEqualTo(1);

        LocalDate retentionEnd = today().plusYears(5);
        runRetentionOn(k, retentionEnd.minusDays(30));
        runRetentionOn(k, retentionEnd);

        assertThat(draftRows(id)).isZero();
        k.asComplainant().get(ZIENSWIJZE, id).then().statusCode(404).body("title", equalTo("Unknown complaint"));
    }

    @Test
    void tooLongADraftIsRefusedWithAProblemNamingTheField() {
        Klachten k = new Klachten();
        String id = k.factOverviewOpen();
        k.asComplainant().body(Map.of("text", "x".repeat(20_001))).put(ZIENSWIJZE, id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        k.asComplainant().body(Map.of("text", " ")).put(ZIENSWIJZE, id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        k.asComplainant().body(Map.of("text", "x".repeat(20_000))).put(ZIENSWIJZE, id).then().statusCode(200);
    }

    private long draftRows(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT COUNT(*) FROM klacht_concept WHERE klacht_id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult()).longValue());
    }

    private void runRetentionOn(Klachten k, LocalDate day) {
        clock.setLocal(day + "T02:30");
        try {
            retention.runFor(k.complainantTenant);
        } finally {
            clock.reset();
        }
    }
}
