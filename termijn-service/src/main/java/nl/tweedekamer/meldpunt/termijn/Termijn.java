package nl.tweedekamer.meldpunt.termijn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import nl.tweedekamer.meldpunt.termijn.calendar.Term;

/**
 * One term of a case or an appointment: when it started, when it is due and how that was computed, its state,
 * and when the scheduler must next look at it. Read for every tenant by the scheduler, so no {@code @TenantId};
 * the API applies each role's tenant rule in {@code TermijnQueries}.
 */
@Entity
@Table(name = "termijn")
public class Termijn extends PanacheEntityBase {

    public enum State {
        OPEN, SUSPENDED, LAPSED, CLOSED_ON_TIME, CLOSED_LATE,
        /** Ended without the act because it no longer applies: withdrawn, ended, or T3 stopped by a request to complete. */
        STOPPED;

        public boolean isRunning() {
            return this == OPEN || this == SUSPENDED || this == LAPSED;
        }
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TermijnRegel soort;

    @Column(name = "opening_key", nullable = false)
    public String openingKey;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "case_reference")
    public String caseReference;

    @Column(name = "appointment_id")
    public UUID appointmentId;

    /** The appointed person (T7, T8) or the VP of a file (T6): pseudonymous. */
    @Column(name = "person_id")
    public UUID personId;

    /** POOL or EIGEN (a VP), COMMISSIE (a commission member). */
    @Column(name = "appointee_kind")
    public String appointeeKind;

    @Column(name = "employer_tenant_id")
    public String employerTenantId;

    /** T5: whom the commission named to receive the advice instead of the usual employer contact. */
    @Column(name = "recipient_id")
    public UUID recipientId;

    @Column(name = "handover_id")
    public UUID handoverId;

    @Column(name = "trigger_date", nullable = false)
    public LocalDate triggerDate;

    @Column(name = "trigger_event_id", nullable = false)
    public String triggerEventId;

    @Column(name = "basis_date", nullable = false)
    public LocalDate basisDate;

    @Column(name = "basis_length", nullable = false)
    public String basisLength;

    @Column(name = "basis_extension_days", nullable = false)
    public int basisExtensionDays;

    @Column(name = "extension_days_total", nullable = false)
    public int extensionDaysTotal;

    @Column(name = "due_on")
    public LocalDate dueOn;

    /** How the due date was computed (DueDate#explanation), with the step that led to it. */
    @Column(nullable = false, length = 4000)
    public String computation;

    @Column(name = "decree_known", nullable = false)
    public boolean decreeKnown;

    @Column(name = "years_without_decree")
    public String yearsWithoutDecree;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "suspended_on")
    public LocalDate suspendedOn;

    @Column(name = "remaining_days")
    public Integer remainingDays;

    @Column(name = "lapsed_on")
    public LocalDate lapsedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "reminder_days_before", nullable = false)
    public String reminderDaysBefore;

    @Column(name = "reminder_on_due_day", nullable = false)
    public boolean reminderOnDueDay;

    @Column(name = "reminder_after", nullable = false)
    public boolean reminderAfter;

    @Column(name = "reminder_at", nullable = false)
    public String reminderAt;

    @Column(name = "reminders_from", nullable = false)
    public OffsetDateTime remindersFrom;

    @Column(name = "last_slot_at")
    public OffsetDateTime lastSlotAt;

    @Column(name = "next_action_at")
    public OffsetDateTime nextActionAt;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    public Term basisTerm() {
        return Term.parse(basisLength).orElseGet(() -> Term.days(Integer.parseInt(basisLength.substring(1,
                basisLength.length() - 1))));
    }

    /** Case terms are keyed by the case, appointment terms by the appointed person (asyncapi key-caseId). */
    public String eventKey() {
        return caseId != null ? caseId.toString() : personId.toString();
    }

    /** The case reference, or for an appointment term its appointment id. */
    public String subject() {
        return caseReference != null ? caseReference : appointmentId.toString();
    }

    public static Optional<Termijn> byOpeningKey(String key) {
        return find("openingKey", key).firstResultOptional();
    }

    public static List<Termijn> ofCase(UUID caseId) {
        return list("caseId = ?1 order by openedAt, soort", caseId);
    }

    public static List<Termijn> running(UUID caseId, TermijnRegel soort) {
        return list("caseId = ?1 and soort = ?2 and state in ?3", caseId, soort,
                List.of(State.OPEN, State.SUSPENDED, State.LAPSED));
    }

    public static List<Termijn> runningOfAppointment(UUID appointmentId, TermijnRegel soort) {
        return list("appointmentId = ?1 and soort = ?2 and state in ?3", appointmentId, soort,
                List.of(State.OPEN, State.SUSPENDED, State.LAPSED));
    }

    public static Termijn locked(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
