package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.klacht.onboarding.TenantStatus;
import nl.tweedekamer.meldpunt.platform.tenant.InTenant;

/**
 * The daily round of {@link ConfirmationRequests}: a declaration that comes into force on a later date, or an
 * employment that starts on one, asks nobody when it is entered, so each morning every tenant's staff is asked
 * again for the declaration in force that day. Each person is asked once per declaration, so a round is cheap to
 * repeat: it also runs at start-up, so a day missed while the service was down is caught up at once.
 *
 * <p>Each tenant in its own request context (the tenant discriminator comes from {@link TenantContext}) and its
 * own transaction, so one tenant's failure leaves the others asked. Tests call {@link #run()} with their clock.
 */
@ApplicationScoped
public class DailyConfirmationRequests {

    private static final Logger LOG = Logger.getLogger(DailyConfirmationRequests.class);

    @Inject
    ConfirmationRequests requests;

    @Inject
    InTenant perTenant;

    @ConfigProperty(name = "meldpunt.confirmation-requests.scheduled", defaultValue = "true")
    boolean scheduled;

    /** What one round did: tenants looked at, people asked, tenants that failed (tried again next round). */
    public record Result(int tenants, int asked, int failed) {
    }

    void atStartup(@Observes StartupEvent startup) {
        if (scheduled) {
            runLogged("start-up");
        }
    }

    @Scheduled(identity = "confirmation-requests", cron = "${meldpunt.confirmation-requests.cron:0 30 5 * * ?}",
            timeZone = "Europe/Amsterdam", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        if (scheduled) {
            runLogged("daily");
        }
    }

    private void runLogged(String trigger) {
        try {
            Result result = run();
            LOG.infof("Confirmation requests (%s round): %d tenants, %d people asked, %d tenants failed", trigger,
                    result.tenants(), result.asked(), result.failed());
        } catch (RuntimeException e) {
            LOG.errorf("Confirmation requests (%s round) failed (%s); the next round tries again", trigger,
                    e.getClass().getSimpleName());
        }
    }

    public Result run() {
        // the tenant registry carries no discriminator: every tenant is listed whatever the context
        List<String> tenantIds = QuarkusTransaction.requiringNew().call(() -> Tenant.<Tenant>list(
                "status <> ?1 order by id", TenantStatus.OFFBOARDED).stream().map(t -> t.id).toList());
        int asked = 0;
        int failed = 0;
        for (String tenantId : tenantIds) {
            try {
                asked += inTenant(tenantId);
            } catch (RuntimeException e) {
                failed++;
                // the tenant and the kind of error only: a message may quote a row
                LOG.errorf("Confirmation requests for tenant %s failed (%s); the next round tries again", tenantId,
                        e.getClass().getSimpleName());
            }
        }
        return new Result(tenantIds.size(), asked, failed);
    }

    private int inTenant(String tenantId) {
        return perTenant.call(tenantId, () -> {
            // the same lock as a roster or declaration change: the two never ask the same person at once
            Tenant.lockForChange(tenantId);
            return requests.askWhoMustConfirm(tenantId);
        });
    }
}
