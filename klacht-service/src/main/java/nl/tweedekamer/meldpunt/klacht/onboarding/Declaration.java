package nl.tweedekamer.meldpunt.klacht.onboarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A tenant's declaration of applicability (verklaring van toepasselijkheid). History is never rewritten. */
@Entity
@Table(name = "declaration")
public class Declaration extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "regulation_version_id", nullable = false)
    public String regulationVersionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "declaration_option", nullable = false)
    public DeclarationOption option;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** Who signed for the employer; personal data, never published. */
    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "vertrouwenspersoon_keuze", nullable = false)
    public VertrouwenspersoonKeuze vertrouwenspersoonKeuze;

    /** Comma-separated days before the due date, e.g. "7,2". */
    @Column(name = "reminder_days_before", nullable = false)
    public String reminderDaysBefore;

    @Column(name = "reminder_on_due_day", nullable = false)
    public boolean reminderOnDueDay;

    @Column(name = "reminder_after_due", nullable = false)
    public boolean reminderAfterDue;

    @Column(name = "complaint_retention_years", nullable = false)
    public int complaintRetentionYears;

    @Column(name = "remedies_period_weeks", nullable = false)
    public int remediesPeriodWeeks;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "withdrawn_from")
    public LocalDate withdrawnFrom;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    public List<Integer> reminderDays() {
        if (reminderDaysBefore == null || reminderDaysBefore.isBlank()) {
            return List.of();
        }
        return Arrays.stream(reminderDaysBefore.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    public void reminderDays(List<Integer> days) {
        reminderDaysBefore = days.stream().distinct().sorted((a, b) -> b - a).map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    /** Withdrawn on or before the given date: from then on it applies to no new case. */
    public boolean withdrawnBy(LocalDate date) {
        return withdrawnFrom != null && !withdrawnFrom.isAfter(date);
    }
}
