package nl.tweedekamer.meldpunt.melding.signalen;

import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A pattern signal as sent to the employer (domain.md §10.9): the unit, the count as shown, the period and the VP's
 * advice (encrypted). Never which meldingen, never who: nothing here leads back to a melding or a melder.
 */
@Entity
@Table(name = "patroonsignaal")
public class Patroonsignaal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "department_code", nullable = false, updatable = false)
    public String departmentCode;

    /** The calendar year the signal covers; one signal per department and year. */
    @Column(name = "period_year", nullable = false, updatable = false)
    public int periodYear;

    @Column(nullable = false, updatable = false)
    public String basis;

    /** "< 5" or the exact number (small counts are suppressed beyond the employer's own cases, §10.12). */
    @Column(name = "count_shown", nullable = false, updatable = false)
    public String countShown;

    @Column(name = "sent_on", nullable = false, updatable = false)
    public LocalDate sentOn;

    @Column(name = "advice_ct", updatable = false)
    public String adviceCiphertext;
}
