package nl.tweedekamer.meldpunt.notificatie.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.LockOptions;
import org.jboss.logging.Logger;

import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import nl.tweedekamer.meldpunt.klacht.contract.Contact;
import nl.tweedekamer.meldpunt.notificatie.Delivery;
import nl.tweedekamer.meldpunt.notificatie.NotificationIntent;
import nl.tweedekamer.meldpunt.notificatie.RecipientRole;
import nl.tweedekamer.meldpunt.platform.vertx.EventLoopCall;

/**
 * The sender job. First it asks the owning services who the recipients of each planned intent are and queues
 * one delivery per recipient; then it sends each due delivery, fetching the address again, and records the
 * outcome. When SMTP or a lookup is down the work waits with a growing pause and completes later; each row is
 * handled in its own transaction, locked so that two instances never send the same email.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);
    private static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    ContactLookups lookups;

    @Inject
    MailComposer composer;

    // the reactive mailer, started on an event loop (platform EventLoopCall): the blocking Mailer, called from this
    // job's worker thread, now and then lost a new SMTP connection's greeting and stalled until the timeout
    @Inject
    ReactiveMailer mailer;

    @Inject
    EventLoopCall eventLoop;

    @ConfigProperty(name = "quarkus.mailer.timeout")
    Duration mailTimeout;

    @Inject
    AddressHasher hasher;

    @ConfigProperty(name = "meldpunt.delivery.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "meldpunt.delivery.first-backoff", defaultValue = "PT5S")
    Duration firstBackoff;

    @ConfigProperty(name = "meldpunt.delivery.max-backoff", defaultValue = "PT10M")
    Duration maxBackoff;

    @Scheduled(identity = "delivery-sender", every = "${meldpunt.delivery.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (!enabled) {
            return;
        }
        for (UUID id : due("select i.id from NotificationIntent i where i.state = ?1 and i.nextAttemptAt <= ?2 "
                + "order by i.createdAt", NotificationIntent.State.PLANNED)) {
            QuarkusTransaction.requiringNew().run(() -> resolve(id));
        }
        for (UUID id : due("select d.id from Delivery d where d.state in (?1, ?3) and d.nextAttemptAt <= ?2 "
                + "order by d.createdAt", Delivery.State.QUEUED, Delivery.State.RETRYING)) {
            QuarkusTransaction.requiringNew().run(() -> send(id));
        }
    }

    private List<UUID> due(String query, Object state, Object... more) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createQuery(query, UUID.class).setParameter(1, state)
                    .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC)).setMaxResults(BATCH);
            for (int i = 0; i < more.length; i++) {
                q.setParameter(3 + i, more[i]);
            }
            return q.getResultList();
        });
    }

    /** Who the intent's lookup names now: one queued delivery each, or none at all. */
    void resolve(UUID id) {
        NotificationIntent intent = locked(NotificationIntent.class, id);
        if (intent == null || intent.state != NotificationIntent.State.PLANNED) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Contact> contacts;
        try {
            contacts = lookups.find(intent.lookup());
        } catch (ContactLookups.Unavailable e) {
            intent.attempts++;
            intent.nextAttemptAt = now.plus(backoff(intent.attempts));
            LOG.warnf("Notification %s waits: %s; retry at %s", intent.id, e.getMessage(), intent.nextAttemptAt);
            return;
        }
        intent.resolvedAt = now;
        if (contacts.isEmpty()) {
            intent.state = NotificationIntent.State.NO_RECIPIENT;
            LOG.infof("Notification %s has no recipient (role %s): nothing to send", intent.id, intent.recipientRole);
            return;
        }
        intent.state = NotificationIntent.State.RESOLVED;
        contacts.stream().map(Contact::id).distinct().forEach(recipientId -> {
            Delivery delivery = new Delivery();
            delivery.id = UUID.randomUUID();
            delivery.intentId = intent.id;
            delivery.recipientId = recipientId;
            delivery.recipientRole = intent.recipientRole;
            delivery.messageId = messageId(intent.eventId, intent.recipientRole, recipientId);
            delivery.state = Delivery.State.QUEUED;
            delivery.createdAt = now;
            delivery.nextAttemptAt = now;
            delivery.persist();
            LOG.infof("Delivery %s queued: notification %s, role %s", delivery.id, intent.id, delivery.recipientRole);
        });
    }

    /** One attempt: fetch the address again, send, record; a failure waits for the next attempt. */
    void send(UUID id) {
        Delivery delivery = locked(Delivery.class, id);
        if (delivery == null || (delivery.state != Delivery.State.QUEUED && delivery.state != Delivery.State.RETRYING)) {
            return;
        }
        NotificationIntent intent = NotificationIntent.findById(delivery.intentId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        Optional<Contact> contact;
        try {
            contact = lookups.find(intent.lookup()).stream().filter(c -> delivery.recipientId.equals(c.id())).findFirst();
        } catch (ContactLookups.Unavailable e) {
            retryLater(delivery, now, e.getMessage());
            return;
        }
        if (contact.isEmpty()) {
            delivery.state = Delivery.State.FAILED;
            delivery.nextAttemptAt = now;
            LOG.warnf("Delivery %s failed for good: the lookup no longer knows its recipient (role %s)", delivery.id,
                    delivery.recipientRole);
            return;
        }
        String address = contact.get().email();
        delivery.addressHash = hasher.hash(address);
        try {
            var mail = composer.compose(intent.template, intent.caseReference, intent.linkPath, intent.namedDate,
                    address, delivery.messageId);
            eventLoop.await(() -> mailer.send(mail), mailTimeout);
        } catch (RuntimeException e) {
            // the SMTP error text may quote the address: only its class is logged
            retryLater(delivery, now, "SMTP " + e.getClass().getSimpleName());
            return;
        }
        boolean retried = delivery.state == Delivery.State.RETRYING;
        delivery.state = Delivery.State.SENT;
        delivery.sentAt = now;
        LOG.infof("Delivery %s sent%s: role %s, attempt %d", delivery.id, retried ? " (retried)" : "",
                delivery.recipientRole, delivery.attempts);
    }

    private void retryLater(Delivery delivery, OffsetDateTime now, String why) {
        delivery.state = Delivery.State.RETRYING;
        delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
        LOG.warnf("Delivery %s attempt %d failed (%s); retried at %s", delivery.id, delivery.attempts, why,
                delivery.nextAttemptAt);
    }

    private Duration backoff(int attempts) {
        Duration pause = firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }

    private <T> T locked(Class<T> type, UUID id) {
        List<T> rows = em.createQuery("from " + type.getSimpleName() + " r where r.id = ?1", type)
                .setParameter(1, id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Stable per (event, recipient): the same email attempted again carries the same Message-ID. */
    static String messageId(String eventId, RecipientRole role, String recipientId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((eventId + "|" + role + "|" + recipientId).getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 20) + "@meldpunt.tweedekamer.nl>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
