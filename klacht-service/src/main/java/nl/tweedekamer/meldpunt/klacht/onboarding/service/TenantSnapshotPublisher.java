package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.onboarding.Declaration;
import nl.tweedekamer.meldpunt.klacht.onboarding.DeclarationHistory;
import nl.tweedekamer.meldpunt.klacht.onboarding.ReminderDefaults;
import nl.tweedekamer.meldpunt.klacht.onboarding.RosterEntry;
import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.platform.event.EventPublisher;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;

/**
 * After every change of a tenant, its full state goes on the compacted tenants topic: every declaration
 * version and the roster as pseudonymous ids. Names, signatories and addresses stay here.
 */
@ApplicationScoped
public class TenantSnapshotPublisher {

    @Inject
    EventPublisher events;

    /** Call with the tenant locked and {@link Tenant#changed()} applied, inside the change's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Tenant tenant) {
        List<Declaration> all = Declaration.listAll();
        DeclarationHistory history = new DeclarationHistory(all);
        List<TenantSnapshot.Declaration> declarations = all.stream()
                .sorted(Comparator.comparing((Declaration d) -> d.effectiveFrom).thenComparing(d -> d.submittedAt))
                .map(d -> toSnapshot(d, history))
                .toList();
        List<TenantSnapshot.RosterMember> roster = RosterEntry.<RosterEntry>listAll().stream()
                .sorted(Comparator.comparing((RosterEntry r) -> r.createdAt).thenComparing(r -> r.personId))
                .map(r -> new TenantSnapshot.RosterMember(r.personId, r.from, r.to))
                .toList();
        List<TenantSnapshot.Department> departments = tenant.departments.stream()
                .map(d -> new TenantSnapshot.Department(d.code, d.name)).toList();
        TenantSnapshot snapshot = new TenantSnapshot(tenant.id, tenant.revision, tenant.name, tenant.shortName,
                tenant.kind.name(), tenant.status.name(), declarations, roster, departments);
        events.publish(Topics.TENANTS, tenant.id, TenantSnapshot.TYPE, tenant.id, tenant.id, snapshot);
    }

    private static TenantSnapshot.Declaration toSnapshot(Declaration d, DeclarationHistory history) {
        return new TenantSnapshot.Declaration(d.id, d.regulationVersionId, d.option.name(), d.effectiveFrom,
                d.withdrawnFrom, history.inForceUntil(d).orElse(null), d.vertrouwenspersoonKeuze.name(),
                new TenantSnapshot.ReminderSchedule(d.reminderDays(), d.reminderOnDueDay, d.reminderAfterDue,
                        ReminderDefaults.AT_TIME),
                d.complaintRetentionYears, d.remediesPeriodWeeks);
    }
}
