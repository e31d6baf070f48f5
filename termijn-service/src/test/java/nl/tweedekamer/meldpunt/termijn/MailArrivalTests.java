package nl.tweedekamer.meldpunt.termijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MailArrival;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Mail goes out without stalls: mails sent one after another through the service's own mailer each reach the SMTP
 * server within seconds, on the pooled connection (a fresh connection per mail now and then lost the server's
 * greeting and waited for the mailer's timeout; see quarkus.mailer.keep-alive in application.properties).
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class MailArrivalTests {

    private static final Logger LOG = Logger.getLogger(MailArrivalTests.class);

    @Inject
    Mailer mailer;

    @Test
    void eachMailArrivesWithinSecondsOnAPooledConnection() {
        assertTrue(ConfigProvider.getConfig().getValue("quarkus.mailer.keep-alive", Boolean.class),
                "pooled SMTP connections (a fresh one per mail can miss the greeting and stall)");

        List<Duration> took = MailArrival.oneByOne(15, Duration.ofSeconds(3),
                to -> mailer.send(Mail.withText(to, "Bereikbaarheid", "Een proefbericht.")));

        LOG.infof("ms per mail: %s", took.stream().map(Duration::toMillis).toList());
        assertEquals(15, took.size());
        assertTrue(took.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(3)) <= 0), took::toString);
    }
}
