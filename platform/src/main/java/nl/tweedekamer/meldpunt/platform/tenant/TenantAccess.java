package nl.tweedekamer.meldpunt.platform.tenant;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;

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

    @Inject
    ResourceInfo resource;

    /**
     * A caller may name another tenant only through a role that both serves several tenants and is
     * allowed on this endpoint: a fractie administrator who is also a platform administrator does not
     * reach other fracties' rosters. Another tenant answers exactly as an unknown one does, so its
     * existence is not revealed.
     */
    public String enter(String tenantId) {
        boolean ownTenant = tenantId != null && tenantId.equals(caller.tenantId());
        if (!ownTenant && !crossesTenantsHere()) {
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

    private boolean crossesTenantsHere() {
        Set<String> allowedHere = allowedRoles();
        return caller.roles().stream()
                .anyMatch(role -> Roles.SERVING_SEVERAL_TENANTS.contains(role) && allowedHere.contains(role));
    }

    private Set<String> allowedRoles() {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? Set.of() : Arrays.stream(allowed.value()).collect(Collectors.toUnmodifiableSet());
    }

    public static ProblemException unknownTenant(String tenantId) {
        return ProblemException.notFound("Unknown organisation",
                "No organisation '" + tenantId + "' is registered on the platform that you may access.");
    }
}
