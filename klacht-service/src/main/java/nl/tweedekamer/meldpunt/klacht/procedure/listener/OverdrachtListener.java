package nl.tweedekamer.meldpunt.klacht.procedure.listener;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlaagschriftService;
import nl.tweedekamer.meldpunt.platform.event.EventHandler;
import nl.tweedekamer.meldpunt.platform.event.InboundEvent;
import nl.tweedekamer.meldpunt.platform.event.Topics;

/**
 * With consent, a named melder asked to file a complaint (OverdrachtNaarKlachtGevraagd on
 * {@code melding.events.v1}): an empty draft klaagschrift opens for that person in their organisation. The
 * hand-over id travels with the complaint so melding-service can find its file when the complaint ends.
 */
@ApplicationScoped
public class OverdrachtListener implements EventHandler {

    public static final String TYPE = "nl.tweedekamer.melding.overdracht-naar-klacht-gevraagd.v1";
    private static final Logger LOG = Logger.getLogger(OverdrachtListener.class);

    public record OverdrachtNaarKlachtGevraagd(UUID handoverId, String tenantId, UUID reporterId,
            LocalDate requestedOn) {
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    KlaagschriftService klaagschriften;

    @Override
    public String name() {
        return "overdracht-naar-klacht";
    }

    @Override
    public Collection<String> topics() {
        return List.of(Topics.MELDING_EVENTS);
    }

    @Override
    public void handle(InboundEvent event) {
        if (!TYPE.equals(event.type())) {
            return;
        }
        OverdrachtNaarKlachtGevraagd handover;
        try {
            handover = event.dataAs(mapper, OverdrachtNaarKlachtGevraagd.class);
        } catch (UncheckedIOException e) {
            LOG.errorf("Consumer %s passes over event %s: its data is no hand-over", name(), event.id());
            return;
        }
        if (handover.handoverId() == null || handover.reporterId() == null || handover.tenantId() == null
                || !handover.tenantId().equals(event.tenantId()) || Tenant.findById(handover.tenantId()) == null) {
            LOG.errorf("Consumer %s passes over event %s: it names no known tenant, person or hand-over", name(),
                    event.id());
            return;
        }
        if (Klacht.count("handoverId", handover.handoverId()) > 0) {
            return; // the same hand-over, sent again under another event id
        }
        klaagschriften.draft(handover.reporterId(), null, handover.handoverId());
        LOG.infof("Draft klaagschrift opened for hand-over %s", handover.handoverId());
    }
}
