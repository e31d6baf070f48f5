package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A seat on the klachtencommissie, as klacht-service's appointment events report it (for art 4.5). */
@Entity
@Table(name = "commissielid")
public class Commissielid extends PanacheEntityBase {

    @Id
    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "appointed_from", nullable = false)
    public LocalDate appointedFrom;

    /** The seat's last day (its term, art 6.2); null when it has none. */
    @Column(name = "appointed_until")
    public LocalDate appointedUntil;

    /** The first day without the seat: its ending, or the day after its term; null while it has no end. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** Whether the seat is held on any day from {@code from} to {@code until} (both included). */
    public boolean overlaps(LocalDate from, LocalDate until) {
        LocalDate afterTerm = appointedUntil == null ? null : appointedUntil.plusDays(1);
        LocalDate firstDayWithout = endedOn == null ? afterTerm
                : afterTerm == null || endedOn.isBefore(afterTerm) ? endedOn : afterTerm;
        return !appointedFrom.isAfter(until) && (firstDayWithout == null || from.isBefore(firstDayWithout));
    }

    /** Art 4.5: whether the person sits on the commission on any day of a VP appointment from {@code from} to {@code until}. */
    public static boolean sitsDuring(UUID personId, LocalDate from, LocalDate until) {
        return Commissielid.<Commissielid>list("personId", personId).stream().anyMatch(s -> s.overlaps(from, until));
    }
}
