package nl.tweedekamer.meldpunt.klacht.procedure.listener;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.procedure.BekendeTermijn;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.platform.event.EventHandler;
import nl.tweedekamer.meldpunt.platform.event.InboundEvent;
import nl.tweedekamer.meldpunt.platform.event.Topics;

/**
 * Keeps a copy of every due date termijn-service computes for a complaint's terms (VervaldatumBerekend on
 * {@code termijn.events.v1}), so that an extension asked after its term lapsed is refused at the moment it is
 * asked (art 13.3). The platform runs it with the event's tenant, in one transaction with the inbox record.
 */
@ApplicationScoped
public class VervaldatumListener implements EventHandler {

    public static final String TYPE = "nl.tweedekamer.termijn.vervaldatum-berekend.v1";
    private static final Set<String> COMPLAINT_TERMS = Set.of("T2", "T3", "T4", "T5");
    private static final Logger LOG = Logger.getLogger(VervaldatumListener.class);

    /** The fields of the contract this copy needs. */
    public record VervaldatumBerekend(UUID termId, String term, String tenantId, UUID caseId, String caseReference,
            String employerTenantId, LocalDate dueOn, Integer extensionDaysTotal) {
    }

    @Inject
    ObjectMapper mapper;

    @Override
    public String name() {
        return "vervaldatum-kopie";
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
        VervaldatumBerekend due;
        try {
            due = event.dataAs(mapper, VervaldatumBerekend.class);
        } catch (UncheckedIOException e) {
            LOG.errorf("Consumer %s passes over event %s: its data is no VervaldatumBerekend", name(), event.id());
            return;
        }
        if (due.caseId() == null || !COMPLAINT_TERMS.contains(due.term()) || due.termId() == null) {
            return; // a melding's or an appointment's term
        }
        // the tenant of the event is the request's tenant here: a case of another tenant is not found
        if (Klacht.count("id", due.caseId()) == 0) {
            LOG.debugf("Consumer %s: no complaint %s in tenant %s; due date not kept", name(), due.caseId(),
                    event.tenantId());
            return;
        }
        String employer = due.employerTenantId() == null ? BekendeTermijn.WHOLE_CASE : due.employerTenantId();
        BekendeTermijn copy = BekendeTermijn.of(due.caseId(), due.term(), employer);
        if (copy == null) {
            copy = new BekendeTermijn();
            copy.klachtId = due.caseId();
            copy.term = due.term();
            copy.employerTenantId = employer;
            copy.termId = due.termId();
            apply(copy, due);
            copy.persist();
        } else {
            apply(copy, due);
        }
    }

    private static void apply(BekendeTermijn copy, VervaldatumBerekend due) {
        copy.termId = due.termId();
        copy.dueOn = due.dueOn();
        copy.extensionDaysTotal = due.extensionDaysTotal() == null ? 0 : due.extensionDaysTotal();
        copy.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
