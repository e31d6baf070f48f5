package nl.tweedekamer.meldpunt.melding.dossier;

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
 * One line of the append-only audit trail (domain.md §7: every read of a case file by a person is recorded). It
 * names the melding, who (a role and, for a VP, their pseudonymous id), what and when — never content — and it
 * outlives the melding's destruction, so the trail keeps that the file existed and was destroyed. Every column is
 * insert-only; nothing in this service updates or deletes a line.
 */
@Entity
@Table(name = "melding_audit")
public class MeldingAudit extends PanacheEntityBase {

    public enum Actor {
        MELDER, VERTROUWENSPERSOON, SERVICE, SYSTEEM,
        /** The platform administrator, reading the audit trail itself (that reading is recorded too). */
        PLATFORM_BEHEERDER
    }

    public enum Action {
        RECEIVED, READ, MESSAGE_POSTED, CONSENT_GIVEN, CONSENT_WITHDRAWN, INTERVENTION_RECORDED, HANDED_OVER,
        CLOSED, CONTACT_LOOKED_UP, REASSIGNED, DESTROYED, PERSON_NAMED,
        /** Someone read the melding's audit trail (the platform administrator's oversight view). */
        AUDIT_READ
    }

    @Id
    public UUID id;

    @Column(name = "melding_id", nullable = false, updatable = false)
    public UUID meldingId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Actor actor;

    /** A VP's pseudonymous person id; null for the melder (their id is theirs alone) and the system. */
    @Column(name = "actor_id", updatable = false)
    public String actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Action action;
}
