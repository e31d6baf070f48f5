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
 * That one kind of party must hear of one event: written in the same transaction as the event's inbox
 * record, so a redelivered event plans nothing twice. Who exactly (and so how many emails) is asked from
 * the owning service's lookup when the sender resolves it into {@link Delivery} rows.
 */
@Entity
@Table(name = "notification_intent")
public class NotificationIntent extends PanacheEntityBase {

    public enum State {
        /** waiting for the lookup of its recipients */
        PLANNED,
        /** one delivery per recipient the lookup named */
        RESOLVED,
        /** the lookup named nobody (e.g. an anonymous reporter, no accused linked yet) */
        NO_RECIPIENT
    }

    @Id
    public UUID id;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Enumerated(EnumType.STRING)
    public MailTemplate template;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role")
    public RecipientRole recipientRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "lookup_kind")
    public Lookup.Kind lookupKind;

    /** The lookup's argument (case, person, tenant or melding id); '' when it takes none. */
    @Column(name = "lookup_arg")
    public String lookupArg;

    @Column(name = "case_reference")
    public String caseReference;

    @Column(name = "link_path")
    public String linkPath;

    /** The date the email names ({@code [datum]} in its sentence), if any: a date, never content. */
    @Column(name = "named_date")
    public java.time.LocalDate namedDate;

    @Enumerated(EnumType.STRING)
    public State state;

    public int attempts;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    public Lookup lookup() {
        return new Lookup(lookupKind, lookupArg);
    }
}
