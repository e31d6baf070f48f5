package nl.tweedekamer.meldpunt.klacht.bewaring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * That a case's deletion was announced to the chair and the secretary, and for which day: once per case, so a re-run
 * announces nothing twice. The case is deleted on {@link #deletionDueOn}, not before (domain.md §7).
 */
@Entity
@Table(name = "klacht_vernietiging_aankondiging")
public class VernietigingAankondiging extends PanacheEntityBase {

    @Id
    @Column(name = "klacht_id")
    public UUID klachtId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "retention_end", nullable = false)
    public LocalDate retentionEnd;

    @Column(name = "deletion_due_on", nullable = false)
    public LocalDate deletionDueOn;

    @Column(name = "announced_on", nullable = false)
    public LocalDate announcedOn;

    public static Optional<VernietigingAankondiging> of(UUID klachtId) {
        return VernietigingAankondiging.<VernietigingAankondiging>find("klachtId", klachtId).firstResultOptional();
    }
}
