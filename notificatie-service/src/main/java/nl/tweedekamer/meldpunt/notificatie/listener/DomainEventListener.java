package nl.tweedekamer.meldpunt.notificatie.listener;

import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.notificatie.event.DomainEvent;
import nl.tweedekamer.meldpunt.notificatie.event.EventTypes;
import nl.tweedekamer.meldpunt.notificatie.hrstatus.service.HrStatusService;
import nl.tweedekamer.meldpunt.notificatie.service.NotificationPlanner;
import nl.tweedekamer.meldpunt.platform.event.EventHandler;
import nl.tweedekamer.meldpunt.platform.event.InboundEvent;
import nl.tweedekamer.meldpunt.platform.event.Topics;

/**
 * Follows the complaint, melding and term events on one consumer (so the advice and the due date of a case,
 * which travel on different topics, are never handled at the same time) and, in the event's inbox
 * transaction, plans the emails and the HR status they cause.
 */
@ApplicationScoped
public class DomainEventListener implements EventHandler {

    public static final String NAME = "notifications";

    private static final Logger LOG = Logger.getLogger(DomainEventListener.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    NotificationPlanner planner;

    @Inject
    HrStatusService hrStatus;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Collection<String> topics() {
        return List.of(Topics.KLACHT_EVENTS, Topics.MELDING_EVENTS, Topics.TERMIJN_EVENTS);
    }

    @Override
    public void handle(InboundEvent inbound) {
        boolean concernsUs = inbound.type() != null && (inbound.type().equals(EventTypes.VERVALDATUM_BEREKEND)
                || inbound.type().equals(EventTypes.ADVIES_UITGEBRACHT)
                || inbound.type().equals(EventTypes.BESLUIT_GENOMEN)
                || inbound.type().equals(EventTypes.KLACHT_BEEINDIGD)
                || nl.tweedekamer.meldpunt.notificatie.service.Recipients.eventTypes().contains(inbound.type()));
        if (!concernsUs) {
            return;
        }
        DomainEvent event;
        try {
            event = inbound.dataAs(mapper, DomainEvent.class);
        } catch (UncheckedIOException e) {
            passOver(inbound, "its data does not match the contract");
            return;
        }
        String reference = event.reference();
        if (reference != null && !DomainEvent.validReference(reference)) {
            // a reference is shown in emails and HR events: anything but the contract's pattern stays out
            passOver(inbound, "its case reference is not one the contract allows");
            return;
        }
        if (reference == null && !EventTypes.VERVALDATUM_BEREKEND.equals(inbound.type())) {
            passOver(inbound, "it carries no case reference");
            return;
        }
        planner.plan(inbound.id(), inbound.type(), event);
        hrStatus.apply(inbound.type(), event);
    }

    /** An event that can never be handled is passed over visibly, by id and type only, instead of stalling. */
    private static void passOver(InboundEvent event, String why) {
        LOG.errorf("Passing over event %s of type %s: %s", event.id(), event.type(), why);
    }
}
