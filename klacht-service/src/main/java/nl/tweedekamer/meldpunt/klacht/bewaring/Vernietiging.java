package nl.tweedekamer.meldpunt.klacht.bewaring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * What remains of a case deleted under its retention term (domain.md §7): its reference, its dates and the basis of
 * the deletion (the declaration and its years). No name, no free text, no category. Immutable once written.
 */
@Entity
@Immutable
@Table(name = "klacht_vernietiging")
public class Vernietiging extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false, updatable = false)
    public UUID klachtId;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Column(name = "end_date", nullable = false, updatable = false)
    public LocalDate endDate;

    @Column(name = "retention_years", nullable = false, updatable = false)
    public int retentionYears;

    /** The declaration the case was handled under, whose retention period applied; null: the default applied. */
    @Column(name = "declaration_id", updatable = false)
    public UUID declarationId;

    @Column(name = "retention_end", nullable = false, updatable = false)
    public LocalDate retentionEnd;

    @Column(name = "deleted_on", nullable = false, updatable = false)
    public LocalDate deletedOn;

    @Column(name = "deleted_at", nullable = false, updatable = false)
    public OffsetDateTime deletedAt;
}
