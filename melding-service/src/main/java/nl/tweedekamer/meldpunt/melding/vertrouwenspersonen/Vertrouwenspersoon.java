package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The appointment of a vertrouwenspersoon (art 4): to the shared pool ({@link PoolVertrouwenspersoon}) or as
 * a fractie's own ({@link EigenVertrouwenspersoon}). Outside this service the person is known only by
 * {@link #personId}; {@link #name} and {@link #email} never leave it except through the API and the internal
 * contact lookup.
 */
@MappedSuperclass
public abstract class Vertrouwenspersoon extends PanacheEntityBase {

    /** art 4.2: "Benoeming geschiedt voor de periode van vier jaar" (seed 002 L653). */
    public static final int TERM_YEARS = 4;

    /** art 4.2: "herbenoeming voor eenzelfde termijn eenmalig mogelijk". */
    public static final int MAX_RENEWALS = 1;

    @Id
    @Column(name = "appointment_id")
    public UUID appointmentId;

    /** The VP's pseudonymous id: the {@code sub} of their token. */
    @Column(name = "person_id", nullable = false, updatable = false)
    public UUID personId;

    /** {@link #personId} while the appointment is open, null once it ended: one open appointment per scope. */
    @Column(name = "open_person_id")
    public UUID openPersonId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "function_category", nullable = false)
    public FunctionCategory functionCategory;

    @Column(name = "appointed_from", nullable = false)
    public LocalDate appointedFrom;

    /** The last day of the term (T8's trigger date plus 4 years; the next 4 years after the one renewal). */
    @Column(name = "appointed_until", nullable = false)
    public LocalDate appointedUntil;

    @Column(nullable = false)
    public int renewals;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;

    @Column(name = "appointed_at", nullable = false)
    public OffsetDateTime appointedAt;

    /** Files that left this ended appointment: handed over to a successor (art 5.7) or moved at once (art 4.3). */
    @Column(name = "files_handed_over", nullable = false)
    public int filesHandedOver;

    /** The day the ended appointment held no file any more: its hand-over (art 5.7) is complete. */
    @Column(name = "handover_completed_on")
    public LocalDate handoverCompletedOn;

    public abstract VertrouwenspersoonKind kind();

    /** The tenant of a fractie's own VP; null for the pool. */
    public abstract String tenantIdOrNull();

    public boolean ended() {
        return endedOn != null;
    }

    /** Whether a melder can turn to this VP on the day: appointed, within the term, not ended. */
    public boolean servesOn(LocalDate date) {
        return !ended() && !appointedFrom.isAfter(date) && !appointedUntil.isBefore(date);
    }
}
