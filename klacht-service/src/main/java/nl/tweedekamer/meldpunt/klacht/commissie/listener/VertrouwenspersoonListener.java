package nl.tweedekamer.meldpunt.klacht.commissie.listener;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.commissie.KnownVertrouwenspersoon;
import nl.tweedekamer.meldpunt.platform.event.EventHandler;
import nl.tweedekamer.meldpunt.platform.event.InboundEvent;
import nl.tweedekamer.meldpunt.platform.event.Topics;

/**
 * Keeps the appointments of vertrouwenspersonen from {@code melding.events.v1}, so that none is appointed to the
 * commission (art 4.5). Other event types on that topic are not this consumer's business and are skipped. The
 * platform runs it in one transaction with the inbox record: a redelivered event is skipped before it gets here.
 */
@ApplicationScoped
public class VertrouwenspersoonListener implements EventHandler {

    public static final String NAME = "vertrouwenspersonen";
    static final String BENOEMD = "nl.tweedekamer.melding.vertrouwenspersoon-benoemd.v1";
    static final String ONTSLAGEN = "nl.tweedekamer.melding.vertrouwenspersoon-ontslagen.v1";

    private static final Logger LOG = Logger.getLogger(VertrouwenspersoonListener.class);

    /** The payload of {@code vertrouwenspersoon-benoemd.v1} (asyncapi.yaml). */
    record Benoemd(UUID appointmentId, UUID personId, String kind, String tenantId, LocalDate appointedFrom,
            LocalDate appointedUntil, boolean reappointment) {
    }

    /** The payload of {@code vertrouwenspersoon-ontslagen.v1} (asyncapi.yaml). */
    record Ontslagen(UUID appointmentId, UUID personId, String kind, String tenantId, LocalDate endedOn,
            String reason) {
    }

    @Inject
    ObjectMapper mapper;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Collection<String> topics() {
        return List.of(Topics.MELDING_EVENTS);
    }

    @Override
    public void handle(InboundEvent event) {
        try {
            if (BENOEMD.equals(event.type())) {
                appointed(event.dataAs(mapper, Benoemd.class), event);
            } else if (ONTSLAGEN.equals(event.type())) {
                ended(event.dataAs(mapper, Ontslagen.class), event);
            }
        } catch (UncheckedIOException e) {
            passOver(event, "its data does not match the contract");
        }
    }

    /** An appointment, or its renewal under the same appointment id (which moves its last day). */
    void appointed(Benoemd benoemd, InboundEvent event) {
        if (benoemd.appointmentId() == null || benoemd.personId() == null || benoemd.appointedFrom() == null) {
            passOver(event, "it lacks its appointmentId, personId or appointedFrom");
            return;
        }
        KnownVertrouwenspersoon vp = lock(benoemd.appointmentId());
        boolean isNew = vp == null;
        if (isNew) {
            vp = new KnownVertrouwenspersoon();
            vp.appointmentId = benoemd.appointmentId();
        }
        vp.personId = benoemd.personId();
        vp.kind = benoemd.kind() == null ? "POOL" : benoemd.kind();
        vp.tenantId = benoemd.tenantId();
        vp.appointedFrom = benoemd.appointedFrom();
        vp.appointedUntil = benoemd.appointedUntil();
        vp.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (isNew) {
            vp.persist();
        }
    }

    /** The end of an appointment; an end already known stays (an appointment ends once). */
    void ended(Ontslagen ontslagen, InboundEvent event) {
        if (ontslagen.appointmentId() == null || ontslagen.personId() == null || ontslagen.endedOn() == null) {
            passOver(event, "it lacks its appointmentId, personId or endedOn");
            return;
        }
        KnownVertrouwenspersoon vp = lock(ontslagen.appointmentId());
        if (vp == null) {
            // the appointment came before this consumer's time: keep what is known, an ended appointment
            vp = new KnownVertrouwenspersoon();
            vp.appointmentId = ontslagen.appointmentId();
            vp.personId = ontslagen.personId();
            vp.kind = ontslagen.kind() == null ? "POOL" : ontslagen.kind();
            vp.tenantId = ontslagen.tenantId();
            vp.appointedFrom = ontslagen.endedOn();
            vp.endedOn = ontslagen.endedOn();
            vp.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            vp.persist();
            return;
        }
        if (vp.endedOn == null) {
            vp.endedOn = ontslagen.endedOn();
            vp.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    private static KnownVertrouwenspersoon lock(UUID appointmentId) {
        return KnownVertrouwenspersoon.findById(appointmentId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * An event that can never be applied would block the partition if retried; it is passed over, visibly, with
     * its id and type only (no payload values in the log).
     */
    private static void passOver(InboundEvent event, String reason) {
        LOG.errorf("Consumer %s passes over event %s of type %s: %s", NAME, event.id(), event.type(), reason);
    }
}
