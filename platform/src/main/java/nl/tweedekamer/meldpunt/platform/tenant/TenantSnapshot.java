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
        String status, List<Declaration> declarations, List<RosterMember> roster, List<Department> departments) {

    public static final String TYPE = "nl.tweedekamer.tenant.snapshot.v1";

    /** A snapshot of a tenant that keeps no list of departments (and one from before the list existed). */
    public TenantSnapshot(String tenantId, long revision, String name, String shortName, String kind, String status,
            List<Declaration> declarations, List<RosterMember> roster) {
        this(tenantId, revision, name, shortName, kind, status, declarations, roster, List.of());
    }

    /** The organisation's departments, in its own order; empty when it keeps no list. */
    public List<Department> departmentList() {
        return departments == null ? List.of() : departments;
    }

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

    /**
     * A unit of the organisation as it names it: a melder picks one (or none), and pattern signals count per unit. A
     * name of a unit, never of a person.
     */
    public record Department(String code, String name) {
    }
}
