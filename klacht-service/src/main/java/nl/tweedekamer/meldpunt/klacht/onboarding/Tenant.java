package nl.tweedekamer.meldpunt.klacht.onboarding;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * An organisation whose people use the platform: the civil service or a fractie. This is the tenant
 * registry itself, so it carries no tenant discriminator; only platform administrators list it.
 */
@Entity
@Table(name = "tenant")
public class Tenant extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name", nullable = false)
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TenantKind kind;

    /** The formal employer: the stichting, the party board, or the civil-service employer. */
    @Column(name = "employer_entity", nullable = false)
    public String employerEntity;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    @Column(name = "hr_contact_email")
    public String hrContactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TenantStatus status;

    /** Raised by every change; consumers of the snapshot ignore anything older than what they have. */
    @Column(nullable = false)
    public long revision;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "offboarded_at")
    public OffsetDateTime offboardedAt;

    /** Its departments in its own order (a list the fractie administrator replaces as a whole). */
    @ElementCollection
    @CollectionTable(name = "tenant_department", joinColumns = @JoinColumn(name = "tenant_id"))
    @OrderColumn(name = "position")
    public List<Department> departments = new ArrayList<>();

    /** Locks the tenant for a change, so revisions and snapshots follow each other in order. */
    public static Tenant lockForChange(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public void changed() {
        revision++;
    }
}
