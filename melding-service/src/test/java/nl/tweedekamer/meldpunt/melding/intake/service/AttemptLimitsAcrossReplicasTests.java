package nl.tweedekamer.meldpunt.melding.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.melding.config.MailboxConfig;
import nl.tweedekamer.meldpunt.melding.intake.service.AttemptLimiter.Kind;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Domain.md §10.15: the mailbox's limits hold with several replicas (a guesser spread over them gets no more
 * tries), and a caller's address is never stored, only its keyed hash under the key of the day.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class AttemptLimitsAcrossReplicasTests {

    @Inject
    AttemptLimiter thisReplica;

    @Inject
    MailboxConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** A second replica: its own instance, nothing shared with the first but the database. */
    private AttemptLimiter anotherReplica() {
        AttemptLimiter other = new AttemptLimiter();
        other.config = config;
        other.clock = clock;
        other.em = em;
        return other;
    }

    @Test
    void guessesSpreadOverTwoReplicasCountTogether() {
        String address = "203.0.113." + (int) (Math.random() * 250);
        String caller = address + "#" + UUID.randomUUID();
        AttemptLimiter other = anotherReplica();
        int max = config.attempts().max();
        for (int i = 0; i < max; i++) {
            assertThat((i % 2 == 0 ? thisReplica : other).blocked(Kind.OPEN_BY_ADDRESS, caller)).isEmpty();
            (i % 2 == 0 ? thisReplica : other).record(Kind.OPEN_BY_ADDRESS, caller);
        }
        assertThat(thisReplica.blocked(Kind.OPEN_BY_ADDRESS, caller)).isPresent();
        assertThat(other.blocked(Kind.OPEN_BY_ADDRESS, caller)).isPresent();
        assertThat(other.blocked(Kind.OPEN_BY_ADDRESS, caller + "-another")).isEmpty();
    }

    @Test
    void theCallersAddressIsStoredNowhereOnlyItsHashUnderTheKeyOfTheDay() {
        String caller = "198.51.100.77#" + UUID.randomUUID();
        thisReplica.record(Kind.INTAKE_BY_ADDRESS, caller);

        List<?> hashes = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT subject_hash FROM mailbox_attempt WHERE kind = 'INTAKE_BY_ADDRESS'")
                .getResultList());
        assertThat(hashes).isNotEmpty().allSatisfy(h -> assertThat(String.valueOf(h)).matches("[0-9a-f]{64}")
                .doesNotContain("198.51.100.77"));
        Object earlierKeys = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT COUNT(*) FROM mailbox_address_key WHERE valid_on < ?1")
                .setParameter(1, LocalDate.now(clock)).getSingleResult());
        assertThat(earlierKeys).as("no key of an earlier day is kept").asString().isEqualTo("0");
    }
}
