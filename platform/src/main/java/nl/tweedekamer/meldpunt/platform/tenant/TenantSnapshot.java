package nl.tweedekamer.meldpunt.platform.tenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Payload of {@value #TYPE} on {@code tenants.v1}: the full state of one tenant, with the roster as
 * pseudonymous ids only. Names and addresses stay in klacht-service (internal contact lookup).
 */
public record TenantSnapshot(String tenantId, long revision, String name, String shortName, String kind,
        String status, List<Declaration> declarations, List<RosterMember> roster) {

    public static final String TYPE = "nl.tweedekamer.tenant.snapshot.v1";

    /** The declaration in force on the day, as klacht-service's {@code inForceUntil} says; empty when none is. */
    public Optional<Declaration> declarationInForceOn(LocalDate date) {
        return declarations == null ? Optional.empty()
                : declarations.stream().filter(d -> d.appliesOn(date)).findFirst();
    }

    /**
     * {@code inForceUntil} is the first day it no longer applies (superseded or withdrawn), null while it
     * applies without end. klacht-service computes it, so the rule of which declaration is in force lives
     * there only; a declaration withdrawn before it took effect has {@code inForceUntil == effectiveFrom}.
     */
    public record Declaration(UUID id, String regulationVersion, String option, LocalDate effectiveFrom,
            LocalDate withdrawnFrom, LocalDate inForceUntil, String vertrouwenspersoonKeuze,
            ReminderSchedule reminderSchedule, int complaintRetentionYears, int remediesPeriodWeeks) {

        public boolean appliesOn(LocalDate date) {
            return effectiveFrom != null && !effectiveFrom.isAfter(date)
                    && (inForceUntil == null || date.isBefore(inForceUntil));
        }
    }

    public record ReminderSchedule(List<Integer> daysBefore, boolean onDueDay, boolean everyWorkingDayAfter,
            String atTime) {
    }

    public record RosterMember(UUID personId, LocalDate from, LocalDate to) {
    }
}
