package nl.tweedekamer.meldpunt.termijn.reminder.service;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.tenantreplica.TenantReplica;
import nl.tweedekamer.meldpunt.tenantreplica.TenantSnapshotJson;
import nl.tweedekamer.meldpunt.termijn.TermijnKlacht;
import nl.tweedekamer.meldpunt.termijn.reminder.ReminderSchedule;

/**
 * The reminder schedule a term follows: the one of the declaration its case is handled under (from the tenant
 * snapshot), else the declaration in force on the trigger date, else the default. Copied onto the term when it
 * opens, so the scheduler never reads the replica.
 */
@ApplicationScoped
public class ReminderSchedules {

    @Inject
    TenantSnapshotJson json;

    public ReminderSchedule forCase(UUID caseId, String tenantId, LocalDate on) {
        UUID declarationId = caseId == null ? null
                : Optional.ofNullable(TermijnKlacht.<TermijnKlacht>findById(caseId)).map(k -> k.declarationId)
                        .orElse(null);
        return forTenant(tenantId, declarationId, on);
    }

    public ReminderSchedule forTenant(String tenantId, UUID declarationId, LocalDate on) {
        if (tenantId == null) {
            return ReminderSchedule.DEFAULT;
        }
        TenantReplica replica = TenantReplica.findById(tenantId);
        if (replica == null) {
            return ReminderSchedule.DEFAULT;
        }
        TenantSnapshot snapshot = json.read(replica);
        Optional<TenantSnapshot.Declaration> declaration = declarationId == null || snapshot.declarations() == null
                ? Optional.empty()
                : snapshot.declarations().stream().filter(d -> declarationId.equals(d.id())).findFirst();
        if (declaration.isEmpty()) {
            declaration = snapshot.declarationInForceOn(on);
        }
        return declaration.map(d -> ReminderSchedule.of(d.reminderSchedule())).orElse(ReminderSchedule.DEFAULT);
    }
}
