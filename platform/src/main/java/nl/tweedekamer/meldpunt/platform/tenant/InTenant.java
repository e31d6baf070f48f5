package nl.tweedekamer.meldpunt.platform.tenant;

import java.util.function.Supplier;

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

    @Inject
    TenantContext tenantContext;

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
