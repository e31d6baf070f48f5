package nl.tweedekamer.meldpunt.notificatie;

import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The latest decision due date (T5, art 13) termijn-service computed for a complaint, kept whether or not an
 * employer is involved yet: the due date may arrive before the advice does (they travel on different topics).
 */
@Entity
@Table(name = "hr_case_term")
public class HrCaseTerm extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "due_on")
    public LocalDate dueOn;
}
