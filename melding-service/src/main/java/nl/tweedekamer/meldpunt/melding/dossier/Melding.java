package nl.tweedekamer.meldpunt.melding.dossier;

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
import jakarta.persistence.Version;

import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;

/**
 * A melding at a vertrouwenspersoon (art 3–5). Who may read it is decided by person, not by tenant: its melder
 * and its assigned VP, and nobody else ({@code MeldingAccess}); a pool VP serves every tenant, so a melding is
 * not filtered by the request's tenant but carries the melder's organisation in {@link #tenantId}.
 * <p>
 * The structured fields (kind, category, relation, department, status, dates) stay readable for the annual
 * report and pattern signals; the description, the melder's identity and their subject id are stored only as
 * ciphertext of the melding's own data key ({@code *_ct} columns).
 */
@Entity
@Table(name = "melding")
public class Melding extends PanacheEntityBase {

    public enum Status {
        OPEN, GESLOTEN
    }

    /** How the melding ended (domain.md §4.4), recorded at closure. */
    public enum Uitkomst {
        OPGELOST, ANDERE_WERKPLEK, DOOR_MELDER_OPGELOST, JURIDISCH_ADVIES, ONBEKEND, KLACHT_INGEDIEND
    }

    @Id
    public UUID id;

    /** The human-readable reference in emails and events; random, so it reveals no count. */
    @Column(nullable = false, updatable = false)
    public String reference;

    /** The melder's organisation. */
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "vp_person_id", nullable = false)
    public UUID vertrouwenspersoonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "vp_kind", nullable = false)
    public VertrouwenspersoonKind vertrouwenspersoonKind;

    @Column(nullable = false, updatable = false)
    public boolean anonymous;

    /** A keyed hash of the named melder's token subject, to find "my meldingen"; null when anonymous. */
    @Column(name = "reporter_lookup", updatable = false)
    public String reporterLookup;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MeldingSoort soort;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Categorie categorie;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Relatie relatie;

    /** The structured department field (a code), used to count patterns; never free text. */
    @Column(nullable = false, updatable = false)
    public String afdeling;

    /** The department of a melding whose melder did not name one: no unit, so never the subject of a pattern signal. */
    public static final String AFDELING_ONBEKEND = "ONBEKEND";

    /**
     * The person behaving badly as a keyed token ({@code PersoonTokens}), set by the VP; null when not named. Used
     * only to count pattern signals (003 L6513); the name itself is never stored.
     */
    @Column(name = "person_token")
    public String personToken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "received_on", nullable = false, updatable = false)
    public LocalDate receivedOn;

    @Column(name = "received_at", nullable = false, updatable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** The day the closed file will be destroyed (art 5.6), as termijn-service computed its T6; null while open. */
    @Column(name = "destruction_due_on")
    public LocalDate destructionDueOn;

    @Enumerated(EnumType.STRING)
    public Uitkomst uitkomst;

    /** Set when the file was handed over to the complaint track. */
    @Column(name = "handover_id")
    public UUID handoverId;

    /** The named melder asked to be emailed (then the identity holds an address). */
    @Column(name = "email_wanted", nullable = false, updatable = false)
    public boolean emailWanted;

    @Column(name = "description_ct", nullable = false, updatable = false)
    public String descriptionCiphertext;

    /** JSON {name, email, phone} as the melder gave it; null when they gave none. */
    @Column(name = "identity_ct", updatable = false)
    public String identityCiphertext;

    /** The named melder's token subject, needed for the hand-over event; null when anonymous. */
    @Column(name = "reporter_subject_ct", updatable = false)
    public String reporterSubjectCiphertext;

    @Version
    public int version;

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
