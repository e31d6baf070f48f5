package nl.tweedekamer.meldpunt.notificatie.hrstatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The latest decision due date (T5, art 13) termijn-service computed for an employer of a complaint ('' when it
 * named none), kept whether or not the employer is involved yet: the due date may arrive before the advice does
 * (they travel on different topics).
 */
@Entity
@Table(name = "hr_decision_term")
@IdClass(HrDecisionTerm.Key.class)
public class HrDecisionTerm extends PanacheEntityBase {

    public static final String WHOLE_CASE = "";

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    @Column(name = "employer_tenant_id")
    public String employerTenantId;

    @Column(name = "due_on")
    public LocalDate dueOn;

    public static Optional<HrDecisionTerm> of(UUID caseId, String employerTenantId) {
        return find("caseId = ?1 and employerTenantId = ?2", caseId, employerTenantId).firstResultOptional();
    }

    /** The employer's own term, else the case's. */
    public static Optional<LocalDate> dueFor(UUID caseId, String employerTenantId) {
        return of(caseId, employerTenantId).map(t -> t.dueOn).or(() -> of(caseId, WHOLE_CASE).map(t -> t.dueOn));
    }

    public static class Key implements Serializable {
        public UUID caseId;
        public String employerTenantId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caseId, k.caseId) && Objects.equals(employerTenantId,
                    k.employerTenantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, employerTenantId);
        }
    }
}
