package nl.tweedekamer.meldpunt.platform.tenant;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;

/**
 * Decides whether the caller may act on a tenant named in the path, and if so makes it the tenant of
 * the request. Call it before the request touches the database: Hibernate fixes a session's tenant
 * when the session opens.
 */
@RequestScoped
public class TenantAccess {

    @Inject
    Caller caller;

    @Inject
    TenantContext context;

    @Inject
    TenantDirectory directory;

    /**
     * Roles serving several tenants may name any registered tenant; every other role only its own.
     * Another tenant answers exactly as an unknown one does, so its existence is not revealed.
     */
    public String enter(String tenantId) {
        boolean ownTenant = tenantId != null && tenantId.equals(caller.tenantId());
        if (!ownTenant && !caller.servesSeveralTenants()) {
            throw unknownTenant(tenantId);
        }
        // its own short transaction, so the session that served this lookup is closed again
        boolean exists = QuarkusTransaction.requiringNew().call(() -> directory.exists(tenantId));
        if (!exists) {
            throw unknownTenant(tenantId);
        }
        context.set(tenantId);
        return tenantId;
    }

    public static ProblemException unknownTenant(String tenantId) {
        return ProblemException.notFound("Unknown organisation",
                "No organisation '" + tenantId + "' is registered on the platform that you may access.");
    }
}
