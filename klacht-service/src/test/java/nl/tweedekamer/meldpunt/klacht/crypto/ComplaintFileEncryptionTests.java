package nl.tweedekamer.meldpunt.klacht.crypto;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.bewaring.service.BewaartermijnJob;
import nl.tweedekamer.meldpunt.klacht.persistence.NativeRows;
import nl.tweedekamer.meldpunt.klacht.procedure.service.CaseFileSealing;
import nl.tweedekamer.meldpunt.klacht.support.CanaryComplaint;
import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.TestClock;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Domain.md §10.11: a complaint file is stored encrypted with its own data key, wrapped by its tenant's key: a copy
 * of the database discloses no name, address, email address or text of a complaint, and once the case is deleted
 * under its retention term no copy of its rows can be read again.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class ComplaintFileEncryptionTests {

    /** Every table with rows of a case that can hold a name or a text. */
    private static final List<String> CASE_TABLES = List.of("klacht_aangeklaagde", "klacht_werkgever",
            "klacht_hoorzitting", "klacht_stuk", "tijdelijke_voorziening", "klacht_bezwaar", "klacht_bijlage");

    @Inject
    EntityManager em;

    @Inject
    KlachtKeys keys;

    @Inject
    CaseFileSealing sealing;

    @Inject
    BewaartermijnJob retention;

    @Inject
    TestClock clock;

    @Test
    void everyNameAndTextOfAComplaintFileIsReadThroughTheApiAndStoredOnlyAsCiphertext() {
        CanaryComplaint file = new CanaryComplaint();

        String dossier = file.k.asSecretary().get("/klachten/{id}", file.id).then().statusCode(200).extract().asString();
        assertThat(file.foundIn(dossier)).as("the commission reads the file as it was written")
                .hasSizeGreaterThan(file.canaries.size() / 2);
        assertThat(file.foundIn(storedRowsOf(file.caseId()))).as("canaries in the stored rows").isEmpty();
    }

    @Test
    @Tag("postgres")
    void noCanaryOfAComplaintFileIsInPostgresqlsFilesOrItsWriteAheadLogAfterACheckpoint() {
        long start = System.currentTimeMillis() - 1_000;
        CanaryComplaint file = new CanaryComplaint();
        List<Path> directories = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("CHECKPOINT").executeUpdate();
            Path data = Path.of(String.valueOf(em.createNativeQuery("SHOW data_directory").getSingleResult()));
            Object oid = em.createNativeQuery("SELECT oid FROM pg_database WHERE datname = current_database()")
                    .getSingleResult();
            return List.of(data.resolve("base").resolve(String.valueOf(oid)), data.resolve("pg_wal"));
        });
        assertThat(directories).as("this test reads the server's files: run it as their owner or root")
                .allMatch(Files::isReadable);

        assertThat(DatabaseBytes.filesChangedSince(directories, start)).isPositive();
        assertThat(DatabaseBytes.canariesIn(directories, start, CanaryComplaint.PREFIX, file.canaries)).isEmpty();
    }

    @Test
    void aCaseDeletedUnderItsRetentionTermCannotBeDecryptedFromACopyOfItsRows() {
        Klachten k = new Klachten();
        String id = k.file();
        k.asComplainant().post("/klachten/{id}/intrekking", id).then().statusCode(200)
                .body("endDate", equalTo(today().toString()));
        UUID caseId = UUID.fromString(id);
        // the copy a backup keeps
        String behaviour = QuarkusTransaction.requiringNew().call(() -> NativeRows.text(em
                .createNativeQuery("SELECT behaviour FROM klacht WHERE id = ?1").setParameter(1, caseId)
                .getSingleResult()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> keys.open(caseId, "klacht/behaviour", behaviour)))
                .as("readable while the case is kept").startsWith("Structureel buitengesloten");

        LocalDate retentionEnd = today().plusYears(5);
        runRetentionOn(k, retentionEnd.minusDays(30));
        runRetentionOn(k, retentionEnd);

        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT COUNT(*) FROM klacht_data_key WHERE klacht_id = ?1").setParameter(1, caseId)
                .getSingleResult())).asString().isEqualTo("0");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                .call(() -> keys.open(caseId, "klacht/behaviour", behaviour)))
                .hasMessageContaining("could not be decrypted");
    }

    @Test
    void aComplaintWrittenBeforeEncryptionIsSealedAtStartAndASecondRunChangesNothing() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        UUID caseId = UUID.fromString(id);
        asWrittenBeforeEncryption(caseId);
        assertThat(column(caseId, "behaviour")).startsWith("Structureel buitengesloten");

        assertThat(sealing.run()).as("rows sealed").isGreaterThanOrEqualTo(2);

        assertThat(column(caseId, "behaviour")).doesNotContain("buitengesloten");
        assertThat(column(caseId, "complainant_name")).isNotEqualTo("Klara Klager");
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(200)
                .body("klaagschrift.behaviour", equalTo("Structureel buitengesloten bij overleggen en publiekelijk bespot."))
                .body("klaagschrift.complainant.name", equalTo("Klara Klager"))
                .body("klaagschrift.accused[0].name", equalTo("Bert Beschuldigd"));
        String sealedOnce = column(caseId, "behaviour");
        assertThat(sealing.run()).as("a second run").isZero();
        assertThat(column(caseId, "behaviour")).isEqualTo(sealedOnce);
    }

    @Test
    void aComplaintWrittenBeforeEncryptionThatChangesBeforeTheRunIsSealedWhole() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        UUID caseId = UUID.fromString(id);
        asWrittenBeforeEncryption(caseId);

        // filing writes the signature only: the row's other values are sealed with it
        k.asComplainant().body(Klachten.signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);

        assertThat(column(caseId, "behaviour")).doesNotContain("buitengesloten");
        assertThat(column(caseId, "signed_name")).isNotEqualTo("Klara Klager");
        k.asSecretary().get("/klachten/{id}", id).then().statusCode(200)
                .body("klaagschrift.behaviour", equalTo("Structureel buitengesloten bij overleggen en publiekelijk bespot."));
    }

    /** Every stored value of the case's rows, as one text. */
    private String storedRowsOf(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = new ArrayList<>(NativeRows.rows(em, "SELECT * FROM klacht WHERE id = ?1", caseId));
            for (String table : CASE_TABLES) {
                rows.addAll(NativeRows.rows(em, "SELECT * FROM " + table + " WHERE klacht_id = ?1", caseId));
            }
            StringBuilder text = new StringBuilder();
            for (Object[] row : rows) {
                for (Object value : row) {
                    text.append(value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                            : NativeRows.text(value)).append('\n');
                }
            }
            return text.toString();
        });
    }

    /** The draft as a version before encryption stored it: plain text, not sealed, no data key. */
    private void asWrittenBeforeEncryption(UUID caseId) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE klacht SET sealed = FALSE, behaviour = ?2, behaviour_place = ?3,"
                    + " behaviour_when = ?4, witnesses = ?5, complainant_name = ?6, complainant_address = ?7,"
                    + " complainant_function = ?8, complainant_email = ?9, steps_taken = ?10 WHERE id = ?1")
                    .setParameter(1, caseId)
                    .setParameter(2, "Structureel buitengesloten bij overleggen en publiekelijk bespot.")
                    .setParameter(3, "Fractiekamer, Tweede Kamer").setParameter(4, "Wekelijks sinds het voorjaar")
                    .setParameter(5, "Een collega van de fractie").setParameter(6, "Klara Klager")
                    .setParameter(7, "Lange Poten 4, 2511 CL Den Haag").setParameter(8, "Beleidsmedewerker")
                    .setParameter(9, "klara@example.nl").setParameter(10, "Gesprek met de leidinggevende gevoerd.")
                    .executeUpdate();
            em.createNativeQuery("UPDATE klacht_aangeklaagde SET sealed = FALSE, name = 'Bert Beschuldigd',"
                    + " function_title = 'Senior adviseur', email = NULL WHERE klacht_id = ?1")
                    .setParameter(1, caseId).executeUpdate();
            em.createNativeQuery("DELETE FROM klacht_data_key WHERE klacht_id = ?1").setParameter(1, caseId)
                    .executeUpdate();
        });
    }

    private String column(UUID caseId, String column) {
        return QuarkusTransaction.requiringNew().call(() -> NativeRows.text(em
                .createNativeQuery("SELECT " + column + " FROM klacht WHERE id = ?1").setParameter(1, caseId)
                .getSingleResult()));
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
