package nl.tweedekamer.meldpunt.platform.event;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.platform.tenant.TenantContext;

/**
 * Runs a handler for one event: in a request context whose tenant is the event's, in one transaction
 * with the inbox record, so the side effect and "processed" commit together or not at all.
 */
@ApplicationScoped
public class EventProcessor {

    @Inject
    MessageLog messageLog;

    @Inject
    TenantContext tenantContext;

    /** @return false when the event had been processed before */
    public boolean process(EventHandler handler, InboundEvent event) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            if (event.tenantId() != null) {
                tenantContext.set(event.tenantId());
            }
            return QuarkusTransaction.requiringNew().call(() -> {
                if (messageLog.alreadyProcessed(handler.name(), event.id())) {
                    return false;
                }
                handler.handle(event);
                messageLog.processed(handler.name(), event.id());
                return true;
            });
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }
}
