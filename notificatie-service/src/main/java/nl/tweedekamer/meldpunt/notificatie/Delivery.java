package nl.tweedekamer.meldpunt.notificatie;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


/**
 * One email to one recipient: the delivery log. It keeps the recipient's pseudonymous id (to fetch the
 * address again at each attempt) and a keyed hash of the address last used, never the address or the
 * content.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    public enum State {
        QUEUED, SENT, RETRYING,
        /** permanently: the lookup no longer knows this recipient */
        FAILED
    }

    @Id
    public UUID id;

    @Column(name = "intent_id")
    public UUID intentId;

    /** The pseudonymous id the owning service's lookup gave for this recipient. */
    @Column(name = "recipient_id")
    public String recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role")
    public RecipientRole recipientRole;

    /** Stable per (event, recipient), so a repeated attempt is recognisable as the same message. */
    @Column(name = "message_id")
    public String messageId;

    @Enumerated(EnumType.STRING)
    public State state;

    public int attempts;

    /** HMAC-SHA256 of the address last sent to, with the configured key: comparable, not reversible. */
    @Column(name = "address_hash")
    public String addressHash;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
