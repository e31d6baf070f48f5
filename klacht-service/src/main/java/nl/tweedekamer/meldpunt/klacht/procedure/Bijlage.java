package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A document of the complaint: attached to the klaagschrift (art 9.2: of the steps already taken), added later by a
 * party (art 9.3, 11.4, 12.5), or the secretary's redacted copy of one (art 10.3). Its bytes and its file name are
 * stored only as ciphertext of the complaint's data key
 * ({@link nl.tweedekamer.meldpunt.klacht.crypto.KlachtDataKey}).
 */
@Entity
@Table(name = "klacht_bijlage")
public class Bijlage extends PanacheEntityBase {

    /**
     * Who added it: the complainant, the secretary (a klaagschrift's enclosures received on paper, or a redacted
     * copy), or an accused.
     */
    public enum Toevoeger {
        KLAGER, SECRETARIS, AANGEKLAAGDE
    }

    /** With what it was added: the klaagschrift (9.2), a completion (9.3), the hearing's term (11.4), a view (12.5). */
    public enum Moment {
        KLAAGSCHRIFT, AANVULLING, HOORZITTING, ZIENSWIJZE, GESCHOOND
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false, updatable = false)
    public UUID klachtId;

    @Enumerated(EnumType.STRING)
    @Column(name = "added_by", nullable = false, updatable = false)
    public Toevoeger addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    public OffsetDateTime addedAt;

    @Column(name = "content_type", nullable = false, updatable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public int sizeBytes;

    /** The file name (personal free text), base64 ciphertext. */
    @Column(name = "filename_ct", nullable = false, updatable = false)
    public String filenameCiphertext;

    /** Loaded only when read: listing the documents or checking their release needs no file. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content_ct", nullable = false, updatable = false)
    public byte[] contentCiphertext;

    @Enumerated(EnumType.STRING)
    @Column(name = "added_with", nullable = false, updatable = false)
    public Moment addedWith = Moment.KLAAGSCHRIFT;

    /** The accused who added it (their {@link Aangeklaagde} row); null for the complainant's side. */
    @Column(name = "accused_id", updatable = false)
    public UUID accusedId;

    /** Art 10.3: the day the secretary released it to the accused as it is. */
    @Column(name = "released_on")
    public LocalDate releasedOn;

    @Column(name = "released_by")
    public String releasedBy;

    /** Art 10.3: this row is the redacted copy the accused receives instead of that document. */
    @Column(name = "redaction_of", updatable = false)
    public UUID redactionOf;

    /** A document of the complainant's side (the klaagschrift's, or added by the complainant later). */
    public boolean fromComplainantSide() {
        return addedBy != Toevoeger.AANGEKLAAGDE && redactionOf == null;
    }

    public static List<Bijlage> of(UUID klachtId) {
        return list("klachtId = ?1 order by addedAt, id", klachtId);
    }
}
