package nl.tweedekamer.meldpunt.notificatie.hrstatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An employer involved in a complaint, from the advice on (domain.md §1): the only complaints its HR
 * portal hears of. Status dates only; no party, text or category.
 */
@Entity
@Table(name = "hr_involvement")
public class HrInvolvement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "employer_tenant_id")
    public String employerTenantId;

    @Column(name = "case_reference")
    public String caseReference;

    @Column(name = "involved_on")
    public LocalDate involvedOn;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    public static Optional<HrInvolvement> of(UUID caseId, String employerTenantId) {
        return find("caseId = ?1 and employerTenantId = ?2", caseId, employerTenantId).firstResultOptional();
    }

    public static List<HrInvolvement> ofCase(UUID caseId) {
        return list("caseId = ?1 order by employerTenantId", caseId);
    }

    public boolean awaitingDecision() {
        return decidedOn == null && closedOn == null;
    }
}
