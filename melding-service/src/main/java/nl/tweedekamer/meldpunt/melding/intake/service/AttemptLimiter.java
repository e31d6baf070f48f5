package nl.tweedekamer.meldpunt.melding.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * mailbox id and per client address. Client addresses are held in memory only, and even there only as a keyed
 * hash under a key made at start and never stored: they are never logged, stored or sent anywhere.
 */
@ApplicationScoped
public class AttemptLimiter {

    /** What is being limited; each has its own window and maximum. */
    public enum Kind {
        OPEN_BY_MAILBOX, OPEN_BY_ADDRESS, INTAKE_BY_ADDRESS
    }

    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final SecretKeySpec addressKey;

    @Inject
    MailboxConfig config;

    @Inject
    Clock clock;

    public AttemptLimiter() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        addressKey = new SecretKeySpec(key, "HmacSHA256");
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
        return kind == Kind.INTAKE_BY_ADDRESS ? config.intake() : config.attempts();
    }

    private String key(Kind kind, String subject) {
        if (kind == Kind.OPEN_BY_MAILBOX) {
            return kind + ":" + subject;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(addressKey);
            return kind + ":" + HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("address key unusable", e);
        }
    }
}
