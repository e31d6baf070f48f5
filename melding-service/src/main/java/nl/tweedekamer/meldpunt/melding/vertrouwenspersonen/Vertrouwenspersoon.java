package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The appointment of a vertrouwenspersoon (art 4), of one of two kinds ({@link VertrouwenspersoonKind}): to the
 * shared pool or as a fractie's own. Code works with this one type and its {@link #kind()}; each kind keeps its own
 * table, mapped by {@link PoolVertrouwenspersoon} (cross-tenant) and {@link EigenVertrouwenspersoon} (tenant data
 * with {@code @TenantId}), and the static methods below pick the kind's table. Outside this service the person is
 * known only by {@link #personId}; {@link #name} and {@link #email} never leave it except through the API and the
 * internal contact lookup.
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

    /** The last day the VP is away (holiday, illness), as they said it; null while present. */
    @Column(name = "absent_until")
    public LocalDate absentUntil;

    /** Away today: a melder still may choose them, and sees until when. */
    public boolean absentOn(LocalDate day) {
        return absentUntil != null && !absentUntil.isBefore(day);
    }

    public abstract VertrouwenspersoonKind kind();

    /** The tenant of a fractie's own VP; null for the pool. */
    public abstract String tenantIdOrNull();

    /** A new, unsaved appointment of the kind; a fractie's own carries its tenant (null for the pool). */
    public static Vertrouwenspersoon newOf(VertrouwenspersoonKind kind, String tenantId) {
        if (kind == VertrouwenspersoonKind.POOL) {
            return new PoolVertrouwenspersoon();
        }
        EigenVertrouwenspersoon own = new EigenVertrouwenspersoon();
        own.tenantId = tenantId;
        return own;
    }

    /** A query on the kind's table (a fractie's own within the request's tenant). */
    public static PanacheQuery<Vertrouwenspersoon> query(VertrouwenspersoonKind kind, String query, Object... params) {
        return kind == VertrouwenspersoonKind.POOL ? PoolVertrouwenspersoon.find(query, params)
                : EigenVertrouwenspersoon.find(query, params);
    }

    public static List<Vertrouwenspersoon> listOf(VertrouwenspersoonKind kind, String query, Object... params) {
        return kind == VertrouwenspersoonKind.POOL ? PoolVertrouwenspersoon.list(query, params)
                : EigenVertrouwenspersoon.list(query, params);
    }

    public static long countOf(VertrouwenspersoonKind kind, String query, Object... params) {
        return kind == VertrouwenspersoonKind.POOL ? PoolVertrouwenspersoon.count(query, params)
                : EigenVertrouwenspersoon.count(query, params);
    }

    /** Whether the person holds an open appointment of the kind. */
    public static boolean isOpen(VertrouwenspersoonKind kind, UUID personId) {
        return countOf(kind, "openPersonId", personId) > 0;
    }

    /** The person's latest appointment of the kind, open or ended. */
    public static Optional<Vertrouwenspersoon> latest(VertrouwenspersoonKind kind, UUID personId) {
        return query(kind, "personId = ?1 order by appointedAt desc", personId).firstResultOptional();
    }

    public boolean ended() {
        return endedOn != null;
    }

    /** Whether a melder can turn to this VP on the day: appointed, within the term, not ended. */
    public boolean servesOn(LocalDate date) {
        return !ended() && !appointedFrom.isAfter(date) && !appointedUntil.isBefore(date);
    }
}
