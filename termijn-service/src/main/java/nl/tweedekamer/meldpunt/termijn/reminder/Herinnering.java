package nl.tweedekamer.meldpunt.termijn.reminder;

import java.time.LocalDate;
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

import nl.tweedekamer.meldpunt.termijn.reminder.Moment;

/**
 * A reminder claimed for one slot of one term (unique: term + slot), so that two instances or two ticks never
 * send the same one. PENDING until the SMTP server accepted it; SENDING while one instance holds its lease.
 */
@Entity
@Table(name = "herinnering")
public class Herinnering extends PanacheEntityBase {

    public enum State { PENDING, SENDING, SENT, DROPPED }

    @Id
    public UUID id;

    @Column(name = "termijn_id", nullable = false)
    public UUID termijnId;

    @Column(name = "slot_key", nullable = false)
    public String slotKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Moment moment;

    @Column(name = "planned_at", nullable = false)
    public OffsetDateTime plannedAt;

    @Column(name = "claimed_at", nullable = false)
    public OffsetDateTime claimedAt;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** Sent after its planned moment: the service was down when it was due. */
    @Column(nullable = false)
    public boolean late;

    /** Claimed after the term lapsed: goes to the chair only for commission terms. */
    @Column(nullable = false)
    public boolean lapsed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "recipient_roles")
    public String recipientRoles;

    /** The exception class of the last failed attempt; never a message (it may carry an address). */
    @Column(name = "last_error")
    public String lastError;

    public static List<Herinnering> of(UUID termijnId) {
        return list("termijnId = ?1 order by plannedAt", termijnId);
    }

    /** The stable Message-ID of this reminder's email: the same for every attempt. */
    public String messageId() {
        return "<herinnering-" + id + "@meldpunt.tweedekamer.nl>";
    }

    /** The same reminder's mail to a party of the case: a delivery of its own, so a Message-ID of its own. */
    public String messageIdForParty() {
        return "<herinnering-" + id + "-partij@meldpunt.tweedekamer.nl>";
    }
}
