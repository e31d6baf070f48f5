package nl.tweedekamer.meldpunt.termijn;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One appointment to the klachtencommissie as klacht-service publishes it ({@code commissielid-benoemd},
 * {@code commissielid-ontslagen}): who, which function, from when until when, and an early end. termijn-service
 * admits the commission roles only while the token's subject holds such a seat today, as klacht-service does.
 */
@Entity
@Table(name = "commissie_zetel")
public class CommissieZetel extends PanacheEntityBase {

    /** asyncapi CommissielidBenoemd.function: the secretary (art 8), added to the commission, not a member. */
    public static final String SECRETARIS = "SECRETARIS";

    /** asyncapi CommissielidBenoemd.function: the seats of the commission itself (art 7.1, 7.4). */
    public static final Set<String> MEMBER_FUNCTIONS =
            Set.of("VOORZITTER", "PLAATSVERVANGEND_VOORZITTER", "LID", "PLAATSVERVANGEND_LID");

    @Id
    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "function", nullable = false)
    public String function;

    @Column(name = "appointed_from", nullable = false)
    public LocalDate appointedFrom;

    /** The last day served (included); null when open-ended. */
    @Column(name = "appointed_until")
    public LocalDate appointedUntil;

    /** The first day no longer served, after an early end. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** Whether the seat is held on the day: begun, not past its last day, not ended. */
    public boolean heldOn(LocalDate day) {
        return !appointedFrom.isAfter(day) && (appointedUntil == null || !appointedUntil.isBefore(day))
                && (endedOn == null || endedOn.isAfter(day));
    }

    public boolean isSecretary() {
        return SECRETARIS.equals(function);
    }

    public boolean isMember() {
        return MEMBER_FUNCTIONS.contains(function);
    }

    public static List<CommissieZetel> ofPerson(UUID personId) {
        return list("personId", personId);
    }
}
