package nl.tweedekamer.meldpunt.klacht.bewaring.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.bewaring.Bewaartermijn;
import nl.tweedekamer.meldpunt.klacht.bewaring.BewaartermijnEvents;
import nl.tweedekamer.meldpunt.klacht.bewaring.Bewaring;
import nl.tweedekamer.meldpunt.klacht.bewaring.VernietigingAankondiging;
import nl.tweedekamer.meldpunt.klacht.event.KlachtEvents;
import nl.tweedekamer.meldpunt.klacht.onboarding.Declaration;
import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.klacht.onboarding.TenantStatus;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.RemainingCases;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.TenantService;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.platform.tenant.InTenant;

/**
 * The daily retention run (domain.md §7, rules in {@link Bewaartermijn}): per tenant, in one transaction, it
 * announces each ended case whose deletion comes within the warning period (once per case) and deletes each case
 * whose announced day has come, unless a legal hold stands; an offboarding tenant whose last case is gone is then
 * offboarded (domain.md §1). A re-run on the same day finds nothing left to do. Tests call {@link #runFor} with a
 * clock they control.
 */
@ApplicationScoped
public class BewaartermijnJob {

    private static final Logger LOG = Logger.getLogger(BewaartermijnJob.class);

    @Inject
    Clock clock;

    @Inject
    InTenant perTenant;

    @Inject
    KlachtEvents events;

    @Inject
    KlachtVernietiging vernietiging;

    @Inject
    TenantService tenants;

    @Inject
    @Any
    Instance<RemainingCases> remainingCases;

    /** How many days before its deletion a case is announced to the chair and the secretary. */
    @ConfigProperty(name = "meldpunt.retention.warning-days", defaultValue = "30")
    int warningDays;

    /** What one run did in one tenant. */
    public record Result(int announced, int deleted, int held) {

        Result plus(Result other) {
            return new Result(announced + other.announced, deleted + other.deleted, held + other.held);
        }
    }

    @Scheduled(identity = "klacht-bewaartermijn", cron = "${meldpunt.retention.cron:0 30 2 * * ?}",
            timeZone = "Europe/Amsterdam", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run();
    }

    /** Every tenant, each in its own transaction: one tenant's failure leaves the others' run intact. */
    public Result run() {
        List<String> ids = QuarkusTransaction.requiringNew()
                .call(() -> Tenant.<Tenant>list("order by id").stream().map(t -> t.id).toList());
        return perTenant.each(ids, "Retention", this::runFor).stream().reduce(new Result(0, 0, 0), Result::plus);
    }

    /** One tenant, in its own context and transaction. */
    public Result runFor(String tenantId) {
        return perTenant.call(tenantId, () -> inTenant(tenantId));
    }

    private Result inTenant(String tenantId) {
        LocalDate today = LocalDate.now(clock);
        List<Klacht> ended = Klacht.list("endDate is not null");
        Set<UUID> held = Bewaring.<Bewaring>listAll().stream().map(b -> b.klachtId).collect(Collectors.toSet());
        Map<UUID, VernietigingAankondiging> announced = VernietigingAankondiging.<VernietigingAankondiging>listAll()
                .stream().collect(Collectors.toMap(a -> a.klachtId, Function.identity()));
        Map<UUID, Declaration> declarations = Declaration.<Declaration>listAll().stream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
        int announcedNow = 0;
        int deleted = 0;
        int holds = 0;
        for (Klacht klacht : ended) {
            if (held.contains(klacht.id)) {
                holds++;
                continue;
            }
            Bewaartermijn.Basis basis = Bewaartermijn.Basis.of(
                    klacht.declarationId == null ? null : declarations.get(klacht.declarationId));
            LocalDate retentionEnd = Bewaartermijn.einde(klacht, basis).orElseThrow();
            VernietigingAankondiging announcement = announced.get(klacht.id);
            if (announcement == null && !today.isBefore(Bewaartermijn.aankondigenVanaf(retentionEnd, warningDays))) {
                announcement = announce(klacht, retentionEnd, today);
                announcedNow++;
            }
            if (announcement != null && !today.isBefore(announcement.deletionDueOn)) {
                vernietiging.delete(klacht, basis, retentionEnd);
                deleted++;
            }
        }
        if (deleted > 0) {
            finishOffboarding(tenantId);
        }
        return new Result(announcedNow, deleted, holds);
    }

    private VernietigingAankondiging announce(Klacht klacht, LocalDate retentionEnd, LocalDate today) {
        VernietigingAankondiging announcement = new VernietigingAankondiging();
        announcement.klachtId = klacht.id;
        announcement.retentionEnd = retentionEnd;
        announcement.deletionDueOn = Bewaartermijn.vernietigenOp(retentionEnd, today, warningDays);
        announcement.announcedOn = today;
        announcement.persist();
        events.publish(klacht, BewaartermijnEvents.BewaartermijnVerloopt.TYPE,
                new BewaartermijnEvents.BewaartermijnVerloopt(klacht.id, klacht.reference, klacht.tenantId,
                        retentionEnd, announcement.deletionDueOn));
        LOG.infof("Complaint file %s: deletion on %s announced (retention end %s)", klacht.reference,
                announcement.deletionDueOn, retentionEnd);
        return announcement;
    }

    /** Domain.md §1: an offboarding tenant is offboarded once its last case has been deleted. */
    private void finishOffboarding(String tenantId) {
        Tenant tenant = Tenant.findById(tenantId);
        if (tenant != null && tenant.status == TenantStatus.OFFBOARDING
                && remainingCases.stream().mapToLong(RemainingCases::count).sum() == 0) {
            tenants.offboard(tenantId);
        }
    }
}
