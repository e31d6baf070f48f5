package nl.tweedekamer.meldpunt.termijn;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.FeatureArchitecture;

/**
 * The package rules (platform-testing {@link FeatureArchitecture}) on termijn-service's main classes: no package
 * cycle, and the Atw calendar, the reminders, the contact lookups and the calendar feeds entered by the rest of the
 * service only through their root and {@code service} packages. Plain JUnit: no application is started.
 */
class ArchitectureTests {

    @Test
    void noPackageCycleAndEachFeatureIsEnteredThroughItsRootOrService() {
        FeatureArchitecture.of("nl.tweedekamer.meldpunt.termijn")
                .features("calendar", "reminder", "contact", "agenda")
                .verify();
    }
}
