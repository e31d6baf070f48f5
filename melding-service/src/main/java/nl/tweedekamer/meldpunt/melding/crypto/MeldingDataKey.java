package nl.tweedekamer.meldpunt.melding.crypto;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A melding's own data key (a Tink AES-256-GCM keyset), stored only wrapped by its tenant's key. Deleting this
 * row makes every ciphertext of the melding unreadable for good (crypto-shredding, art 5.6).
 */
@Entity
@Table(name = "melding_data_key")
public class MeldingDataKey extends PanacheEntityBase {

    @Id
    @Column(name = "melding_id")
    public UUID meldingId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    /** Base64 of the keyset encrypted with the tenant's key, the melding id as associated data. */
    @Column(name = "wrapped_key", nullable = false, updatable = false)
    public String wrappedKey;
}
