package nl.tweedekamer.meldpunt.platform.tenant;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import nl.tweedekamer.meldpunt.platform.security.Caller;

/** By default a request acts within the caller's own tenant, as the verified token names it. */
public class TokenTenantFilter {

    @Inject
    TenantContext context;

    @Inject
    Caller caller;

    @ServerRequestFilter
    public void tenantFromToken() {
        context.set(caller.tenantId());
    }
}
