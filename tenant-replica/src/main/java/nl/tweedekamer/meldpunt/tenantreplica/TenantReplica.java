package nl.tweedekamer.meldpunt.tenantreplica;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * This service's copy of one tenant, as the newest snapshot on {@code tenants.v1} described it.
 * klacht-service owns tenants; this row is only ever written by {@code TenantSnapshotListener}.
 * A registry: it carries no {@code @TenantId}, every tenant's row is visible to the service.
 */
@Entity
@Table(name = "tenant_replica")
public class TenantReplica extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    public static final String OFFBOARDED = "OFFBOARDED";

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    /** The snapshot's revision; klacht-service raises it with every change of the tenant. */
    @Column(nullable = false)
    public long revision;

    /** {@code AMBTELIJKE_ORGANISATIE} or {@code FRACTIE}. */
    @Column(nullable = false)
    public String kind;

    /** {@code ACTIVE}, {@code OFFBOARDING} (no new cases) or {@code OFFBOARDED}. */
    @Column(nullable = false)
    public String status;

    /** The snapshot's JSON exactly as received; read it with {@link TenantSnapshotJson}. */
    @Column(nullable = false, columnDefinition = "text")
    public String snapshot;

    /** When this service applied the snapshot. */
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /**
     * An offboarded tenant stays registered (its remaining data stays readable) but takes no new work;
     * the capabilities that accept new work ask this.
     */
    public boolean isActive() {
        return ACTIVE.equals(status);
    }
}
