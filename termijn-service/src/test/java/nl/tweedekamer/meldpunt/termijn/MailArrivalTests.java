package nl.tweedekamer.meldpunt.termijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;

import nl.tweedekamer.meldpunt.platform.vertx.EventLoopCall;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MailArrival;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Each reminder mail reaches the SMTP server within seconds, also on a fresh connection: mails sent one after
 * another the way the reminder job sends them (its scheduler's worker thread, the reactive mailer started on an event
 * loop through platform {@code EventLoopCall}) each arrive within 2 s. Every mail here opens a connection of its own
 * (one mail per connection), as the first mail after an idle pause does once the server has closed the pooled one: a
 * fresh connection is where the blocking Mailer, called from that thread, now and then dropped the server's greeting
 * and waited for the mailer's timeout.
 */
@QuarkusTest
@TestProfile(MailArrivalTests.OneMailPerConnection.class)
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class MailArrivalTests {

    private static final Logger LOG = Logger.getLogger(MailArrivalTests.class);
    private static final int MAILS = 200;
    private static final Duration BOUND = Duration.ofSeconds(2);

    /** A fresh SMTP connection for every mail, so each send goes through the connection set-up. */
    public static class OneMailPerConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.max-mails-per-connection", "1");
        }
    }

    @Inject
    ReactiveMailer mailer;

    @Inject
    EventLoopCall eventLoop;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "quarkus.mailer.timeout")
    Duration timeout;

    @Test
    void eachMailArrivesWithinSecondsAlsoOnAFreshConnection() {
        List<Duration> took = MailArrival.oneByOne(MAILS, BOUND, to -> MailArrival.asScheduledJob(vertx,
                () -> eventLoop.await(() -> mailer.send(Mail.withText(to, "Bereikbaarheid", "Een proefbericht.")),
                        timeout)));

        LOG.infof("ms per mail, slowest: %s", took.stream().map(Duration::toMillis)
                .sorted(Comparator.reverseOrder()).limit(5).toList());
        assertEquals(MAILS, took.size());
        assertTrue(took.stream().allMatch(d -> d.compareTo(BOUND) <= 0), took::toString);
    }
}
