package nl.tweedekamer.meldpunt.melding.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.melding.config.MailboxConfig;

/**
 * Slows down guessing of receipt codes and flooding of the anonymous intake: a sliding window of attempts per
 * client address and of all failed attempts together. Client addresses are held in memory only, and even there
 * only as a keyed hash under a key of the day (domain.md §10.15), made at random and never stored: they are never
 * logged, stored or sent anywhere, and yesterday's hashes cannot be linked to today's.
 */
@ApplicationScoped
public class AttemptLimiter {

    /** What is being limited; each has its own window and maximum. */
    public enum Kind {
        OPEN_BY_ADDRESS, OPEN_BY_ANYONE, INTAKE_BY_ADDRESS
    }

    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private volatile DailyKey addressKey;

    @Inject
    MailboxConfig config;

    @Inject
    Clock clock;

    private record DailyKey(LocalDate day, SecretKeySpec key) {
    }

    /** How long the caller must wait before the next attempt, if they reached the maximum. */
    public Optional<Duration> blocked(Kind kind, String subject) {
        MailboxConfig.Limit limit = limit(kind);
        Instant now = clock.instant();
        Deque<Instant> seen = attempts.get(key(kind, subject));
        if (seen == null) {
            return Optional.empty();
        }
        synchronized (seen) {
            drop(seen, now.minus(limit.window()));
            if (seen.size() < limit.max()) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, seen.peekFirst().plus(limit.window()));
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        }
    }

    public void record(Kind kind, String subject) {
        if (attempts.size() > PRUNE_ABOVE) {
            prune();
        }
        Deque<Instant> seen = attempts.computeIfAbsent(key(kind, subject), k -> new ArrayDeque<>());
        synchronized (seen) {
            seen.addLast(clock.instant());
        }
    }

    private void prune() {
        Instant now = clock.instant();
        attempts.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                Instant last = e.getValue().peekLast();
                return last == null || last.isBefore(now.minus(Duration.ofDays(1)));
            }
        });
    }

    private static void drop(Deque<Instant> seen, Instant before) {
        while (!seen.isEmpty() && seen.peekFirst().isBefore(before)) {
            seen.removeFirst();
        }
    }

    private MailboxConfig.Limit limit(Kind kind) {
        return switch (kind) {
            case INTAKE_BY_ADDRESS -> config.intake();
            case OPEN_BY_ANYONE -> config.global();
            case OPEN_BY_ADDRESS -> config.attempts();
        };
    }

    private String key(Kind kind, String subject) {
        if (kind == Kind.OPEN_BY_ANYONE) {
            return kind.name();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keyOfToday());
            return kind + ":" + HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("address key unusable", e);
        }
    }

    private SecretKeySpec keyOfToday() {
        LocalDate today = LocalDate.now(clock);
        DailyKey current = addressKey;
        if (current == null || !current.day().equals(today)) {
            synchronized (this) {
                current = addressKey;
                if (current == null || !current.day().equals(today)) {
                    byte[] key = new byte[32];
                    new SecureRandom().nextBytes(key);
                    current = new DailyKey(today, new SecretKeySpec(key, "HmacSHA256"));
                    addressKey = current;
                }
            }
        }
        return current.key();
    }
}
