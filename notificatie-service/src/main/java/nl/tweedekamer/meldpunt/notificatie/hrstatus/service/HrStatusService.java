package nl.tweedekamer.meldpunt.notificatie.hrstatus.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.notificatie.event.DomainEvent;
import nl.tweedekamer.meldpunt.notificatie.event.EventTypes;
import nl.tweedekamer.meldpunt.notificatie.hrstatus.HrDecisionTerm;
import nl.tweedekamer.meldpunt.notificatie.hrstatus.HrInvolvement;
import nl.tweedekamer.meldpunt.notificatie.hrstatus.event.HrEvents;
import nl.tweedekamer.meldpunt.platform.event.EventPublisher;

/**
 * What each employer's HR portal may know of complaints (domain.md §1, §7): nothing before the commission's advice
 * reaches that employer; from then on only the procedural status of that complaint (advice received, decision
 * due, extended, taken, closed), on its own topic only, plus exact counts of its own cases. Events go
 * through the outbox in the transaction of the event that caused them. Nothing about meldingen ever gets here.
 */
@ApplicationScoped
public class HrStatusService {

    private static final Logger LOG = Logger.getLogger(HrStatusService.class);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    EventPublisher publisher;

    @Inject
    HrTopics topics;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String eventType, DomainEvent event) {
        switch (eventType) {
            case EventTypes.ADVIES_UITGEBRACHT -> adviceReceived(event);
            case EventTypes.VERVALDATUM_BEREKEND -> dueDateComputed(event);
            case EventTypes.BESLUIT_GENOMEN -> decided(event);
            case EventTypes.KLACHT_BEEINDIGD -> closed(event);
            default -> {
                // no other step concerns an HR portal
            }
        }
    }

    /** domain.md §1: from the advice on, each employer it went to is involved (art 12.2, or 10.4 when inadmissible). */
    private void adviceReceived(DomainEvent event) {
        if (event.caseId() == null || event.receivedOn() == null) {
            return;
        }
        Set<String> employers = new LinkedHashSet<>();
        event.recipientsOrEmpty().forEach(r -> employers.add(r.employerTenantId()));
        for (String employer : employers) {
            if (!DomainEvent.validTenant(employer) || HrInvolvement.of(event.caseId(), employer).isPresent()) {
                continue;
            }
            HrInvolvement involvement = new HrInvolvement();
            involvement.id = UUID.randomUUID();
            involvement.caseId = event.caseId();
            involvement.employerTenantId = employer;
            involvement.caseReference = event.caseReference();
            involvement.involvedOn = event.receivedOn();
            involvement.persist();
            publish(involvement, EventTypes.HR_ADVIES_ONTVANGEN,
                    new HrEvents.AdviesOntvangen(employer, event.caseReference(), event.receivedOn()));
            // the due date may have arrived before the advice: it travels on termijn.events.v1
            HrDecisionTerm.dueFor(event.caseId(), employer).ifPresent(dueOn -> publish(involvement,
                    EventTypes.HR_BESLUIT_VERWACHT, new HrEvents.BesluitVerwacht(employer, event.caseReference(), dueOn)));
            publishCounts(employer);
        }
    }

    /**
     * art 13: the decision term T5 and its extensions, as termijn-service computed them: one per employer involved
     * (its {@code employerTenantId}), which only that employer's topic hears of.
     */
    private void dueDateComputed(DomainEvent event) {
        if (!"T5".equals(event.term()) || event.caseId() == null) {
            return;
        }
        String employer = event.employerTenantId() == null ? HrDecisionTerm.WHOLE_CASE : event.employerTenantId();
        HrDecisionTerm term = HrDecisionTerm.of(event.caseId(), employer).orElseGet(() -> {
            HrDecisionTerm created = new HrDecisionTerm();
            created.caseId = event.caseId();
            created.employerTenantId = employer;
            created.persist();
            return created;
        });
        LocalDate previous = event.previousDueOn() != null ? event.previousDueOn() : term.dueOn;
        term.dueOn = event.dueOn();
        if (event.dueOn() == null) {
            return; // suspended: no date to show
        }
        boolean extended = "VERLENGING".equals(event.reason()) && previous != null && !previous.equals(event.dueOn());
        for (HrInvolvement involvement : HrInvolvement.ofCase(event.caseId())) {
            if (!involvement.awaitingDecision() || (!employer.equals(HrDecisionTerm.WHOLE_CASE)
                    && !employer.equals(involvement.employerTenantId))) {
                continue;
            }
            if (extended) {
                publish(involvement, EventTypes.HR_BESLUIT_VERDAAGD, new HrEvents.BesluitVerdaagd(
                        involvement.employerTenantId, involvement.caseReference, previous, event.dueOn()));
            } else {
                publish(involvement, EventTypes.HR_BESLUIT_VERWACHT, new HrEvents.BesluitVerwacht(
                        involvement.employerTenantId, involvement.caseReference, event.dueOn()));
            }
        }
    }

    private void decided(DomainEvent event) {
        if (event.caseId() == null || event.employerTenantId() == null || event.decidedOn() == null) {
            return;
        }
        HrInvolvement.of(event.caseId(), event.employerTenantId()).filter(HrInvolvement::awaitingDecision)
                .ifPresent(involvement -> {
                    involvement.decidedOn = event.decidedOn();
                    publish(involvement, EventTypes.HR_BESLUIT_GENOMEN, new HrEvents.BesluitGenomen(
                            involvement.employerTenantId, involvement.caseReference, event.decidedOn()));
                    publishCounts(involvement.employerTenantId);
                });
    }

    private void closed(DomainEvent event) {
        if (event.caseId() == null || event.endedOn() == null) {
            return;
        }
        for (HrInvolvement involvement : HrInvolvement.ofCase(event.caseId())) {
            if (involvement.closedOn != null) {
                continue;
            }
            involvement.closedOn = event.endedOn();
            publish(involvement, EventTypes.HR_GESLOTEN, new HrEvents.Gesloten(involvement.employerTenantId,
                    involvement.caseReference, event.endedOn()));
            publishCounts(involvement.employerTenantId);
        }
    }

    /**
     * domain.md §10.12: exact counts. The employer's portal already receives each of its cases one by one, so a
     * count hides nothing from it, and "< 5" only produced figures that contradicted those events.
     */
    private void publishCounts(String tenantId) {
        List<HrInvolvement> all = HrInvolvement.list("employerTenantId", tenantId);
        long awaiting = all.stream().filter(HrInvolvement::awaitingDecision).count();
        long decided = all.stream().filter(i -> i.decidedOn != null).count();
        String topic = topics.ensure(tenantId);
        publisher.publish(topic, tenantId, EventTypes.HR_AANTALLEN, tenantId, tenantId, new HrEvents.Aantallen(
                tenantId, LocalDate.now(clock.withZone(AMSTERDAM)), all.size(), awaiting, decided));
    }

    private void publish(HrInvolvement involvement, String type, Object payload) {
        String topic = topics.ensure(involvement.employerTenantId);
        publisher.publish(topic, involvement.caseReference, type, involvement.employerTenantId,
                involvement.caseReference, payload);
        LOG.infof("HR status %s for tenant %s queued", type.substring(type.lastIndexOf("hr-status.") + 10),
                involvement.employerTenantId);
    }
}
