package nl.tweedekamer.meldpunt.klacht.commissie;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One appointment to the klachtencommissie. The commission is shared by all tenants, so this is
 * registry data without {@code @TenantId}. Outside klacht-service the person is known only by
 * {@link #personId}; name, address and {@link #woman} never leave it except through the API and the internal
 * contact lookup.
 */
@Entity
@Table(name = "commission_appointment")
public class CommissionAppointment extends PanacheEntityBase {

    @Id
    @Column(name = "appointment_id")
    public UUID appointmentId;

    /** The person's pseudonymous id: the {@code sub} of their token, as for vertrouwenspersonen. */
    @Column(name = "person_id", nullable = false, updatable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "function_code", nullable = false, updatable = false)
    public CommissionFunction function;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public CommissionSide side;

    @Column(nullable = false)
    public String name;

    @Column(name = "work_email", nullable = false)
    public String workEmail;

    /** Only what art 7.5 needs ("ten minste een lid is vrouw"); no other gender data is kept. */
    @Column(nullable = false)
    public boolean woman;

    @Column(name = "appointed_from", nullable = false)
    public LocalDate appointedFrom;

    /** The last day of the term; null for the secretary, whose appointment art 8 gives no term. */
    @Column(name = "appointed_until")
    public LocalDate appointedUntil;

    @Column(nullable = false)
    public int renewals;

    /** The first day the person no longer serves; set when the appointment is ended early. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public CommissionEndReason endReason;

    @Column(name = "appointed_at", nullable = false)
    public OffsetDateTime appointedAt;

    @Column(name = "appointed_by", nullable = false)
    public String appointedBy;

    public boolean ended() {
        return endedOn != null;
    }

    /** The last day served: the end of the term, or the day before it was ended; null when open-ended. */
    public LocalDate lastDay() {
        LocalDate beforeEnd = endedOn == null ? null : endedOn.minusDays(1);
        if (appointedUntil == null) {
            return beforeEnd;
        }
        return beforeEnd == null || appointedUntil.isBefore(beforeEnd) ? appointedUntil : beforeEnd;
    }

    public boolean servesOn(LocalDate date) {
        LocalDate last = lastDay();
        return !appointedFrom.isAfter(date) && (last == null || !last.isBefore(date));
    }

    /** Whether the days served overlap [from, until] (until null: open-ended). */
    public boolean overlaps(LocalDate from, LocalDate until) {
        LocalDate last = lastDay();
        if (last != null && last.isBefore(appointedFrom)) {
            return false; // ended before it began
        }
        boolean startsAfterOther = until != null && appointedFrom.isAfter(until);
        boolean endsBeforeOther = last != null && last.isBefore(from);
        return !startsAfterOther && !endsBeforeOther;
    }

    public AppointmentStatus statusOn(LocalDate date) {
        if (ended() && !endedOn.isAfter(date)) {
            return AppointmentStatus.ENDED;
        }
        if (appointedFrom.isAfter(date)) {
            return AppointmentStatus.UPCOMING;
        }
        return servesOn(date) ? AppointmentStatus.SERVING : AppointmentStatus.LAPSED;
    }
}
