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
import nl.tweedekamer.meldpunt.termijn.Termijn;
import nl.tweedekamer.meldpunt.termijn.TermijnKlacht;
import nl.tweedekamer.meldpunt.termijn.TermijnRegel;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.DossierGesloten;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.DossierVernietigd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.OverdrachtVoltooid;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.VertrouwenspersoonBenoemd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.VertrouwenspersoonGewisseld;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.VertrouwenspersoonOntslagen;
import nl.tweedekamer.meldpunt.termijn.reminder.ReminderSchedule;
import nl.tweedekamer.meldpunt.termijn.reminder.service.ReminderSchedules;
import nl.tweedekamer.meldpunt.termijn.service.TermijnService;
import nl.tweedekamer.meldpunt.termijn.service.TermijnService.Opening;

/** T6 (destruction of a VP file), T7 (hand-over) and T8 (reappointment of a VP) from melding.events.v1. */
@ApplicationScoped
public class MeldingEventsListener implements EventHandler {

    private static final Logger LOG = Logger.getLogger(MeldingEventsListener.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    TermijnService termijnen;

    @Inject
    ReminderSchedules schedules;

    @Override
    public String name() {
        return "termijnen-melding";
    }

    @Override
    public Collection<String> topics() {
        return List.of(Topics.MELDING_EVENTS);
    }

    @Override
    public void handle(InboundEvent event) {
        switch (event.type()) {
            case ConsumedEvents.DOSSIER_GESLOTEN -> read(event, DossierGesloten.class).ifPresent(e -> closed(event, e));
            case ConsumedEvents.DOSSIER_VERNIETIGD -> read(event, DossierVernietigd.class).ifPresent(
                    e -> Termijn.running(e.meldingId(), TermijnRegel.T6)
                            .forEach(t -> termijnen.close(t, e.destroyedOn(), event.id(), "dossier-vernietigd")));
            case ConsumedEvents.VP_BENOEMD ->
                read(event, VertrouwenspersoonBenoemd.class).ifPresent(e -> appointed(event, e));
            case ConsumedEvents.VP_ONTSLAGEN ->
                read(event, VertrouwenspersoonOntslagen.class).ifPresent(e -> ended(event, e));
            case ConsumedEvents.VP_GEWISSELD -> read(event, VertrouwenspersoonGewisseld.class).ifPresent(
                    e -> Termijn.running(e.meldingId(), TermijnRegel.T6).forEach(t -> termijnen.reassign(t,
                            e.vertrouwenspersoonId(), e.vertrouwenspersoonKind(), e.changedOn(), event.id())));
            case ConsumedEvents.OVERDRACHT_VOLTOOID ->
                read(event, OverdrachtVoltooid.class).ifPresent(e -> handedOver(event, e));
            default -> {
                // other melding events open or close no term
            }
        }
    }

    private <T extends Record> java.util.Optional<T> read(InboundEvent event, Class<T> type) {
        return Payloads.read(mapper, event, type, name());
    }

    /** art 5.6: destroyed 2 years after the written closure, or after the complaint that followed ended, if later. */
    private void closed(InboundEvent event, DossierGesloten e) {
        LocalDate trigger = e.closedOn();
        if (e.handoverId() != null) {
            LocalDate end = TermijnKlacht.byHandover(e.handoverId()).map(k -> k.endDate).orElse(null);
            if (end != null && end.isAfter(trigger)) {
                trigger = end;
            }
        }
        termijnen.open(new Opening(TermijnRegel.T6, "T6:" + e.meldingId(), e.tenantId(), e.meldingId(),
                e.meldingReference(), null, e.vertrouwenspersoonId(), null, null, null, e.handoverId(), trigger,
                event.id(), schedules.forTenant(e.tenantId(), null, trigger)));
    }

    /** art 4.2: 4 years, renewable once; a reappointment closes the first period and starts the second. */
    private void appointed(InboundEvent event, VertrouwenspersoonBenoemd e) {
        LocalDate from = e.appointedFrom();
        String key = "T8:" + e.appointmentId() + ":" + e.appointedFrom();
        if (e.reappointment()) {
            LocalDate on = event.time() == null ? from
                    : event.time().atZoneSameInstant(ClockProducer.AMSTERDAM).toLocalDate();
            for (Termijn t : Termijn.runningOfAppointment(e.appointmentId(), TermijnRegel.T8)) {
                from = TermijnRegel.T8.length().addTo(t.triggerDate);
                termijnen.close(t, on, event.id(), "vertrouwenspersoon-benoemd (herbenoeming)");
            }
            key = "T8:" + e.appointmentId() + ":herbenoeming";
        }
        termijnen.open(new Opening(TermijnRegel.T8, key, e.tenantId(), null, null, e.appointmentId(), e.personId(),
                e.kind(), null, null, null, from, event.id(), ReminderSchedule.DEFAULT));
    }

    /** art 5.7: the VP hands over the open files within a month after the appointment ends. */
    private void ended(InboundEvent event, VertrouwenspersoonOntslagen e) {
        Termijn.runningOfAppointment(e.appointmentId(), TermijnRegel.T8)
                .forEach(t -> termijnen.stop(t, e.endedOn(), event.id(), "vertrouwenspersoon-ontslagen"));
        openT7(e.appointmentId(), e.personId(), e.kind(), e.tenantId(), e.endedOn(), event.id());
    }

    /**
     * art 5.7: the ended appointment holds no file any more, so T7 closes on {@code completedOn} (on time or late).
     * Both events are keyed by the person and arrive in order; should the completion still come first, it opens T7
     * from its own {@code endedOn} and closes it, and the ending then finds T7 by its opening key. A redelivery, or
     * a completion for a T7 closed already, changes nothing.
     */
    private void handedOver(InboundEvent event, OverdrachtVoltooid e) {
        Termijn t7 = Termijn.byOpeningKey("T7:" + e.appointmentId()).orElse(null);
        if (t7 == null && e.endedOn() == null) {
            LOG.errorf("Consumer %s passes over event %s of type %s: no T7 to close and no endedOn to place it", name(),
                    event.id(), event.type());
            return;
        }
        if (t7 == null) {
            t7 = openT7(e.appointmentId(), e.personId(), e.kind(), e.tenantId(), e.endedOn(), event.id());
        }
        termijnen.close(t7, e.completedOn(), event.id(), "overdracht-voltooid");
    }

    private Termijn openT7(UUID appointmentId, UUID personId, String kind, String tenantId,
            LocalDate endedOn, String eventId) {
        return termijnen.open(new Opening(TermijnRegel.T7, "T7:" + appointmentId, tenantId, null, null,
                appointmentId, personId, kind, null, null, null, endedOn, eventId, ReminderSchedule.DEFAULT));
    }
}
