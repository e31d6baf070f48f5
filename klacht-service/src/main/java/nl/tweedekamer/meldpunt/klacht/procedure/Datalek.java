package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A personal-data breach recorded in the case's audit trail (domain.md §10.3): an accused was linked to the wrong
 * person, who read the case before the link was undone. Whether to report it (AVG art 33/34) is the organisation's
 * decision; this row gives the facts: who was wrongly linked (a pseudonymous id), how often and when they read.
 */
@Entity
@Table(name = "klacht_datalek")
public class Datalek extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false, updatable = false)
    public UUID klachtId;

    @Column(name = "accused_id", nullable = false, updatable = false)
    public UUID accusedId;

    /** The person the accused was wrongly linked to. */
    @Column(name = "person_id", nullable = false, updatable = false)
    public UUID personId;

    @Column(nullable = false, updatable = false)
    public int reads;

    @Column(name = "first_read_at", nullable = false, updatable = false)
    public OffsetDateTime firstReadAt;

    @Column(name = "last_read_at", nullable = false, updatable = false)
    public OffsetDateTime lastReadAt;

    @Column(name = "recorded_on", nullable = false, updatable = false)
    public LocalDate recordedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    public static List<Datalek> of(UUID klachtId) {
        return list("klachtId = ?1 order by recordedOn", klachtId);
    }
}
