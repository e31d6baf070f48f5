package nl.tweedekamer.meldpunt.platform.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs work of a scheduled job for one tenant: a job has no request, so this opens a request context whose
 * tenant is the given one, and a transaction of its own, so that one tenant's failure leaves the others' work
 * committed. Hibernate fixes a session's tenant when it opens, hence the tenant is set before the transaction.
 */
@ApplicationScoped
public class InTenant {

    private static final Logger LOG = Logger.getLogger(InTenant.class);

    @Inject
    TenantContext tenantContext;

    /**
     * A job's run over these tenants, one at a time: a tenant whose run fails is logged (by its id and the kind of
     * failure, nothing of its content) and left for the job's next run; the others' results are returned.
     */
    public <T> List<T> each(List<String> tenantIds, String job, Function<String, T> runFor) {
        List<T> results = new ArrayList<>();
        for (String tenantId : tenantIds) {
            try {
                results.add(runFor.apply(tenantId));
            } catch (RuntimeException e) {
                LOG.errorf("%s run for tenant %s failed (%s); the next run tries again", job, tenantId,
                        e.getClass().getSimpleName());
            }
        }
        return results;
    }

    public <T> T call(String tenantId, Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        String previous = tenantContext.tenantId();
        try {
            tenantContext.set(tenantId);
            return QuarkusTransaction.requiringNew().call(work::get);
        } finally {
            if (activated) {
                requestContext.terminate();
            } else {
                tenantContext.set(previous);
            }
        }
    }
}
