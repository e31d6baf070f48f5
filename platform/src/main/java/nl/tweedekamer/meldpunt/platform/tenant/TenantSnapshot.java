package nl.tweedekamer.meldpunt.platform.tenant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@value #TYPE} on {@code tenants.v1}: the full state of one tenant, with the roster as
 * pseudonymous ids only. Names and addresses stay in klacht-service (internal contact lookup).
 */
public record TenantSnapshot(String tenantId, long revision, String name, String shortName, String kind,
        String status, List<Declaration> declarations, List<RosterMember> roster) {

    public static final String TYPE = "nl.tweedekamer.tenant.snapshot.v1";

    public record Declaration(UUID id, String regulationVersion, String option, LocalDate effectiveFrom,
            LocalDate withdrawnFrom, String vertrouwenspersoonKeuze, ReminderSchedule reminderSchedule,
            int complaintRetentionYears, int remediesPeriodWeeks) {
    }

    public record ReminderSchedule(List<Integer> daysBefore, boolean onDueDay, boolean everyWorkingDayAfter,
            String atTime) {
    }

    public record RosterMember(UUID personId, LocalDate from, LocalDate to) {
    }
}
