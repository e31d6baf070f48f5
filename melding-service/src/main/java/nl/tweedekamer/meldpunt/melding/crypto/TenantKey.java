package nl.tweedekamer.meldpunt.melding.crypto;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A tenant's key (a Tink AES-256-GCM keyset), stored only wrapped by the master key. It wraps the data keys of
 * the tenant's meldingen. Read by the crypto service alone, for any tenant (a pool VP serves them all).
 */
@Entity
@Table(name = "tenant_key")
public class TenantKey extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    /** Base64 of the keyset encrypted with the master key, the tenant id as associated data. */
    @Column(name = "wrapped_keyset", nullable = false)
    public String wrappedKeyset;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
