package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import jakarta.enterprise.context.ApplicationScoped;

import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.platform.tenant.TenantDirectory;

/** klacht-service owns the tenant registry. */
@ApplicationScoped
public class TenantRegistry implements TenantDirectory {

    @Override
    public boolean exists(String tenantId) {
        return tenantId != null && Tenant.findById(tenantId) != null;
    }
}
