package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A document attached to the klaagschrift (art 9: of the steps already taken). Its bytes and its file name are
 * stored only as ciphertext of the complaint's data key
 * ({@link nl.tweedekamer.meldpunt.klacht.crypto.KlachtDataKey}).
 */
@Entity
@Table(name = "klacht_bijlage")
public class Bijlage extends PanacheEntityBase {

    /** Who added it: the complainant to their draft, or the secretary registering a klaagschrift on paper. */
    public enum Toevoeger {
        KLAGER, SECRETARIS
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

    @Column(name = "content_ct", nullable = false, updatable = false)
    public byte[] contentCiphertext;

    public static List<Bijlage> of(UUID klachtId) {
        return list("klachtId = ?1 order by addedAt, id", klachtId);
    }
}
