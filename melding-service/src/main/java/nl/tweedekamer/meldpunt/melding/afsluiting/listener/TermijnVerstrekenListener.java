package nl.tweedekamer.meldpunt.melding.afsluiting.listener;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.melding.afsluiting.service.AfsluitingService;
import nl.tweedekamer.meldpunt.platform.event.EventHandler;
import nl.tweedekamer.meldpunt.platform.event.InboundEvent;
import nl.tweedekamer.meldpunt.platform.event.Topics;

/**
 * Destroys a VP file when termijn-service reports that its T6 lapsed (art 5.6: files are destroyed two years
 * after the written closure confirmation, or after the remedies against the complaint that followed). A
 * redelivered lapse is skipped by the inbox; a second lapse for a file already destroyed finds nothing.
 */
@ApplicationScoped
public class TermijnVerstrekenListener implements EventHandler {

    public static final String TYPE = "nl.tweedekamer.termijn.termijn-verstreken.v1";

    private static final Logger LOG = Logger.getLogger(TermijnVerstrekenListener.class);

    /** The fields of asyncapi.yaml's TermijnVerstreken this service uses. */
    record TermijnVerstreken(UUID termId, String term, String tenantId, UUID caseId) {
    }

    @Inject
    AfsluitingService afsluiting;

    @Inject
    ObjectMapper mapper;

    @Override
    public String name() {
        return "t6-destruction";
    }

    @Override
    public Collection<String> topics() {
        return List.of(Topics.TERMIJN_EVENTS);
    }

    @Override
    public void handle(InboundEvent event) {
        if (!TYPE.equals(event.type())) {
            return;
        }
        TermijnVerstreken lapse = event.dataAs(mapper, TermijnVerstreken.class);
        if (!"T6".equals(lapse.term()) || lapse.caseId() == null) {
            return;
        }
        if (afsluiting.destroy(lapse.caseId())) {
            LOG.infof("T6 lapsed: melding %s destroyed with its data key", lapse.caseId());
        }
    }
}
