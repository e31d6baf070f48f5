package nl.tweedekamer.meldpunt.platform.tenant;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Feeds Hibernate's discriminator (@TenantId) from the {@link TenantContext} of the current request. */
@PersistenceUnitExtension
@ApplicationScoped
public class ContextTenantResolver implements TenantResolver {

    @Inject
    TenantContext context;

    @Override
    public String getDefaultTenantId() {
        return TenantContext.NONE;
    }

    @Override
    public String resolveTenantId() {
        if (!Arc.container().requestContext().isActive()) {
            return TenantContext.NONE;
        }
        return context.tenantId();
    }
}
