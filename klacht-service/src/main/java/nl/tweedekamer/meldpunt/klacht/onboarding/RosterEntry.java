package nl.tweedekamer.meldpunt.klacht.onboarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A member of the tenant's staff. Outside klacht-service the person is known only by {@link #personId};
 * the name and address are served to the platform's own services by the internal contact lookup.
 */
@Entity
@Table(name = "roster_entry")
public class RosterEntry extends PanacheEntityBase {

    /** A person named from a roster who is not on it (domain.md §10.2, §10.3). */
    public static final String NIET_OP_ROOSTER = "https://meldpunt.tweedekamer.nl/problems/niet-op-rooster";

    @Id
    @Column(name = "person_id")
    public UUID personId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(nullable = false)
    public String name;

    /** The person's function, shown with the name when the secretary links an accused (domain.md §10.3). */
    @Column(name = "function_title")
    public String function;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PersonKind kind = PersonKind.MEDEWERKER;

    @Column(name = "work_email", nullable = false)
    public String workEmail;

    /** The person's account at the identity provider (the token's subject), once linked. */
    public String subject;

    @Column(name = "employed_from", nullable = false)
    public LocalDate from;

    @Column(name = "employed_to")
    public LocalDate to;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public boolean employedOn(LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }
}
