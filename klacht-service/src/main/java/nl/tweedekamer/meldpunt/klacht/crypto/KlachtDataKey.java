package nl.tweedekamer.meldpunt.klacht.crypto;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A complaint's own data key (a Tink AES-256-GCM keyset), stored only wrapped by its tenant's key. Deleting this
 * row makes every ciphertext of the complaint unreadable for good (crypto-shredding at the end of retention).
 * No tenant discriminator: only the crypto service reads it, by the complaint's id.
 */
@Entity
@Table(name = "klacht_data_key")
public class KlachtDataKey extends PanacheEntityBase {

    @Id
    @Column(name = "klacht_id")
    public UUID klachtId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    /** Base64 of the keyset encrypted with the tenant's key, the complaint id as associated data. */
    @Column(name = "wrapped_key", nullable = false, updatable = false)
    public String wrappedKey;
}
