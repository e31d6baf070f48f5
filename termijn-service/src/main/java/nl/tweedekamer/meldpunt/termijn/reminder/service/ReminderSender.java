package nl.tweedekamer.meldpunt.termijn.reminder.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.platform.config.ClockProducer;
import nl.tweedekamer.meldpunt.platform.event.EventPublisher;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.vertx.EventLoopCall;
import nl.tweedekamer.meldpunt.termijn.Termijn;
import nl.tweedekamer.meldpunt.termijn.Termijn.State;
import nl.tweedekamer.meldpunt.termijn.TermijnRegel.Rol;
import nl.tweedekamer.meldpunt.termijn.contact.Recipients;
import nl.tweedekamer.meldpunt.termijn.event.TermijnEvents;
import nl.tweedekamer.meldpunt.termijn.reminder.Herinnering;
import nl.tweedekamer.meldpunt.termijn.reminder.ReminderMail;

/**
 * Sends the claimed reminders. Each is taken with a lease by a conditional update, so one instance sends it; the
 * addresses are looked up now; a failure (SMTP or a lookup down) puts it back with a growing pause, so it is
 * sent once the downstream is back. A term closed meanwhile needs no reminder: it is dropped.
 */
@ApplicationScoped
public class ReminderSender {

    private static final Logger LOG = Logger.getLogger(ReminderSender.class);

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    // the reactive mailer, started on an event loop (platform EventLoopCall): the blocking Mailer, called from the
    // reminder job's worker thread, now and then lost a new SMTP connection's greeting and stalled until the timeout
    @Inject
    ReactiveMailer mailer;

    @Inject
    EventLoopCall eventLoop;

    @ConfigProperty(name = "quarkus.mailer.timeout")
    Duration mailTimeout;

    @Inject
    Recipients recipients;

    @Inject
    EventPublisher events;

    @ConfigProperty(name = "meldpunt.portal.base-url")
    String linkBase;

    @ConfigProperty(name = "meldpunt.reminders.lease", defaultValue = "PT10M")
    Duration lease;

    @ConfigProperty(name = "meldpunt.reminders.first-retry", defaultValue = "PT1M")
    Duration firstRetry;

    @ConfigProperty(name = "meldpunt.reminders.max-retry", defaultValue = "PT1H")
    Duration maxRetry;

    public record Sent(int sent, int failed) {
    }

    public Sent sendDue(Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> found = new ArrayList<>(em.createQuery("select h.id from Herinnering h where h.state = :pending"
                    + " and h.nextAttemptAt <= :now order by h.nextAttemptAt", UUID.class)
                    .setParameter("pending", Herinnering.State.PENDING).setParameter("now", at)
                    .setMaxResults(500).getResultList());
            // a lease that ran out: the instance that held it stopped mid-send
            found.addAll(em.createQuery("select h.id from Herinnering h where h.state = :sending"
                    + " and h.leaseUntil < :now", UUID.class)
                    .setParameter("sending", Herinnering.State.SENDING).setParameter("now", at)
                    .setMaxResults(100).getResultList());
            return found;
        });
        int sent = 0;
        int failed = 0;
        for (UUID id : ids) {
            if (!take(id, at)) {
                continue;
            }
            if (send(id, now)) {
                sent++;
            } else {
                failed++;
            }
        }
        return new Sent(sent, failed);
    }

    /** The lease: only the instance whose conditional update changed the row sends it. */
    private boolean take(UUID id, OffsetDateTime now) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("update Herinnering h set h.state = :sending,"
                + " h.leaseUntil = :until where h.id = :id and ((h.state = :pending and h.nextAttemptAt <= :now)"
                + " or (h.state = :sending and h.leaseUntil < :now))")
                .setParameter("sending", Herinnering.State.SENDING).setParameter("pending", Herinnering.State.PENDING)
                .setParameter("until", now.plus(lease)).setParameter("now", now).setParameter("id", id)
                .executeUpdate() == 1);
    }

    private record Work(Termijn termijn, Herinnering herinnering) {
    }

    private boolean send(UUID id, Instant now) {
        Work work = QuarkusTransaction.requiringNew().call(() -> {
            Herinnering h = Herinnering.findById(id);
            Termijn t = Termijn.findById(h.termijnId);
            if (!(t.state == State.OPEN || t.state == State.LAPSED)) {
                h.state = Herinnering.State.DROPPED;
                h.leaseUntil = null;
                return null;
            }
            em.detach(h);
            em.detach(t);
            return new Work(t, h);
        });
        if (work == null) {
            return true;
        }
        Termijn t = work.termijn();
        Herinnering h = work.herinnering();
        try {
            Set<Rol> reached = new LinkedHashSet<>();
            Map<ReminderMail.Audience, List<String>> to = new EnumMap<>(ReminderMail.Audience.class);
            for (Rol rol : t.soort.rollen(h.lapsed)) {
                List<String> emails = recipients.emails(t, rol);
                if (!emails.isEmpty()) {
                    reached.add(rol);
                    List<String> audience = to.computeIfAbsent(ReminderMail.Audience.of(rol), a -> new ArrayList<>());
                    emails.stream().filter(e -> !audience.contains(e)).forEach(audience::add);
                }
            }
            if (to.isEmpty()) {
                throw new NoRecipientException();
            }
            LocalDate today = LocalDate.ofInstant(now, ClockProducer.AMSTERDAM);
            // one mail per audience: a party never sees the commission's addresses, nor the commission the party's
            to.forEach((audience, emails) -> {
                var mail = ReminderMail.build(t, h, audience, emails, linkBase, today);
                eventLoop.await(() -> mailer.send(mail), mailTimeout);
            });
            QuarkusTransaction.requiringNew().run(() -> sent(id, t, reached, now));
            return true;
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> failed(id, now, e));
            return false;
        }
    }

    private void sent(UUID id, Termijn t, Set<Rol> roles, Instant now) {
        Herinnering h = Herinnering.findById(id);
        h.state = Herinnering.State.SENT;
        h.sentAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        h.attempts++;
        h.leaseUntil = null;
        h.nextAttemptAt = null;
        h.recipientRoles = roles.stream().map(Enum::name).collect(Collectors.joining(","));
        for (Rol rol : roles) {
            events.publish(Topics.TERMIJN_EVENTS, t.eventKey(), TermijnEvents.HERINNERING_VERZONDEN, t.tenantId,
                    t.subject(), new TermijnEvents.HerinneringVerzonden(t.id, t.soort.name(), t.tenantId, t.caseId,
                            t.caseReference, t.appointmentId, h.id, h.dueOn, h.sentAt, rol.name(), h.moment.name(),
                            h.late));
        }
    }

    private void failed(UUID id, Instant now, RuntimeException e) {
        Herinnering h = Herinnering.findById(id);
        h.attempts++;
        h.state = Herinnering.State.PENDING;
        h.leaseUntil = null;
        Duration pause = firstRetry.multipliedBy(1L << Math.min(h.attempts - 1, 10));
        if (pause.compareTo(maxRetry) > 0) {
            pause = maxRetry;
        }
        h.nextAttemptAt = OffsetDateTime.ofInstant(now.plus(pause), ZoneOffset.UTC);
        h.lastError = e.getClass().getSimpleName();
        // the class only: a message may carry an address
        LOG.warnf("Reminder %s not sent (%s, attempt %d); retried in %s", id, h.lastError, h.attempts, pause);
    }

    /** Nobody in the roles that must be reminded is known (yet): wait as for a lookup that is down. */
    static final class NoRecipientException extends RuntimeException {
        NoRecipientException() {
            super("no recipient", null, false, false);
        }
    }
}
