package nl.tweedekamer.meldpunt.platform.config;

import java.time.Clock;
import java.time.ZoneId;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Dates of the regulation are dates in Europe/Amsterdam (domain.md §6, Decision); tests may replace the clock. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
