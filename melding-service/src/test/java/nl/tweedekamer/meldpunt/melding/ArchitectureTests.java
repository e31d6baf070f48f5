package nl.tweedekamer.meldpunt.melding;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.FeatureArchitecture;

/**
 * The package rules of melding-service: no package cycle, and a feature is used by another only through its root
 * package (entities, rules, value types) or its {@code service} package.
 */
class ArchitectureTests {

    @Test
    void featuresTalkThroughTheirServicesAndNoPackageFormsACycle() {
        FeatureArchitecture.of("nl.tweedekamer.meldpunt.melding")
                .features("intake", "dossier", "interventie", "afsluiting", "vertrouwenspersonen", "signalen",
                        "jaarverslag", "concept")
                .verify();
    }
}
