package nl.tweedekamer.meldpunt.melding.afsluiting.listener;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.melding.afsluiting.service.AfsluitingService;
import nl.tweedekamer.meldpunt.platform.event.EventHandler;
import nl.tweedekamer.meldpunt.platform.event.InboundEvent;
import nl.tweedekamer.meldpunt.platform.event.Topics;

/**
 * Keeps the destruction day of a closed VP file as termijn-service computed its T6 (art 5.6), so the VP and the
 * melder see when the file goes. Events of one file arrive in order (keyed by its id): the newest date stands.
 */
@ApplicationScoped
public class VernietigingsdatumListener implements EventHandler {

    public static final String TYPE = "nl.tweedekamer.termijn.vervaldatum-berekend.v1";

    /** The fields of asyncapi.yaml's VervaldatumBerekend this service uses. */
    record VervaldatumBerekend(String term, UUID caseId, LocalDate dueOn) {
    }

    @Inject
    AfsluitingService afsluiting;

    @Inject
    ObjectMapper mapper;

    @Override
    public String name() {
        return "t6-due-date";
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
        VervaldatumBerekend computed = event.dataAs(mapper, VervaldatumBerekend.class);
        if ("T6".equals(computed.term()) && computed.caseId() != null) {
            afsluiting.noteDestructionDue(computed.caseId(), computed.dueOn());
        }
    }
}
