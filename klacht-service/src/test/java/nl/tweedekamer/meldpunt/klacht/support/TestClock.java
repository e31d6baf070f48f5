package nl.tweedekamer.meldpunt.klacht.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.inject.Singleton;

import nl.tweedekamer.meldpunt.platform.config.ClockProducer;

/**
 * The application's clock under test control: it replaces the platform's {@code @DefaultBean} clock. It runs
 * with the system clock until a test sets a moment, so the tests that do not care about time see today; a test
 * that sets it must {@link #reset()} it afterwards, because the application is shared by all test classes.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant instant) {
        this.fixed = instant;
    }

    /** A local time in Europe/Amsterdam, e.g. "2027-06-08T08:00". */
    public void setLocal(String localDateTime) {
        set(LocalDateTime.parse(localDateTime).atZone(ClockProducer.AMSTERDAM).toInstant());
    }

    /** Back to the system clock. */
    public void reset() {
        set(null);
    }

    @Override
    public ZoneId getZone() {
        return ClockProducer.AMSTERDAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }
}
