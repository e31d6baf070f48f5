package nl.tweedekamer.meldpunt.portaal.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** Time through a {@link Clock}, so that a test can move it. */
@ApplicationScoped
public class Klok {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
