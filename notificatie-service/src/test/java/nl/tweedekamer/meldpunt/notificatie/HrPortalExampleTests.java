package nl.tweedekamer.meldpunt.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.notificatie.testing.ContactStub;
import nl.tweedekamer.meldpunt.notificatie.testing.Events;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.KafkaBroker;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** The README's example HR portal (examples/HrPortalConsumer.java) compiles and reads its tenant's status events. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactStub.class, scope = TestResourceScope.GLOBAL)
class HrPortalExampleTests {

    @Test
    void theExampleHrPortalReadsItsOwnTenantsStatusEvents() throws Exception {
        String employer = Events.tenant("werkgever-p");
        String ref = Events.reference("K");
        Events.klacht("advies-uitgebracht", UUID.randomUUID(), Events.tenant("fractie"), ref, Events.fields("issuedOn",
                "2027-01-04", "receivedOn", "2027-01-05", "recipients",
                List.of(Events.fields("employerTenantId", employer, "recipientId", null))));
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.all("hr-status." + employer + ".v1").size() == 2);

        Path classes = Files.createDirectories(Path.of("target/example-classes"));
        String classPath = jarOf(KafkaConsumer.class) + File.pathSeparator + jarOf(org.slf4j.LoggerFactory.class);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", classPath,
                "examples/HrPortalConsumer.java");
        assertThat(status).isZero();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
                getClass().getClassLoader())) {
            Object count = loader.loadClass("HrPortalConsumer")
                    .getMethod("run", String.class, String.class, int.class, Duration.class, PrintStream.class)
                    .invoke(null, KafkaBroker.bootstrapServers(), employer, 2, Duration.ofSeconds(30),
                            new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(count).isEqualTo(2);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("nl.tweedekamer.hr-status.advies-ontvangen.v1 " + ref + " {\"tenantId\":\"" + employer + "\"")
                .contains("nl.tweedekamer.hr-status.aantallen.v1 " + employer);
    }

    private static String jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
