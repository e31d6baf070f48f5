package nl.tweedekamer.meldpunt.platform.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dates of the regulation are dates in Europe/Amsterdam (domain.md §6, Decision); tests may replace the clock.
 * {@code meldpunt.clock.offset} (an ISO-8601 duration, e.g. {@code P30D}) moves a whole packaged service forward in
 * time, so that a test of the running system reaches terms of weeks or years; production refuses to start with it.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    public static final String OFFSET = "meldpunt.clock.offset";

    @ConfigProperty(name = OFFSET)
    Optional<Duration> offset;

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return withOffset(Clock.system(AMSTERDAM), offset);
    }

    static Clock withOffset(Clock system, Optional<Duration> offset) {
        return offset.filter(o -> !o.isZero()).map(o -> Clock.offset(system, o)).orElse(system);
    }

    /** A moved clock in production would misstate every statutory due date: refuse to start instead. */
    void refuseAMovedClockInProduction(@Observes StartupEvent started) {
        refuseInProduction(ConfigUtils.getProfiles().contains("prod"), offset);
    }

    static void refuseInProduction(boolean production, Optional<Duration> offset) {
        if (production && offset.isPresent()) {
            throw new IllegalStateException(OFFSET + " (MELDPUNT_CLOCK_OFFSET) moves the clock for tests only; "
                    + "a service in production does not start with it");
        }
    }
}
