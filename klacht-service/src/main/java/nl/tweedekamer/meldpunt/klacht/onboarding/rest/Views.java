package nl.tweedekamer.meldpunt.klacht.onboarding.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tweedekamer.meldpunt.klacht.onboarding.Confirmation;
import nl.tweedekamer.meldpunt.klacht.onboarding.Declaration;
import nl.tweedekamer.meldpunt.klacht.onboarding.DeclarationHistory;
import nl.tweedekamer.meldpunt.klacht.onboarding.RegulationVersion;
import nl.tweedekamer.meldpunt.klacht.onboarding.ReminderDefaults;
import nl.tweedekamer.meldpunt.klacht.onboarding.RosterEntry;
import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.ConfirmationService;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.RosterImport;

/** What the onboarding API shows. */
public final class Views {

    private Views() {
    }

    public record RegulationView(String id, String title, LocalDate inForceFrom, String source) {
        static RegulationView of(RegulationVersion v) {
            return new RegulationView(v.id, v.title, v.inForceFrom, v.source);
        }
    }

    public record TenantView(String id, String name, String shortName, String kind, String employerEntity,
            String contactEmail, String hrContactEmail, String status, long revision, OffsetDateTime registeredAt) {
        static TenantView of(Tenant t) {
            return new TenantView(t.id, t.name, t.shortName, t.kind.name(), t.employerEntity, t.contactEmail,
                    t.hrContactEmail, t.status.name(), t.revision, t.registeredAt);
        }
    }

    public record ReminderScheduleView(List<Integer> daysBefore, boolean onDueDay, boolean everyWorkingDayAfter,
            String atTime) {
    }

    public record DeclarationView(UUID id, String regulationVersion, String option, LocalDate effectiveFrom,
            String signedBy, LocalDate signedOn, String vertrouwenspersoonKeuze, ReminderScheduleView reminderSchedule,
            int complaintRetentionYears, int remediesPeriodWeeks, OffsetDateTime submittedAt, LocalDate withdrawnFrom,
            String standing) {
        /** The signatory is shown to the tenant's own administrator only. */
        static DeclarationView of(Declaration d, DeclarationHistory.Standing standing, boolean showSignatory) {
            return new DeclarationView(d.id, d.regulationVersionId, d.option.name(), d.effectiveFrom,
                    showSignatory ? d.signedBy : null,
                    d.signedOn, d.vertrouwenspersoonKeuze.name(),
                    new ReminderScheduleView(d.reminderDays(), d.reminderOnDueDay, d.reminderAfterDue,
                            ReminderDefaults.AT_TIME),
                    d.complaintRetentionYears, d.remediesPeriodWeeks, d.submittedAt, d.withdrawnFrom, standing.name());
        }
    }

    public record RosterView(UUID personId, String name, String workEmail, String subject, LocalDate from,
            LocalDate to, String function, String kind) {
        static RosterView of(RosterEntry r) {
            return new RosterView(r.personId, r.name, r.workEmail, r.subject, r.from, r.to, r.function,
                    r.kind.name());
        }
    }

    /** A staff list to import; each row as text, so that a fault is named by its row instead of refusing the list. */
    public record RosterImportRequest(
            @NotNull @Size(min = 1, max = 2000)
            List<RosterImport.Row> people,
            Boolean dryRun) {
    }

    public record RosterImportView(boolean dryRun, int added, long alreadyOnRoster, long invalid,
            List<RosterImport.RowResult> rows) {
        static RosterImportView of(RosterImport.Result r) {
            return new RosterImportView(r.dryRun(), r.added(), r.count(RosterImport.Outcome.ALREADY_ON_ROSTER),
                    r.count(RosterImport.Outcome.INVALID), r.rows());
        }
    }

    public record ConfirmationView(UUID declarationId, UUID personId, OffsetDateTime confirmedAt) {
        static ConfirmationView of(Confirmation c) {
            return new ConfirmationView(c.declarationId, c.personId, c.confirmedAt);
        }
    }

    public record PersonConfirmation(UUID personId, String name, OffsetDateTime confirmedAt) {
    }

    public record ConfirmationStatusView(UUID declarationId, LocalDate effectiveFrom, int confirmedCount,
            int pendingCount, List<PersonConfirmation> confirmed, List<PersonConfirmation> pending) {
        static ConfirmationStatusView of(ConfirmationService.Status status) {
            List<PersonConfirmation> confirmed = status.persons().stream()
                    .filter(p -> p.confirmation().isPresent())
                    .map(p -> new PersonConfirmation(p.person().personId, p.person().name,
                            p.confirmation().get().confirmedAt))
                    .toList();
            List<PersonConfirmation> pending = status.persons().stream()
                    .filter(p -> p.confirmation().isEmpty())
                    .map(p -> new PersonConfirmation(p.person().personId, p.person().name, null))
                    .toList();
            return new ConfirmationStatusView(status.declaration().id, status.declaration().effectiveFrom,
                    confirmed.size(), pending.size(), confirmed, pending);
        }
    }

    /** Contact details for the platform's own services; fetched at send time, never put on Kafka. */
    public record ConfirmationRequestView(UUID declarationId, LocalDate effectiveFrom, String regulationVersion,
            OffsetDateTime confirmedAt) {
    }
}
