package nl.tweedekamer.meldpunt.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class FeatureArchitectureTest {

    private static final String FIXTURES = "nl.tweedekamer.meldpunt.testing.archfixture";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void aFeatureUsedThroughItsRootAndServicePackagesPasses() {
        assertDoesNotThrow(() -> FeatureArchitecture.of(FIXTURES + ".good").features("a", "b").verify(CLASSES));
    }

    @Test
    void aCycleBetweenAFeatureRootAndItsServicePackageFails() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> FeatureArchitecture.of(FIXTURES + ".cycle").features("a").verify(CLASSES));
        assertTrue(error.getMessage().contains("Cycle"), error.getMessage());
    }

    @Test
    void aFeatureReachingIntoAnotherFeaturesRestPackageFails() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> FeatureArchitecture.of(FIXTURES + ".internal").features("a", "b").verify(CLASSES));
        assertTrue(error.getMessage().contains("internal.a.rest.ZaakResource"), error.getMessage());
    }

    @Test
    void aMisspelledFeatureFails() {
        assertThrows(AssertionError.class,
                () -> FeatureArchitecture.of(FIXTURES + ".good").features("a", "procedur").verify(CLASSES));
    }
}
