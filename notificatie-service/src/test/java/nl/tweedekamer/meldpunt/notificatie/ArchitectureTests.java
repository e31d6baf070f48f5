package nl.tweedekamer.meldpunt.notificatie;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.FeatureArchitecture;

/**
 * The package rules (platform-testing {@link FeatureArchitecture}) on notificatie-service's main classes: no
 * package cycle, and the HR status topics entered by the rest of the service only through their root and
 * {@code service} packages. Plain JUnit: no application is started.
 */
class ArchitectureTests {

    @Test
    void noPackageCycleAndTheHrStatusFeatureIsEnteredThroughItsRootOrService() {
        FeatureArchitecture.of("nl.tweedekamer.meldpunt.notificatie")
                .features("hrstatus")
                .verify();
    }
}
