package nl.tweedekamer.meldpunt.notificatie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

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

    /**
     * Mail goes out through the reactive mailer started on an event loop (platform {@code EventLoopCall}): the
     * blocking {@code Mailer}, called from a job's worker thread, now and then lost a fresh SMTP connection's greeting
     * and stalled until the mailer's timeout ({@code MailArrivalTests}).
     */
    @Test
    void noClassSendsMailWithTheBlockingMailer() {
        noClasses().should().dependOnClassesThat().areAssignableTo(io.quarkus.mailer.Mailer.class)
                .because("the blocking Mailer, called off the event loop, can drop a fresh connection's greeting")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                        .importPackages("nl.tweedekamer.meldpunt.notificatie"));
    }
}
