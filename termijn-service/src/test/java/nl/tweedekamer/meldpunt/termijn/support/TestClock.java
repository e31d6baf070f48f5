package nl.tweedekamer.meldpunt.termijn.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.inject.Singleton;

import nl.tweedekamer.meldpunt.platform.config.ClockProducer;

/**
 * The application's clock under test control: it replaces the platform's {@code @DefaultBean} clock, so the
 * scheduler's tick sees whatever moment a test sets, without sleeping for days.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant now = Instant.parse("2026-11-30T09:00:00Z");

    public void set(Instant instant) {
        this.now = instant;
    }

    /** A local time in Europe/Amsterdam, e.g. "2027-06-08T08:00". */
    public void setLocal(String localDateTime) {
        set(LocalDateTime.parse(localDateTime).atZone(ClockProducer.AMSTERDAM).toInstant());
    }

    public void reset() {
        set(Instant.parse("2026-11-30T09:00:00Z"));
    }

    @Override
    public ZoneId getZone() {
        return ClockProducer.AMSTERDAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
