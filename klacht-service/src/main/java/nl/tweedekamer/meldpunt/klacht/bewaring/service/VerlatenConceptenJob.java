package nl.tweedekamer.meldpunt.klacht.bewaring.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.bewaring.BewaartermijnEvents;
import nl.tweedekamer.meldpunt.klacht.bewaring.VerlatenConcept;
import nl.tweedekamer.meldpunt.klacht.event.KlachtEvents;
import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus;
import nl.tweedekamer.meldpunt.platform.config.ClockProducer;
import nl.tweedekamer.meldpunt.platform.tenant.InTenant;

/**
 * The daily run over abandoned drafts (domain.md §10.8, rule in {@link VerlatenConcept}): per tenant, in one
 * transaction, it tells the author of each draft whose deletion comes within 2 weeks (once; {@code concept-vervalt},
 * which notificatie-service mails without content) and deletes each draft whose announced day has come. A change to
 * the draft clears the warning. A re-run on the same day finds nothing left to do. Tests call {@link #runFor} with a
 * clock they control.
 */
@ApplicationScoped
public class VerlatenConceptenJob {

    private static final Logger LOG = Logger.getLogger(VerlatenConceptenJob.class);

    @Inject
    Clock clock;

    @Inject
    InTenant perTenant;

    @Inject
    KlachtEvents events;

    @Inject
    KlachtVernietiging vernietiging;

    /** What one run did. */
    public record Result(int warned, int deleted) {

        Result plus(Result other) {
            return new Result(warned + other.warned, deleted + other.deleted);
        }
    }

    @Scheduled(identity = "klacht-verlaten-concepten", cron = "${meldpunt.drafts.cron:0 45 2 * * ?}",
            timeZone = "Europe/Amsterdam", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run();
    }

    /** Every tenant, each in its own transaction: one tenant's failure leaves the others' run intact. */
    public Result run() {
        List<String> ids = QuarkusTransaction.requiringNew()
                .call(() -> Tenant.<Tenant>list("order by id").stream().map(t -> t.id).toList());
        return perTenant.each(ids, "Draft", this::runFor).stream().reduce(new Result(0, 0), Result::plus);
    }

    /** One tenant, in its own context and transaction. */
    public Result runFor(String tenantId) {
        return perTenant.call(tenantId, this::inTenant);
    }

    private Result inTenant() {
        LocalDate today = LocalDate.now(clock);
        // only drafts near their end are read: unchanged since about 6 months minus the notice; months differ in
        // length, so a few days' margin, and the rule (VerlatenConcept) decides for each
        OffsetDateTime changedBefore = today.plus(VerlatenConcept.NOTICE).minus(VerlatenConcept.UNCHANGED).plusDays(5)
                .atStartOfDay(ClockProducer.AMSTERDAM).toOffsetDateTime();
        List<Klacht> drafts = Klacht.list("status = ?1 and updatedAt < ?2", KlachtStatus.CONCEPT, changedBefore);
        int warned = 0;
        int deleted = 0;
        for (Klacht draft : drafts) {
            LocalDate lastChangedOn = draft.updatedAt.atZoneSameInstant(ClockProducer.AMSTERDAM).toLocalDate();
            if (VerlatenConcept.warnToday(lastChangedOn, draft.draftWarnedOn, today)) {
                draft.draftWarnedOn = today;
                events.publish(draft, BewaartermijnEvents.ConceptVervalt.TYPE, new BewaartermijnEvents.ConceptVervalt(
                        draft.id, draft.tenantId, lastChangedOn,
                        VerlatenConcept.announcedDeletion(lastChangedOn, today)));
                warned++;
            } else if (VerlatenConcept.deleteToday(lastChangedOn, draft.draftWarnedOn, today)) {
                vernietiging.deleteDraft(draft);
                deleted++;
            }
        }
        if (warned + deleted > 0) {
            LOG.infof("Drafts: %d authors told of a deletion, %d drafts deleted", warned, deleted);
        }
        return new Result(warned, deleted);
    }
}
