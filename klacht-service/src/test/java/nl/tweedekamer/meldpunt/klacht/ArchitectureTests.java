package nl.tweedekamer.meldpunt.klacht;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.FeatureArchitecture;

/**
 * The package rules of klacht-service: no package cycle, and a feature is used by the others only through its root
 * package (entities, rules, value types) and its {@code service} package. Besides the features, {@code event} (the
 * complaint events and their publisher, shared by procedure and bewaring), {@code crypto} (the tenant and complaint
 * keys, used by onboarding and procedure), {@code contact} (the platform administrators' internal contact lookup) and
 * {@code persistence} (native rows read across tenants by every feature's repository) are shared. Every internal
 * contact lookup answers klacht-contract's {@code Contact}.
 */
class ArchitectureTests {

    @Test
    void featuresTalkThroughTheirServicesAndNoPackageFormsACycle() {
        FeatureArchitecture.of("nl.tweedekamer.meldpunt.klacht")
                .features("onboarding", "commissie", "procedure", "bewaring", "jaarverslag")
                .verify();
    }
}
