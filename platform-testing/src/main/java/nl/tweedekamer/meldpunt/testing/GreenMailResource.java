package nl.tweedekamer.meldpunt.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) on a free port of 127.0.0.1 for the Quarkus mailer ({@code quarkus.mailer.*}
 * pointing at it, {@code mock=false}).
 *
 * <pre>
 * &#64;QuarkusTest
 * &#64;WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
 * &#64;WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
 * class ReminderMailTest {
 *     &#64;BeforeEach
 *     void emptyMailboxes() {
 *         GreenMailResource.purge();
 *     }
 *
 *     &#64;Test
 *     void remindsTheCommission() {
 *         ...
 *         await().until(() -&gt; GreenMailResource.received().length == 1);
 *     }
 * }
 * </pre>
 *
 * One server per application start: Quarkus loads the test, this class and the application in a class loader of
 * their own for each test profile, and a test must read the server its application sends to. {@link #stop()}
 * shuts the server down when Quarkus stops the application; the next start gets a new one.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    /** The sender address the mailer is configured with. */
    public static final String FROM = "meldpunt-test@tweedekamer.nl";

    private static GreenMail greenMail;

    /** The running server (started on first use): read received mail from it. */
    public static synchronized GreenMail greenMail() {
        if (greenMail == null) {
            int port;
            try {
                port = KafkaBroker.freePorts(1)[0];
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            GreenMail server = new GreenMail(new ServerSetup(port, KafkaBrokerProcess.HOST, ServerSetup.PROTOCOL_SMTP));
            server.start();
            greenMail = server;
        }
        return greenMail;
    }

    public static int smtpPort() {
        return greenMail().getSmtp().getPort();
    }

    /** Every message received since the last {@link #purge()}. */
    public static MimeMessage[] received() {
        return greenMail().getReceivedMessages();
    }

    /** Empties every mailbox. */
    public static void purge() {
        try {
            greenMail().purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.mailer.host", KafkaBrokerProcess.HOST,
                "quarkus.mailer.port", Integer.toString(smtpPort()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.from", FROM,
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        synchronized (GreenMailResource.class) {
            if (greenMail != null) {
                greenMail.stop();
                greenMail = null;
            }
        }
    }
}
