package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.onboarding.Declaration;
import nl.tweedekamer.meldpunt.klacht.onboarding.DeclarationHistory;
import nl.tweedekamer.meldpunt.klacht.onboarding.DeclarationOption;
import nl.tweedekamer.meldpunt.klacht.onboarding.RegulationVersion;
import nl.tweedekamer.meldpunt.klacht.onboarding.ReminderDefaults;
import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.klacht.onboarding.TenantKind;
import nl.tweedekamer.meldpunt.klacht.onboarding.TenantStatus;
import nl.tweedekamer.meldpunt.klacht.onboarding.VertrouwenspersoonKeuze;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/** Declarations of applicability of the tenant the request acts for. */
@ApplicationScoped
@Transactional
public class DeclarationService {

    static final String FIRST_REGULATION_VERSION = "klachtenregeling-2021";

    @Inject
    TenantService tenants;

    @Inject
    TenantSnapshotPublisher snapshots;

    @Inject
    ConfirmationRequests confirmationRequests;

    @Inject
    Clock clock;

    public Declaration submit(String tenantId, SubmitDeclaration submission, String submittedBy) {
        Tenant tenant = tenants.lockForChange(tenantId);
        if (!tenant.status.receivesNewCases()) {
            throw ProblemException.conflict("Organisation offboarded",
                    "An organisation that is being offboarded cannot declare the regulation applicable.");
        }
        // the civil service applies the regulation by its own act; a fractie by option 1 or 2 of the model letter
        boolean civilService = tenant.kind == TenantKind.AMBTELIJKE_ORGANISATIE;
        if (civilService != (submission.option() == DeclarationOption.EIGEN_BESLUIT)) {
            throw ProblemException.invalidField("option", civilService
                    ? "the civil service declares by its own act: use EIGEN_BESLUIT"
                    : "a fractie declares by PERSONEELSHANDBOEK (option 1) or ARBEIDSOVEREENKOMST (option 2)");
        }
        RegulationVersion version = RegulationVersion.findById(submission.regulationVersion());
        if (version == null) {
            throw ProblemException.invalidField("regulationVersion",
                    "unknown regulation version '" + submission.regulationVersion() + "'; see GET /regulations");
        }
        if (submission.effectiveFrom().isBefore(version.inForceFrom)) {
            throw ProblemException.invalidField("effectiveFrom", "must be on or after " + version.inForceFrom
                    + ", the date from which " + version.title + " (" + version.id + ") is in force");
        }
        Optional<Declaration> latest = history().latest();
        if (latest.isPresent() && !submission.effectiveFrom().isAfter(latest.get().effectiveFrom)) {
            throw ProblemException.conflict("Declaration out of order",
                    "A new declaration supersedes the previous one and must take effect after "
                            + latest.get().effectiveFrom + ", the effective date of the latest declaration.");
        }
        // only a tenant's first declaration may be dated back (the letter may predate onboarding);
        // a later one must not rewrite which declaration applied to cases already filed
        LocalDate today = LocalDate.now(clock);
        if (latest.isPresent() && submission.effectiveFrom().isBefore(today)) {
            throw ProblemException.invalidField("effectiveFrom",
                    "a declaration that supersedes another takes effect today (" + today + ") or later");
        }
        Declaration declaration = new Declaration();
        declaration.id = UUID.randomUUID();
        declaration.regulationVersionId = version.id;
        declaration.option = submission.option();
        declaration.effectiveFrom = submission.effectiveFrom();
        declaration.signedBy = submission.signedBy().strip();
        declaration.signedOn = submission.signedOn();
        declaration.vertrouwenspersoonKeuze = submission.vertrouwenspersoonKeuze();
        SubmitDeclaration.ReminderSchedule schedule = submission.reminderSchedule();
        if (schedule == null) {
            declaration.reminderDays(ReminderDefaults.DAYS_BEFORE);
            declaration.reminderOnDueDay = ReminderDefaults.ON_DUE_DAY;
            declaration.reminderAfterDue = ReminderDefaults.EVERY_WORKING_DAY_AFTER;
        } else {
            declaration.reminderDays(schedule.daysBefore());
            declaration.reminderOnDueDay = schedule.onDueDay();
            declaration.reminderAfterDue = schedule.everyWorkingDayAfter();
        }
        declaration.complaintRetentionYears = submission.complaintRetentionYears() == null
                ? ReminderDefaults.COMPLAINT_RETENTION_YEARS
                : submission.complaintRetentionYears();
        declaration.remediesPeriodWeeks = submission.remediesPeriodWeeks() == null
                ? ReminderDefaults.REMEDIES_PERIOD_WEEKS
                : submission.remediesPeriodWeeks();
        declaration.submittedAt = OffsetDateTime.now(clock);
        declaration.submittedBy = submittedBy;
        declaration.persist();
        confirmationRequests.askWhoMustConfirm(tenantId);
        tenant.changed();
        snapshots.publish(tenant);
        return declaration;
    }

    /** Decision (domain.md §1): the civil service applies the regulation by its own act, from 1 May 2021. */
    @Transactional(Transactional.TxType.MANDATORY)
    void addStandingDeclaration(Tenant civilService, String registeredBy) {
        RegulationVersion version = RegulationVersion.findById(FIRST_REGULATION_VERSION);
        Declaration declaration = new Declaration();
        declaration.id = UUID.randomUUID();
        declaration.regulationVersionId = version.id;
        declaration.option = DeclarationOption.EIGEN_BESLUIT;
        declaration.effectiveFrom = version.inForceFrom;
        declaration.vertrouwenspersoonKeuze = VertrouwenspersoonKeuze.POOL;
        declaration.reminderDays(ReminderDefaults.DAYS_BEFORE);
        declaration.reminderOnDueDay = ReminderDefaults.ON_DUE_DAY;
        declaration.reminderAfterDue = ReminderDefaults.EVERY_WORKING_DAY_AFTER;
        declaration.complaintRetentionYears = ReminderDefaults.COMPLAINT_RETENTION_YEARS;
        declaration.remediesPeriodWeeks = ReminderDefaults.REMEDIES_PERIOD_WEEKS;
        declaration.submittedAt = OffsetDateTime.now(clock);
        declaration.submittedBy = registeredBy;
        declaration.persist();
    }

    /**
     * Withdrawal takes effect on a date from today on: complaints filed before it relied on the
     * declaration and keep it (domain.md §1).
     */
    public Declaration withdraw(String tenantId, UUID declarationId, LocalDate withdrawnFrom, String withdrawnBy) {
        Tenant tenant = tenants.lockForChange(tenantId);
        Declaration declaration = find(declarationId);
        if (declaration.withdrawnFrom != null) {
            throw ProblemException.conflict("Already withdrawn",
                    "This declaration was withdrawn from " + declaration.withdrawnFrom + ".");
        }
        LocalDate today = LocalDate.now(clock);
        if (withdrawnFrom.isBefore(today)) {
            throw ProblemException.invalidField("withdrawnFrom", "cannot lie in the past (today is " + today + ")");
        }
        if (withdrawnFrom.isBefore(declaration.effectiveFrom)) {
            throw ProblemException.invalidField("withdrawnFrom",
                    "cannot lie before the declaration's effective date " + declaration.effectiveFrom);
        }
        declaration.withdrawnFrom = withdrawnFrom;
        declaration.withdrawnAt = OffsetDateTime.now(clock);
        declaration.withdrawnBy = withdrawnBy;
        tenant.changed();
        snapshots.publish(tenant);
        return declaration;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeclarationHistory history() {
        return new DeclarationHistory(Declaration.listAll());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Declaration find(UUID declarationId) {
        // a query, not a load by id: queries carry the tenant discriminator
        Declaration declaration = Declaration.<Declaration>find("id", declarationId).firstResult();
        if (declaration == null) {
            throw ProblemException.notFound("Unknown declaration",
                    "This organisation has no declaration " + declarationId + ".");
        }
        return declaration;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
