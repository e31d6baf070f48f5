package nl.tweedekamer.meldpunt.tenantreplica;

import jakarta.enterprise.context.ApplicationScoped;

import nl.tweedekamer.meldpunt.platform.tenant.TenantDirectory;

/**
 * The tenants this service knows: those whose snapshot has reached its replica.
 *
 * <p>An offboarded tenant still exists here, as it does in klacht-service's registry: whatever this
 * service keeps for it stays readable by the roles that may read it, and its replica (status
 * {@code OFFBOARDED}) stays visible. Refusing new work for an offboarded tenant (domain.md §1: it "can
 * receive no new cases") is a rule of the capability that accepts the work, through
 * {@link TenantReplica#isActive()}, not of tenant access.
 */
@ApplicationScoped
public class ReplicaTenantDirectory implements TenantDirectory {

    @Override
    public boolean exists(String tenantId) {
        return tenantId != null && TenantReplica.findById(tenantId) != null;
    }
}
