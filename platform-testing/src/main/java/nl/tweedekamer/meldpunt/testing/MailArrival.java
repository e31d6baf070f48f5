package nl.tweedekamer.meldpunt.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;

/**
 * Mail that arrives in seconds: sends mails one after another through the application's own mailer (the way its
 * sender job does: {@link #asScheduledJob} on a scheduler's worker thread, one send at a time) to the
 * {@link GreenMailResource} server, and fails as soon as one of them is not in GreenMail's mailbox within the bound,
 * counted from the start of its send. A send that stalls until the mailer's timeout (an SMTP greeting the client
 * dropped, a pooled connection the server had closed) fails here instead of turning into a retry minutes later.
 *
 * <pre>
 * &#64;Inject ReactiveMailer mailer;
 * &#64;Inject EventLoopCall eventLoop;
 * &#64;Inject Vertx vertx;
 *
 * &#64;Test
 * void eachMailArrivesInSeconds() {
 *     MailArrival.oneByOne(30, Duration.ofSeconds(2), to -&gt; MailArrival.asScheduledJob(vertx,
 *             () -&gt; eventLoop.await(() -&gt; mailer.send(Mail.withText(to, "probe", "probe")), timeout)));
 * }
 * </pre>
 */
public final class MailArrival {

    private MailArrival() {
    }

    /**
     * Sends {@code count} mails with {@code send}, each to a fresh address of its own domain, waiting for each
     * to arrive before the next; returns how long each took.
     */
    public static List<Duration> oneByOne(int count, Duration bound, Consumer<String> send) {
        String domain = "arrival-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        List<Duration> took = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int expected = i + 1;
            long start = System.nanoTime();
            try {
                send.accept("mail-" + i + "@" + domain);
            } catch (RuntimeException e) {
                throw new AssertionError("mail " + i + " of " + count + " failed after "
                        + (System.nanoTime() - start) / 1_000_000 + " ms: " + e, e);
            }
            Duration left = bound.minus(Duration.ofNanos(System.nanoTime() - start));
            if (left.isNegative() || left.isZero()) {
                throw tooSlow(i, count, start, bound);
            }
            await("mail " + i + " of " + count + " in GreenMail").atMost(left)
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .until(() -> GreenMailResource.greenMail().getReceivedMessagesForDomain(domain).length >= expected);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (elapsed.compareTo(bound) > 0) {
                throw tooSlow(i, count, start, bound);
            }
            took.add(elapsed);
        }
        return took;
    }

    /**
     * Runs {@code work} the way Quarkus runs a blocking {@code @Scheduled} job (a worker thread of a duplicated Vert.x
     * context) and waits for it; its exception is rethrown.
     */
    public static void asScheduledJob(Vertx vertx, Runnable work) {
        try {
            VertxContext.getOrCreateDuplicatedContext(vertx).executeBlocking(() -> {
                work.run();
                return null;
            }, false).toCompletionStage().toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static AssertionError tooSlow(int i, int count, long start, Duration bound) {
        return new AssertionError("mail " + i + " of " + count + " took " + (System.nanoTime() - start) / 1_000_000
                + " ms to send, more than " + bound.toMillis() + " ms");
    }
}
