package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import nl.tweedekamer.meldpunt.klacht.crypto.Confidential;
import nl.tweedekamer.meldpunt.klacht.crypto.SealedCaseRow;

/**
 * The draft (concept) of a long text its author writes over more than one sitting: a party's correction of the fact
 * overview or written view (art 12.1, 12.5), the employer's decision with reasons (art 13). One per case, author and
 * kind; read by its author alone, gone when they submit the text or when the case is deleted. Its text is case
 * content: read through the API only, never logged nor in an event.
 */
@Entity
@Table(name = "klacht_concept")
public class Concept extends SealedCaseRow {

    /** The texts a draft is kept for, each named after the piece it becomes. */
    public enum Soort {
        /** Art 12.1. */
        CORRECTIE,
        /** Art 12.1, 12.5. */
        ZIENSWIJZE,
        /** Art 13.1-13.2, 10.4. */
        BESLUIT;

        public static Optional<Soort> of(String name) {
            return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
        }
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false, updatable = false)
    public UUID klachtId;

    /** The person who writes it: the only one who reads it. */
    @Column(name = "author_id", nullable = false, updatable = false)
    public UUID authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Soort kind;

    @Column(nullable = false)
    @Confidential
    public String body;

    @Column(name = "saved_at", nullable = false)
    public OffsetDateTime savedAt;

    public static Optional<Concept> of(UUID klachtId, UUID authorId, Soort kind) {
        return find("klachtId = ?1 and authorId = ?2 and kind = ?3", klachtId, authorId, kind).firstResultOptional();
    }

    /** The author submitted the text (or, for a correction, waived it): the draft has served its purpose. */
    public static long discard(UUID klachtId, UUID authorId, Soort kind) {
        return delete("klachtId = ?1 and authorId = ?2 and kind = ?3", klachtId, authorId, kind);
    }

    @Override
    protected UUID caseId() {
        return klachtId;
    }

    @Override
    protected String tenant() {
        return tenantId;
    }

    @Override
    protected String scope() {
        return "concept/" + id;
    }

    public String getBody() {
        return open("body", body);
    }

    public void setBody(String body) {
        this.body = seal("body", body);
    }
}
