package nl.tweedekamer.meldpunt.termijn.reminder.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.platform.config.ClockProducer;
import nl.tweedekamer.meldpunt.termijn.Termijn;
import nl.tweedekamer.meldpunt.termijn.Termijn.State;
import nl.tweedekamer.meldpunt.termijn.calendar.AtwKalender;
import nl.tweedekamer.meldpunt.termijn.calendar.service.AtwKalenderService;
import nl.tweedekamer.meldpunt.termijn.reminder.Herinnering;
import nl.tweedekamer.meldpunt.termijn.reminder.ReminderPlan;
import nl.tweedekamer.meldpunt.termijn.service.TermijnService;

/**
 * The scheduler's tick: finds the terms whose next action has come (one indexed query on
 * {@code termijn.next_action_at}, never a scan of the open terms), publishes lapses, claims each term's latest due
 * reminder with a unique claim row, and then sends the claimed reminders. Tests call {@link #tick()} directly
 * with a clock they control.
 */
@ApplicationScoped
public class ReminderTick {

    private static final Logger LOG = Logger.getLogger(ReminderTick.class);

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AtwKalenderService atw;

    @Inject
    TermijnService termijnen;

    @Inject
    ReminderSender sender;

    @ConfigProperty(name = "meldpunt.reminders.scheduled", defaultValue = "true")
    boolean scheduled;

    @ConfigProperty(name = "meldpunt.reminders.batch-size", defaultValue = "200")
    int batchSize;

    /** A reminder claimed later than this after its planned moment is marked late (the service was down). */
    @ConfigProperty(name = "meldpunt.reminders.late-after", defaultValue = "PT1H")
    Duration lateAfter;

    /** What one tick did, and how long finding and claiming took apart from sending. */
    public record Result(int termsDue, int lapsed, int claimed, int sent, int failed, long claimMillis,
            long sendMillis) {
    }

    @Scheduled(identity = "termijn-reminders", every = "${meldpunt.reminders.every:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledTick() {
        if (scheduled) {
            try {
                tick();
            } catch (RuntimeException e) {
                LOG.errorf("Reminder tick failed (%s); the next tick tries again", e.getClass().getSimpleName());
            }
        }
    }

    public Result tick() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        AtwKalender kalender = QuarkusTransaction.requiringNew().call(atw::kalender);
        int due = 0;
        int lapsed = 0;
        int claimed = 0;
        Set<UUID> seen = new HashSet<>();
        while (true) {
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> em
                    .createQuery("select t.id from Termijn t where t.nextActionAt <= :now order by t.nextActionAt",
                            UUID.class)
                    .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .setMaxResults(batchSize).getResultList());
            ids = ids.stream().filter(seen::add).toList();
            if (ids.isEmpty()) {
                break;
            }
            for (UUID id : ids) {
                due++;
                int[] outcome = QuarkusTransaction.requiringNew().call(() -> act(id, now, kalender));
                lapsed += outcome[0];
                claimed += outcome[1];
            }
        }
        long claimedAt = System.nanoTime();
        ReminderSender.Sent sent = sender.sendDue(now);
        long sentAt = System.nanoTime();
        return new Result(due, lapsed, claimed, sent.sent(), sent.failed(), (claimedAt - started) / 1_000_000,
                (sentAt - claimedAt) / 1_000_000);
    }

    /** One term, locked: lapse it if its day has passed, claim its latest due reminder, plan the next look. */
    int[] act(UUID id, Instant now, AtwKalender kalender) {
        Termijn t = Termijn.locked(id);
        if (t == null || t.nextActionAt == null || t.nextActionAt.toInstant().isAfter(now)) {
            return new int[] { 0, 0 }; // another instance was here first
        }
        int lapsed = 0;
        int claimed = 0;
        ReminderPlan plan = termijnen.plan(t, kalender);
        if (t.state == State.OPEN && !now.isBefore(plan.lapseAt())) {
            LocalDate on = LocalDate.ofInstant(plan.lapseAt(), ClockProducer.AMSTERDAM);
            termijnen.lapse(t, on);
            lapsed = 1;
        }
        Instant after = t.lastSlotAt == null || t.lastSlotAt.isBefore(t.remindersFrom) ? t.remindersFrom.toInstant()
                : t.lastSlotAt.toInstant();
        Optional<ReminderPlan.Slot> slot = plan.latestDue(now, after);
        if (slot.isPresent() && (t.state == State.OPEN || t.state == State.LAPSED)) {
            ReminderPlan.Slot s = slot.get();
            boolean exists = Herinnering.count("termijnId = ?1 and slotKey = ?2", t.id, s.key()) > 0;
            if (!exists) {
                Herinnering h = new Herinnering();
                h.id = UUID.randomUUID();
                h.termijnId = t.id;
                h.slotKey = s.key();
                h.moment = s.moment();
                h.plannedAt = OffsetDateTime.ofInstant(s.at(), ZoneOffset.UTC);
                h.claimedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                h.dueOn = t.dueOn;
                h.late = Duration.between(s.at(), now).compareTo(lateAfter) > 0;
                h.lapsed = t.state == State.LAPSED;
                h.state = Herinnering.State.PENDING;
                h.attempts = 0;
                h.nextAttemptAt = h.claimedAt;
                h.persist();
                claimed = 1;
            }
            t.lastSlotAt = OffsetDateTime.ofInstant(s.at(), ZoneOffset.UTC);
        }
        termijnen.plan(t, kalender, now);
        return new int[] { lapsed, claimed };
    }
}
