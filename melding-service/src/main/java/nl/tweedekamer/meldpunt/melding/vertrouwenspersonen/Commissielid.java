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

    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** Whether the person holds a seat that has not ended. */
    public static boolean sits(UUID personId) {
        return count("personId = ?1 and endedOn is null", personId) > 0;
    }
}
