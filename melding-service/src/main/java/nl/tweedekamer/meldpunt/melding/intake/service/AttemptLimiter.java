package nl.tweedekamer.meldpunt.melding.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import nl.tweedekamer.meldpunt.melding.config.MailboxConfig;

/**
 * Slows down guessing of receipt codes and flooding of the anonymous intake: a sliding window of attempts per
 * client address and of all failed attempts together, kept in the database so that it holds across replicas.
 * A client address is never stored: only a keyed hash of it under the key of the day (domain.md §10.15), a random
 * key shared by the replicas for that day alone and deleted after it, so yesterday's hashes cannot be linked to
 * today's nor to an address.
 */
@ApplicationScoped
public class AttemptLimiter {

    /** What is being limited; each has its own window and maximum. */
    public enum Kind {
        OPEN_BY_ADDRESS, OPEN_BY_ANYONE, INTAKE_BY_ADDRESS
    }

    /** Attempts older than this are of no window any more. */
    private static final Duration KEPT = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    MailboxConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    private volatile DailyKey addressKey;

    private record DailyKey(LocalDate day, SecretKeySpec key) {
    }

    /** How long the caller must wait before the next attempt, if they reached the maximum. */
    public Optional<Duration> blocked(Kind kind, String subject) {
        MailboxConfig.Limit limit = limit(kind);
        Instant now = clock.instant();
        String hash = hash(kind, subject);
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT attempted_at FROM mailbox_attempt WHERE kind = ?1 AND subject_hash = ?2 AND attempted_at > ?3"
                        + " ORDER BY attempted_at")
                .setParameter(1, kind.name()).setParameter(2, hash).setParameter(3, at(now.minus(limit.window())))
                .getResultList());
        if (rows.size() < limit.max()) {
            return Optional.empty();
        }
        Instant oldest = instant(rows.get(rows.size() - limit.max()));
        Duration wait = Duration.between(now, oldest.plus(limit.window()));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    /** Counts an attempt, in its own transaction: the refusal that follows must not undo it. */
    public void record(Kind kind, String subject) {
        Instant now = clock.instant();
        String hash = hash(kind, subject);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM mailbox_attempt WHERE attempted_at < ?1")
                    .setParameter(1, at(now.minus(KEPT))).executeUpdate();
            em.createNativeQuery("INSERT INTO mailbox_attempt (kind, subject_hash, attempted_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, kind.name()).setParameter(2, hash).setParameter(3, at(now)).executeUpdate();
        });
    }

    private MailboxConfig.Limit limit(Kind kind) {
        return switch (kind) {
            case INTAKE_BY_ADDRESS -> config.intake();
            case OPEN_BY_ANYONE -> config.global();
            case OPEN_BY_ADDRESS -> config.attempts();
        };
    }

    private String hash(Kind kind, String subject) {
        if (kind == Kind.OPEN_BY_ANYONE) {
            return "-";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keyOfToday());
            return HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("address key unusable", e);
        }
    }

    private SecretKeySpec keyOfToday() {
        LocalDate today = LocalDate.now(clock);
        DailyKey current = addressKey;
        if (current == null || !current.day().equals(today)) {
            current = new DailyKey(today, new SecretKeySpec(HexFormat.of().parseHex(sharedKeyOf(today)), "HmacSHA256"));
            addressKey = current;
        }
        return current.key();
    }

    /** The key of the day all replicas use: the first replica to need it makes it; earlier days' keys go. */
    private String sharedKeyOf(LocalDate day) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<String> stored = storedKey(day);
            if (stored.isPresent()) {
                return stored.get();
            }
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    em.createNativeQuery("DELETE FROM mailbox_address_key WHERE valid_on < ?1").setParameter(1, day)
                            .executeUpdate();
                    em.createNativeQuery("INSERT INTO mailbox_address_key (valid_on, hmac_key) VALUES (?1, ?2)")
                            .setParameter(1, day).setParameter(2, HexFormat.of().formatHex(key)).executeUpdate();
                });
            } catch (PersistenceException | IllegalStateException anotherReplicaWasFirst) {
                continue; // the stored key of the other replica is read on the next round
            }
        }
        return storedKey(day).orElseThrow(() -> new IllegalStateException("no address key of the day"));
    }

    private Optional<String> storedKey(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT hmac_key FROM mailbox_address_key WHERE valid_on = ?1").setParameter(1, day)
                .getResultStream().findFirst().map(String::valueOf));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }
}
