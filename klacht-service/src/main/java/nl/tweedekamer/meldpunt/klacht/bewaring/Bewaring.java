package nl.tweedekamer.meldpunt.klacht.bewaring;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A legal hold on a case, placed by the chair of the commission: while it stands the case is not deleted, whatever
 * its retention term (domain.md §7). Lifting it removes the row. The reason is free text: never in an event or log.
 */
@Entity
@Table(name = "klacht_bewaring")
public class Bewaring extends PanacheEntityBase {

    @Id
    @Column(name = "klacht_id")
    public UUID klachtId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "placed_by", nullable = false)
    public String placedBy;

    @Column(name = "placed_at", nullable = false)
    public OffsetDateTime placedAt;

    /** A query, not a load by id: queries carry the tenant discriminator. */
    public static Optional<Bewaring> of(UUID klachtId) {
        return Bewaring.<Bewaring>find("klachtId", klachtId).firstResultOptional();
    }
}
