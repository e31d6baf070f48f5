package nl.tweedekamer.meldpunt.termijn.listener;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.platform.config.ClockProducer;
import nl.tweedekamer.meldpunt.platform.event.EventHandler;
import nl.tweedekamer.meldpunt.platform.event.InboundEvent;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.termijn.CommissieZetel;
import nl.tweedekamer.meldpunt.termijn.Termijn;
import nl.tweedekamer.meldpunt.termijn.TermijnKlacht;
import nl.tweedekamer.meldpunt.termijn.TermijnRegel;
import nl.tweedekamer.meldpunt.termijn.calendar.Term;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.AanvullingGevraagd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.AanvullingOntvangen;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.AdviesUitgebracht;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.BeslisserBenoemd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.BesluitGenomen;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.CommissielidBenoemd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.CommissielidOntslagen;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.KlaagschriftIngediend;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.KlachtBeeindigd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.KlachtIngetrokken;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.OntvangstBevestigd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.OntvankelijkheidVastgesteld;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.TermijnStapEvent;
import nl.tweedekamer.meldpunt.termijn.reminder.ReminderSchedule;
import nl.tweedekamer.meldpunt.termijn.reminder.service.ReminderSchedules;
import nl.tweedekamer.meldpunt.termijn.service.TermijnService;
import nl.tweedekamer.meldpunt.termijn.service.TermijnService.Opening;

/**
 * Opens and closes the complaint terms T2–T5 from klacht.events.v1, applies the term steps klacht-service sends,
 * and opens T8 for commission members. Runs in the platform's transaction with the inbox record, so a
 * redelivered event changes nothing; every term is opened under a unique opening key as well.
 */
@ApplicationScoped
public class KlachtEventsListener implements EventHandler {

    private static final Logger LOG = Logger.getLogger(KlachtEventsListener.class);

    /** asyncapi CommissielidBenoemd.function: the commission's secretary (art 8). */
    private static final String SECRETARIS = "SECRETARIS";

    @Inject
    ObjectMapper mapper;

    @Inject
    TermijnService termijnen;

    @Inject
    ReminderSchedules schedules;

    @Override
    public String name() {
        return "termijnen-klacht";
    }

    @Override
    public Collection<String> topics() {
        return List.of(Topics.KLACHT_EVENTS);
    }

    @Override
    public void handle(InboundEvent event) {
        switch (event.type()) {
            case ConsumedEvents.KLAAGSCHRIFT_INGEDIEND -> read(event, KlaagschriftIngediend.class).ifPresent(e -> filed(event, e));
            case ConsumedEvents.ONTVANGST_BEVESTIGD ->
                read(event, OntvangstBevestigd.class).ifPresent(e -> received(event, e));
            case ConsumedEvents.AANVULLING_GEVRAAGD ->
                read(event, AanvullingGevraagd.class).ifPresent(e -> completionAsked(event, e));
            case ConsumedEvents.AANVULLING_ONTVANGEN ->
                read(event, AanvullingOntvangen.class).ifPresent(e -> completed(event, e));
            case ConsumedEvents.ONTVANKELIJKHEID_VASTGESTELD ->
                read(event, OntvankelijkheidVastgesteld.class).ifPresent(e -> admissibility(event, e));
            case ConsumedEvents.ADVIES_UITGEBRACHT -> read(event, AdviesUitgebracht.class).ifPresent(e -> advice(event, e));
            case ConsumedEvents.BESLUIT_GENOMEN -> read(event, BesluitGenomen.class).ifPresent(e -> decision(event, e));
            case ConsumedEvents.BESLISSER_BENOEMD -> read(event, BeslisserBenoemd.class).ifPresent(this::deciderNamed);
            case ConsumedEvents.KLACHT_INGETROKKEN -> read(event, KlachtIngetrokken.class).ifPresent(
                    e -> termijnen.stopAllOfCase(e.caseId(), e.withdrawnOn(), event.id(), "klacht-ingetrokken"));
            case ConsumedEvents.KLACHT_BEEINDIGD -> read(event, KlachtBeeindigd.class).ifPresent(e -> ended(event, e));
            case ConsumedEvents.TERMIJN_STAP -> read(event, TermijnStapEvent.class).ifPresent(e -> step(event, e));
            case ConsumedEvents.COMMISSIELID_BENOEMD ->
                read(event, CommissielidBenoemd.class).ifPresent(e -> appointed(event, e));
            case ConsumedEvents.COMMISSIELID_ONTSLAGEN ->
                read(event, CommissielidOntslagen.class).ifPresent(e -> appointmentEnded(event, e));
            default -> {
                // other complaint events open or close no term
            }
        }
    }

    private <T extends Record> java.util.Optional<T> read(InboundEvent event, Class<T> type) {
        return Payloads.read(mapper, event, type, name());
    }

    private TermijnKlacht klacht(UUID caseId, String reference, String tenantId) {
        TermijnKlacht klacht = TermijnKlacht.findById(caseId);
        if (klacht == null) {
            klacht = new TermijnKlacht();
            klacht.caseId = caseId;
            klacht.tenantId = tenantId;
            klacht.caseReference = reference;
            klacht.persist();
        }
        return klacht;
    }

    /**
     * art 9.4: the secretary is reminded to confirm receipt 5 working days after filing. art 10.1: T3 runs from the
     * day the complaint is complete, which klacht-service decides (art 9.1 met at filing: {@code completeOn}); an
     * incomplete one starts T3 when completion is answered.
     */
    private void filed(InboundEvent event, KlaagschriftIngediend e) {
        TermijnKlacht klacht = klacht(e.caseId(), e.caseReference(), e.tenantId());
        klacht.declarationId = e.declarationId();
        klacht.handoverId = e.handoverId();
        if (e.filedOn() != null) {
            openCaseTerm(TermijnRegel.ONTVANGSTBEVESTIGING, ontvangstKey(e.caseId()), e.tenantId(), e.caseId(),
                    e.caseReference(), null, null, e.filedOn(), event.id());
        }
        if (e.completeOn() != null) {
            openCaseTerm(TermijnRegel.T3, "T3:" + e.caseId() + ":indiening", e.tenantId(), e.caseId(),
                    e.caseReference(), null, null, e.completeOn(), event.id());
        }
    }

    /** art 9.4: receipt confirmed; it no longer starts T3 (that is the complaint being complete, above). */
    private void received(InboundEvent event, OntvangstBevestigd e) {
        klacht(e.caseId(), e.caseReference(), e.tenantId());
        Termijn.byOpeningKey(ontvangstKey(e.caseId()))
                .ifPresent(t -> termijnen.close(t, e.confirmedOn(), event.id(), "ontvangst-bevestigd"));
    }

    private static String ontvangstKey(UUID caseId) {
        return TermijnRegel.ONTVANGSTBEVESTIGING.name() + ":" + caseId;
    }

    /** art 9.3: T2 opens; T3 stops until the complaint is complete again. */
    private void completionAsked(InboundEvent event, AanvullingGevraagd e) {
        klacht(e.caseId(), e.caseReference(), e.tenantId());
        Termijn.running(e.caseId(), TermijnRegel.T3)
                .forEach(t -> termijnen.stop(t, e.requestedOn(), event.id(), "aanvulling-gevraagd"));
        openCaseTerm(TermijnRegel.T2, "T2:" + e.caseId() + ":" + e.requestId(), e.tenantId(), e.caseId(),
                e.caseReference(), null, null, e.requestedOn(), event.id());
    }

    /** art 9.3: T2 closes; complete again, so T3 restarts from completeOn (domain.md §5.11). */
    private void completed(InboundEvent event, AanvullingOntvangen e) {
        Termijn.byOpeningKey("T2:" + e.caseId() + ":" + e.requestId())
                .ifPresent(t -> termijnen.close(t, e.receivedOn(), event.id(), "aanvulling-ontvangen"));
        if (e.completeOn() == null) {
            // the contract requires it here (completeOn may be null on the filing and the receipt only)
            LOG.errorf("Consumer %s: event %s of type %s lacks completeOn; T3 not opened", name(), event.id(),
                    event.type());
            return;
        }
        openCaseTerm(TermijnRegel.T3, "T3:" + e.caseId() + ":" + e.requestId(), e.tenantId(), e.caseId(),
                e.caseReference(), null, null, e.completeOn(), event.id());
    }

    /** T3 closes; art 12.2: the advice term runs from admissibility, not from receipt. */
    private void admissibility(InboundEvent event, OntvankelijkheidVastgesteld e) {
        Termijn.running(e.caseId(), TermijnRegel.T3)
                .forEach(t -> termijnen.close(t, e.decidedOn(), event.id(), "ontvankelijkheid-vastgesteld"));
        if (e.admissible()) {
            openCaseTerm(TermijnRegel.T4, "T4:" + e.caseId(), e.tenantId(), e.caseId(), e.caseReference(), null, null,
                    e.decidedOn(), event.id());
        }
    }

    /** T4 closes; art 13: each employer involved decides within 4 weeks after receiving the advice. */
    private void advice(InboundEvent event, AdviesUitgebracht e) {
        Termijn.running(e.caseId(), TermijnRegel.T4)
                .forEach(t -> termijnen.close(t, e.issuedOn(), event.id(), "advies-uitgebracht"));
        if (e.recipients() == null) {
            return;
        }
        for (AdviesUitgebracht.Recipient r : e.recipients()) {
            openCaseTerm(TermijnRegel.T5, "T5:" + e.caseId() + ":" + r.employerTenantId(), e.tenantId(), e.caseId(),
                    e.caseReference(), r.employerTenantId(), r.recipientId(), e.receivedOn(), event.id());
        }
    }

    /** Domain.md §10.2: another person decides for the employer; only they read its T5 from now on. */
    private void deciderNamed(BeslisserBenoemd e) {
        Termijn.byOpeningKey("T5:" + e.caseId() + ":" + e.employerTenantId())
                .ifPresent(t -> t.recipientId = e.deciderId());
    }

    private void decision(InboundEvent event, BesluitGenomen e) {
        Termijn.byOpeningKey("T5:" + e.caseId() + ":" + e.employerTenantId())
                .ifPresent(t -> termijnen.close(t, e.decidedOn(), event.id(), "besluit-genomen"));
    }

    private void ended(InboundEvent event, KlachtBeeindigd e) {
        termijnen.stopAllOfCase(e.caseId(), e.endedOn(), event.id(), "klacht-beeindigd");
        TermijnKlacht klacht = klacht(e.caseId(), e.caseReference(), e.tenantId());
        klacht.endDate = e.endDate();
        if (e.handoverId() != null) {
            klacht.handoverId = e.handoverId();
            // domain.md §7: a VP file's T6 runs from the later of its closure and the complaint's end date
            Termijn.<Termijn>list("handoverId = ?1 and soort = ?2", e.handoverId(), TermijnRegel.T6)
                    .forEach(t -> termijnen.moveTrigger(t, e.endDate(), event.id()));
        }
    }

    /** klacht-service owns the reasons; this applies the step to the running terms of that kind. */
    private void step(InboundEvent event, TermijnStapEvent e) {
        TermijnRegel regel;
        try {
            regel = TermijnRegel.valueOf(e.term());
        } catch (RuntimeException ex) {
            LOG.errorf("Term step %s names no term this service knows; passed over", event.id());
            return;
        }
        // a T5 step names the employer whose decision term it moves: each employer involved decides on its own (art 13)
        List<Termijn> running = Termijn.running(e.caseId(), regel).stream()
                .filter(t -> e.employerTenantId() == null || e.employerTenantId().equals(t.employerTenantId))
                .toList();
        if (running.isEmpty()) {
            LOG.warnf("Term step %s (%s %s) finds no running term of its case", event.id(), e.action(), e.term());
        }
        for (Termijn t : running) {
            switch (e.action()) {
                case "VERLENGING" -> termijnen.extend(t, e.extensionDays() == null ? 0 : e.extensionDays(),
                        e.requestedOn(), event.id());
                case "NIEUWE_TERMIJN" -> termijnen.newTerm(t, e.newDueOn(), e.requestedOn(), event.id());
                case "OPSCHORTING" -> termijnen.suspend(t, e.requestedOn(), event.id());
                case "HERVATTING" -> termijnen.resume(t, e.requestedOn(), event.id());
                default -> LOG.errorf("Term step %s has an unknown action; passed over", event.id());
            }
        }
    }

    /**
     * art 6.2: a commission member is appointed for 4 years, and may be renewed as often as the Presidium wishes;
     * T8 runs from the start of each period. A renewal ({@code reappointment}, same {@code appointmentId} and
     * {@code appointedFrom}, the new {@code appointedUntil}) closes the T8 of the period that ends and opens the
     * renewed period's, which starts the day after the previous last day. Art 8 gives the secretary no term: no T8.
     */
    private void appointed(InboundEvent event, CommissielidBenoemd e) {
        seat(e);
        if (SECRETARIS.equals(e.function())) {
            // art 8: the secretary serves without a term; a T8 an earlier version opened for the seat stops
            LocalDate on = dayOf(event, e.appointedFrom());
            Termijn.runningOfAppointment(e.appointmentId(), TermijnRegel.T8)
                    .forEach(t -> termijnen.stop(t, on, event.id(), "commissielid-benoemd"));
            return;
        }
        boolean renewal = Boolean.TRUE.equals(e.reappointment());
        if (renewal && e.appointedUntil() == null) {
            LOG.errorf("Consumer %s passes over event %s of type %s: a renewal without appointedUntil", name(),
                    event.id(), event.type());
            return;
        }
        Term length = TermijnRegel.T8.length();
        LocalDate from = renewal ? e.appointedUntil().plusDays(1).minus(length.amount(), length.unit())
                : e.appointedFrom();
        String key = "T8:" + e.appointmentId() + ":" + from;
        if (Termijn.byOpeningKey(key).isPresent()) {
            return; // this period's term is open already: the same appointment or renewal again
        }
        if (renewal) {
            LocalDate on = dayOf(event, from);
            Termijn.runningOfAppointment(e.appointmentId(), TermijnRegel.T8)
                    .forEach(t -> termijnen.close(t, on, event.id(), "commissielid-benoemd (herbenoeming)"));
        }
        termijnen.open(new Opening(TermijnRegel.T8, key, null, null, null, e.appointmentId(), e.personId(),
                "COMMISSIE", null, null, null, from, event.id(), ReminderSchedule.DEFAULT));
    }

    /**
     * The seat as klacht-service published it, for the access checks ({@code CommissieZetels}): an appointment, or
     * its renewal with the new last day. The same event again changes nothing.
     */
    private void seat(CommissielidBenoemd e) {
        CommissieZetel found = CommissieZetel.findById(e.appointmentId());
        CommissieZetel zetel = found == null ? new CommissieZetel() : found;
        zetel.appointmentId = e.appointmentId();
        zetel.personId = e.personId();
        zetel.function = e.function();
        zetel.appointedFrom = e.appointedFrom();
        zetel.appointedUntil = e.appointedUntil();
        if (found == null) {
            zetel.persist();
        }
    }

    /** From {@code endedOn} the person no longer serves: the seat admits nothing, and the running T8 closes. */
    private void appointmentEnded(InboundEvent event, CommissielidOntslagen e) {
        if (e.endedOn() == null) {
            LOG.errorf("Consumer %s passes over event %s of type %s: it lacks endedOn", name(), event.id(),
                    event.type());
            return;
        }
        CommissieZetel zetel = CommissieZetel.findById(e.appointmentId());
        if (zetel != null) {
            zetel.endedOn = e.endedOn();
        } else {
            // an appointment this service never saw (an ending that follows nothing): recorded as ended
            zetel = new CommissieZetel();
            zetel.appointmentId = e.appointmentId();
            zetel.personId = e.personId();
            zetel.function = e.function() == null ? "LID" : e.function();
            zetel.appointedFrom = e.endedOn();
            zetel.endedOn = e.endedOn();
            zetel.persist();
        }
        Termijn.runningOfAppointment(e.appointmentId(), TermijnRegel.T8)
                .forEach(t -> termijnen.close(t, e.endedOn(), event.id(), "commissielid-ontslagen"));
    }

    /** The day an event happened (Europe/Amsterdam), or {@code otherwise} when it carries no time. */
    private static LocalDate dayOf(InboundEvent event, LocalDate otherwise) {
        return event.time() == null ? otherwise : event.time().atZoneSameInstant(ClockProducer.AMSTERDAM).toLocalDate();
    }

    private void openCaseTerm(TermijnRegel regel, String key, String tenantId, UUID caseId, String reference,
            String employerTenantId, UUID recipientId, LocalDate trigger, String eventId) {
        ReminderSchedule schedule = schedules.forCase(caseId, tenantId, trigger);
        if (!regel.remindsDaysBefore()) {
            schedule = new ReminderSchedule(List.of(), true, schedule.everyWorkingDayAfter(), schedule.atTime());
        }
        termijnen.open(new Opening(regel, key, tenantId, caseId, reference, null, null, null, employerTenantId,
                recipientId, null, trigger, eventId, schedule));
    }
}
