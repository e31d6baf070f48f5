package nl.tweedekamer.meldpunt.platform.tenant;

import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant whose data this request (or this consumed event) may touch. Set from the verified token,
 * or by {@link TenantAccess} after it checked a tenant named in the path, or from a consumed event.
 */
@RequestScoped
public class TenantContext {

    /** Matches no row: a request that named no tenant reads nothing tenant-bound. */
    public static final String NONE = "-";

    private String tenantId = NONE;

    public String tenantId() {
        return tenantId;
    }

    public void set(String tenantId) {
        this.tenantId = tenantId == null || tenantId.isBlank() ? NONE : tenantId;
    }
}
