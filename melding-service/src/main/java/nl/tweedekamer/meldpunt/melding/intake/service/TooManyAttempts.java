package nl.tweedekamer.meldpunt.melding.intake.service;

import java.time.Duration;

/** Too many attempts from one client address or on one mailbox: answered 429 with Retry-After. */
public class TooManyAttempts extends RuntimeException {

    private final transient Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("too many attempts", null, false, false);
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
