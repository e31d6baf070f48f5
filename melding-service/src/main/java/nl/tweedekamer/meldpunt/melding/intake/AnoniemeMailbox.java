package nl.tweedekamer.meldpunt.melding.intake;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The anonymous reporter's way back to their melding: found by its public id, then opened by the secret half of
 * the receipt code, of which only an Argon2id hash is kept.
 */
@Entity
@Table(name = "anonieme_mailbox")
public class AnoniemeMailbox extends PanacheEntityBase {

    @Id
    @Column(name = "mailbox_id")
    public String mailboxId;

    @Column(name = "melding_id", nullable = false, updatable = false)
    public UUID meldingId;

    /** {@code argon2id$v=19$m=<kb>,t=<iterations>,p=<parallelism>$<salt>$<hash>}, base64. */
    @Column(name = "secret_hash", nullable = false, updatable = false)
    public String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
