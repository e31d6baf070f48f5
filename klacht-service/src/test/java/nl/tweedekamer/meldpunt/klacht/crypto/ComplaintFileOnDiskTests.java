package nl.tweedekamer.meldpunt.klacht.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import nl.tweedekamer.meldpunt.klacht.support.CanaryComplaint;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Domain.md §10.11, against a stolen copy of the H2 database file the local run keeps: after a checkpoint that
 * writes everything to disk, no canary of a complaint file is in the file's bytes.
 */
@QuarkusTest
// the PostgreSQL pass proves the same on PostgreSQL's files (ComplaintFileEncryptionTests)
@DisabledIfSystemProperty(named = "meldpunt.test.db-kind", matches = "postgresql")
@TestProfile(ComplaintFileOnDiskTests.H2File.class)
@WithTestResource(MeldpuntTestResources.class)
class ComplaintFileOnDiskTests {

    /** A fresh H2 database file of its own, in the build directory. */
    public static class H2File implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Path directory = Path.of("target", "at-rest", UUID.randomUUID().toString());
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + directory.toAbsolutePath().resolve("klacht")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
    }

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Test
    void noCanaryOfAComplaintFileIsInTheBytesOfTheH2DatabaseFile() {
        CanaryComplaint file = new CanaryComplaint();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("CHECKPOINT SYNC").executeUpdate());

        // jdbc:h2:file:<directory>/klacht;…
        List<Path> directories = List.of(Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';'))).getParent());
        assertThat(DatabaseBytes.filesChangedSince(directories, 0)).isPositive();
        assertThat(DatabaseBytes.canariesIn(directories, 0, CanaryComplaint.PREFIX, file.canaries)).isEmpty();
        // the search finds what is there: the reference, which is no secret, is in the file
        String reference = file.k.asSecretary().get("/klachten/{id}", file.id).then().extract().path("reference");
        assertThat(DatabaseBytes.canariesIn(directories, 0, "K-", List.of(reference))).containsExactly(reference);
    }
}
