package nl.tweedekamer.meldpunt.termijn.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.platform.config.ClockProducer;
import nl.tweedekamer.meldpunt.platform.event.EventPublisher;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.termijn.Termijn;
import nl.tweedekamer.meldpunt.termijn.Termijn.State;
import nl.tweedekamer.meldpunt.termijn.TermijnRegel;
import nl.tweedekamer.meldpunt.termijn.TermijnStap;
import nl.tweedekamer.meldpunt.termijn.calendar.AtwKalender;
import nl.tweedekamer.meldpunt.termijn.calendar.DueDate;
import nl.tweedekamer.meldpunt.termijn.calendar.Term;
import nl.tweedekamer.meldpunt.termijn.calendar.TermijnBerekening;
import nl.tweedekamer.meldpunt.termijn.calendar.service.AtwKalenderService;
import nl.tweedekamer.meldpunt.termijn.calendar.service.DecreeRegistered;
import nl.tweedekamer.meldpunt.termijn.event.TermijnEvents;
import nl.tweedekamer.meldpunt.termijn.reminder.ReminderPlan;
import nl.tweedekamer.meldpunt.termijn.reminder.ReminderSchedule;

/**
 * Opens, moves, suspends, resumes and closes terms, each change in the caller's transaction with its history step
 * and its event in the outbox. The rules per term live in {@link TermijnRegel}; this class applies them.
 */
@ApplicationScoped
@Transactional
public class TermijnService {

    private static final Logger LOG = Logger.getLogger(TermijnService.class);

    @Inject
    AtwKalenderService atw;

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    @ConfigProperty(name = "meldpunt.reminders.t6-warning-days", defaultValue = "28")
    int t6WarningDays;

    /** What opens a term. The opening key makes opening the same term twice impossible. */
    public record Opening(TermijnRegel regel, String openingKey, String tenantId, UUID caseId, String caseReference,
            UUID appointmentId, UUID personId, String appointeeKind, String employerTenantId, UUID recipientId,
            UUID handoverId, LocalDate triggerDate, String triggerEventId, ReminderSchedule schedule) {
    }

    public Termijn open(Opening o) {
        Optional<Termijn> existing = Termijn.byOpeningKey(o.openingKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        AtwKalender kalender = atw.kalender();
        Term length = o.regel().lengthFrom(o.triggerDate(), kalender);
        DueDate due = new TermijnBerekening(kalender).dueDate(o.triggerDate(), length);
        Termijn t = new Termijn();
        t.id = UUID.randomUUID();
        t.soort = o.regel();
        t.openingKey = o.openingKey();
        t.tenantId = o.tenantId();
        t.caseId = o.caseId();
        t.caseReference = o.caseReference();
        t.appointmentId = o.appointmentId();
        t.personId = o.personId();
        t.appointeeKind = o.appointeeKind();
        t.employerTenantId = o.employerTenantId();
        t.recipientId = o.recipientId();
        t.handoverId = o.handoverId();
        t.triggerDate = o.triggerDate();
        t.triggerEventId = o.triggerEventId();
        t.basisDate = o.triggerDate();
        t.basisLength = length.toString();
        t.basisExtensionDays = 0;
        t.extensionDaysTotal = 0;
        t.state = State.OPEN;
        o.schedule().copyTo(t);
        t.openedAt = now();
        // reminders count from the trigger date: a term opened late (after downtime) still gets its latest one
        t.remindersFrom = o.triggerDate().atStartOfDay(ClockProducer.AMSTERDAM).toOffsetDateTime();
        apply(t, due, o.regel().article() + ": ");
        t.persist();
        step(t, "GEOPEND", o.triggerDate(), null, o.regel().article() + ", opened by " + o.regel().trigger(),
                o.triggerEventId());
        events.publish(Topics.TERMIJN_EVENTS, t.eventKey(), TermijnEvents.GEOPEND, t.tenantId, t.subject(),
                new TermijnEvents.TermijnGeopend(t.id, t.soort.name(), t.tenantId, t.caseId, t.caseReference,
                        t.appointmentId, t.employerTenantId, t.triggerDate, t.triggerEventId));
        publishDueDate(t, null, "GEOPEND");
        plan(t, kalender, clock.instant());
        return t;
    }

    /** The act that closes the term happened: on time when on or before the due date. */
    public void close(Termijn t, LocalDate on, String eventId, String byType) {
        end(t, on, eventId, byType, false);
    }

    /** The term no longer applies (withdrawn, ended, T3 stopped by a request to complete). */
    public void stop(Termijn t, LocalDate on, String eventId, String byType) {
        end(t, on, eventId, byType, true);
    }

    private void end(Termijn t, LocalDate on, String eventId, String byType, boolean stopped) {
        if (!t.state.isRunning()) {
            return;
        }
        boolean onTime = t.dueOn == null || !on.isAfter(t.dueOn);
        t.state = stopped ? State.STOPPED : onTime ? State.CLOSED_ON_TIME : State.CLOSED_LATE;
        t.closedOn = on;
        t.closedBy = byType;
        t.nextActionAt = null;
        step(t, stopped ? "GESTOPT" : onTime ? "GESLOTEN_OP_TIJD" : "GESLOTEN_TE_LAAT", on, null,
                (stopped ? "No longer applies" : "Closed by the act") + " (" + byType + ")", eventId);
        events.publish(Topics.TERMIJN_EVENTS, t.eventKey(), TermijnEvents.GESLOTEN, t.tenantId, t.subject(),
                new TermijnEvents.TermijnGesloten(t.id, t.soort.name(), t.tenantId, t.caseId, t.caseReference,
                        t.appointmentId, t.employerTenantId, t.dueOn, on, onTime, eventId));
    }

    /**
     * The file moved to another VP: the term's reminders and its view go to the VP who holds the file now (art 5.7),
     * not to the one who handed it over. The due date does not change.
     */
    public void reassign(Termijn t, UUID personId, String appointeeKind, LocalDate on, String eventId) {
        if (!t.state.isRunning() || personId.equals(t.personId)) {
            return;
        }
        t.personId = personId;
        t.appointeeKind = appointeeKind;
        step(t, "OVERGEDRAGEN", on, null, "The file moved to another vertrouwenspersoon (vertrouwenspersoon-gewisseld)",
                eventId);
    }

    public void stopAllOfCase(UUID caseId, LocalDate on, String eventId, String byType) {
        for (Termijn t : Termijn.ofCase(caseId)) {
            stop(t, on, eventId, byType);
        }
    }

    /**
     * An extension klacht-service granted ({@code termijn-stap} VERLENGING): the days are added to the term and the
     * due date is computed again. Art 13.3 (at most 4 weeks in total, before the term lapses) is klacht-service's
     * rule, checked there when the employer extends (one owner per rule); it is not judged again here.
     */
    public void extend(Termijn t, int days, LocalDate requestedOn, String eventId) {
        if (days < 1) {
            // the contract's minimum: without a day there is nothing to compute
            step(t, "VERLENGING_GEWEIGERD", requestedOn, days, "an extension names at least one day", eventId);
            LOG.warnf("Term %s: extension step %s names no day; nothing to compute", t.id, eventId);
            return;
        }
        t.extensionDaysTotal += days;
        if (t.state == State.SUSPENDED) {
            // no due date while suspended: the days join those that run again from the resumption
            t.remainingDays += days;
            step(t, "VERLENGING", requestedOn, days, "extended by " + days + " days while suspended; "
                    + t.extensionDaysTotal + " days in total", eventId);
            return;
        }
        t.basisExtensionDays += days;
        LocalDate previous = t.dueOn;
        AtwKalender kalender = atw.kalender();
        apply(t, compute(t, kalender), t.soort.article() + ": ");
        reopenWhenDueAgain(t);
        step(t, "VERLENGING", requestedOn, days, "extended by " + days + " days; " + t.extensionDaysTotal
                + " days in total", eventId);
        moved(t, previous, "VERLENGING", kalender);
    }

    /**
     * A new reasonable term for the advice klacht-service set (art 12.3, its rule): the term now ends on
     * {@code newDueOn}, then the Atw. Only a step that names no end, or one before the day it was set, cannot be
     * computed.
     */
    public void newTerm(Termijn t, LocalDate newDueOn, LocalDate requestedOn, String eventId) {
        if (newDueOn == null || newDueOn.isBefore(requestedOn)) {
            step(t, "NIEUWE_TERMIJN_GEWEIGERD", requestedOn, null, newDueOn == null ? "the step names no new end"
                    : "a new end before the day it was set (" + requestedOn + ") cannot be computed", eventId);
            return;
        }
        LocalDate previous = t.dueOn;
        t.basisDate = requestedOn;
        t.basisLength = Term.days((int) ChronoUnit.DAYS.between(requestedOn, newDueOn)).toString();
        t.basisExtensionDays = 0;
        t.state = State.OPEN;
        t.lapsedOn = null;
        t.suspendedOn = null;
        t.remainingDays = null;
        AtwKalender kalender = atw.kalender();
        apply(t, compute(t, kalender), "New reasonable term (" + t.soort.article() + ") until " + newDueOn + ": ");
        step(t, "NIEUWE_TERMIJN", requestedOn, null, "a new reasonable term until " + newDueOn, eventId);
        moved(t, previous, "NIEUWE_TERMIJN", kalender);
    }

    /** Suspension keeps the days that remain; the term has no due date until it is resumed. */
    public void suspend(Termijn t, LocalDate on, String eventId) {
        if (t.state != State.OPEN || t.dueOn == null) {
            step(t, "OPSCHORTING_GEWEIGERD", on, null, "only an open term can be suspended", eventId);
            return;
        }
        LocalDate previous = t.dueOn;
        t.remainingDays = (int) Math.max(0, ChronoUnit.DAYS.between(on, t.dueOn));
        t.suspendedOn = on;
        t.state = State.SUSPENDED;
        t.dueOn = null;
        t.nextActionAt = null;
        t.computation = "Suspended on " + on + " with " + t.remainingDays + " days remaining of the term due on "
                + previous + ".";
        step(t, "OPSCHORTING", on, null, t.computation, eventId);
        publishDueDate(t, previous, "OPSCHORTING");
    }

    /** Resumption: the remaining days run again from the day of resumption, then the Atw. */
    public void resume(Termijn t, LocalDate on, String eventId) {
        if (t.state != State.SUSPENDED) {
            step(t, "HERVATTING_GEWEIGERD", on, null, "only a suspended term can be resumed", eventId);
            return;
        }
        t.basisDate = on;
        t.basisLength = Term.days(t.remainingDays).toString();
        t.basisExtensionDays = 0;
        t.state = State.OPEN;
        AtwKalender kalender = atw.kalender();
        String prefix = "Suspended on " + t.suspendedOn + " with " + t.remainingDays + " days remaining; resumed on "
                + on + ": ";
        apply(t, compute(t, kalender), prefix);
        t.suspendedOn = null;
        t.remindersFrom = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        step(t, "HERVATTING", on, null, t.computation, eventId);
        publishDueDate(t, null, "HERVATTING");
        plan(t, kalender, clock.instant());
    }

    /** A T6 whose complaint ended later than the file closed runs from that end (domain.md §7). */
    public void moveTrigger(Termijn t, LocalDate trigger, String eventId) {
        if (!t.state.isRunning() || !trigger.isAfter(t.basisDate)) {
            return;
        }
        LocalDate previous = t.dueOn;
        t.triggerDate = trigger;
        t.basisDate = trigger;
        AtwKalender kalender = atw.kalender();
        apply(t, compute(t, kalender), t.soort.article() + ", from the end of the complaint: ");
        step(t, "KLACHT_BEEINDIGD", trigger, null, "runs from the end of the complaint", eventId);
        moved(t, previous, "KLACHT_BEEINDIGD", kalender);
    }

    /** A new decree (Atw art 3 lid 3): every running term whose due date rested on a year it covers is recomputed. */
    void onDecree(@Observes DecreeRegistered decree) {
        AtwKalender kalender = atw.kalender();
        List<Termijn> affected = Termijn.list("decreeKnown = false and state in ?1", List.of(State.OPEN, State.LAPSED));
        LocalDate today = LocalDate.now(clock);
        for (Termijn t : affected) {
            boolean covered = years(t).stream()
                    .anyMatch(y -> y >= decree.coversFromYear() && y <= decree.coversToYear());
            if (!covered) {
                continue;
            }
            LocalDate previous = t.dueOn;
            apply(t, compute(t, kalender), t.soort.article() + ", recomputed for the decree covering "
                    + decree.coversFromYear() + "-" + decree.coversToYear() + ": ");
            reopenWhenDueAgain(t);
            step(t, "BESLUIT_GELIJKSTELLING", today, null, t.computation, null);
            moved(t, previous, "BESLUIT_GELIJKSTELLING", kalender);
        }
    }

    /** The term lapsed without its act: published, and for commission terms escalated to the chair by the reminders. */
    public void lapse(Termijn t, LocalDate on) {
        t.state = State.LAPSED;
        t.lapsedOn = on;
        step(t, "VERSTREKEN", on, null, "lapsed: due on " + t.dueOn, null);
        events.publish(Topics.TERMIJN_EVENTS, t.eventKey(), TermijnEvents.VERSTREKEN, t.tenantId, t.subject(),
                new TermijnEvents.TermijnVerstreken(t.id, t.soort.name(), t.tenantId, t.caseId, t.caseReference,
                        t.appointmentId, t.employerTenantId, t.dueOn, on));
    }

    public ReminderPlan plan(Termijn t, AtwKalender kalender) {
        return new ReminderPlan(t.soort, ReminderSchedule.of(t), t.dueOn, kalender, ClockProducer.AMSTERDAM,
                t6WarningDays);
    }

    /** When the scheduler must next look at this term: its next reminder, or its lapse, whichever comes first. */
    public void plan(Termijn t, AtwKalender kalender, Instant now) {
        if (t.dueOn == null || !(t.state == State.OPEN || t.state == State.LAPSED)) {
            t.nextActionAt = null;
            return;
        }
        ReminderPlan plan = plan(t, kalender);
        Instant after = t.lastSlotAt == null || t.lastSlotAt.isBefore(t.remindersFrom)
                ? t.remindersFrom.toInstant() : t.lastSlotAt.toInstant();
        Instant next = plan.latestDue(now, after).isPresent() ? now
                : plan.nextAfter(now).map(ReminderPlan.Slot::at).orElse(null);
        if (t.state == State.OPEN) {
            Instant lapse = plan.lapseAt();
            next = next == null || lapse.isBefore(next) ? lapse : next;
        }
        t.nextActionAt = next == null ? null : OffsetDateTime.ofInstant(next, ZoneOffset.UTC);
    }

    /** A lapsed term whose due date moved to today or later runs again. */
    private void reopenWhenDueAgain(Termijn t) {
        if (t.state == State.LAPSED && t.dueOn != null && !t.dueOn.isBefore(LocalDate.now(clock))) {
            t.state = State.OPEN;
            t.lapsedOn = null;
        }
    }

    private DueDate compute(Termijn t, AtwKalender kalender) {
        return new TermijnBerekening(kalender).dueDate(t.basisDate, t.basisTerm(), t.basisExtensionDays);
    }

    private static void apply(Termijn t, DueDate due, String prefix) {
        t.dueOn = due.due();
        t.computation = (prefix + due.explanation());
        if (t.computation.length() > 4000) {
            t.computation = t.computation.substring(0, 4000);
        }
        t.decreeKnown = due.decreeKnown();
        t.yearsWithoutDecree = due.yearsWithoutDecree().isEmpty() ? null
                : due.yearsWithoutDecree().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> years(Termijn t) {
        return t.yearsWithoutDecree == null ? List.of()
                : java.util.Arrays.stream(t.yearsWithoutDecree.split(",")).map(Integer::valueOf).toList();
    }

    /** The due date moved: a new reminder plan from now on, and the new due date published. */
    private void moved(Termijn t, LocalDate previous, String reason, AtwKalender kalender) {
        t.remindersFrom = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        publishDueDate(t, previous, reason);
        plan(t, kalender, clock.instant());
    }

    private void publishDueDate(Termijn t, LocalDate previous, String reason) {
        events.publish(Topics.TERMIJN_EVENTS, t.eventKey(), TermijnEvents.VERVALDATUM_BEREKEND, t.tenantId, t.subject(),
                new TermijnEvents.VervaldatumBerekend(t.id, t.soort.name(), t.tenantId, t.caseId, t.caseReference,
                        t.appointmentId, t.employerTenantId, t.dueOn, previous, reason, t.extensionDaysTotal,
                        t.decreeKnown, t.computation));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void step(Termijn t, String kind, LocalDate on, Integer extensionDays, String detail, String eventId) {
        TermijnStap s = new TermijnStap();
        s.id = UUID.randomUUID();
        s.termijnId = t.id;
        s.seq = TermijnStap.nextSeq(t.id);
        s.kind = kind;
        s.stepOn = on;
        s.dueOn = t.dueOn;
        s.extensionDays = extensionDays;
        s.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
        s.eventId = eventId;
        s.recordedAt = now();
        s.persist();
    }
}
