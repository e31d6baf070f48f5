package nl.tweedekamer.meldpunt.klacht.procedure;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** klacht-service's copy of a due date termijn-service computed (VervaldatumBerekend). */
@Entity
@Table(name = "klacht_termijn")
@IdClass(BekendeTermijn.Key.class)
public class BekendeTermijn extends PanacheEntityBase {

    @Id
    @Column(name = "klacht_id")
    public UUID klachtId;

    @Id
    public String term;

    /** T5 runs per employer involved; {@link #WHOLE_CASE} for the terms of the case as a whole. */
    @Id
    @Column(name = "employer_tenant_id")
    public String employerTenantId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "term_id", nullable = false)
    public UUID termId;

    /** Null while the term is suspended. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "extension_days_total", nullable = false)
    public int extensionDaysTotal;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static final String WHOLE_CASE = "-";

    public static BekendeTermijn of(UUID klachtId, String term, String employerTenantId) {
        return find("klachtId = ?1 and term = ?2 and employerTenantId = ?3", klachtId, term,
                employerTenantId == null ? WHOLE_CASE : employerTenantId).firstResult();
    }

    public static class Key implements Serializable {
        public UUID klachtId;
        public String term;
        public String employerTenantId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(klachtId, k.klachtId) && Objects.equals(term, k.term)
                    && Objects.equals(employerTenantId, k.employerTenantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(klachtId, term, employerTenantId);
        }
    }
}
