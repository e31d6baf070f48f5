package nl.tweedekamer.meldpunt.klacht.commissie;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A vertrouwenspersoon's appointment as melding-service published it ({@code vertrouwenspersoon-benoemd.v1},
 * {@code -ontslagen.v1}): klacht-service keeps it only to refuse such a person a commission seat (art 4.5).
 * Pool and fractie VPs alike; {@link #tenantId} is informative only, so there is no {@code @TenantId}.
 */
@Entity
@Table(name = "commission_known_vertrouwenspersoon")
public class KnownVertrouwenspersoon extends PanacheEntityBase {

    @Id
    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "appointed_from", nullable = false)
    public LocalDate appointedFrom;

    /** The last day of the VP's term (melding-service: from + 4 years, 8 after the one renewal). */
    @Column(name = "appointed_until")
    public LocalDate appointedUntil;

    /** The day the VP appointment ended; from then on the person is no VP. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Whether the person is a VP on any day of [from, until] (until null: open-ended). */
    public boolean servesWithin(LocalDate from, LocalDate until) {
        LocalDate last = appointedUntil;
        if (endedOn != null && (last == null || !endedOn.minusDays(1).isAfter(last))) {
            last = endedOn.minusDays(1);
        }
        if (last != null && last.isBefore(appointedFrom)) {
            return false;
        }
        boolean startsAfter = until != null && appointedFrom.isAfter(until);
        boolean endsBefore = last != null && last.isBefore(from);
        return !startsAfter && !endsBefore;
    }
}
