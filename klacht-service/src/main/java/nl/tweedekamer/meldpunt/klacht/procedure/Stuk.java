package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
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

/** A written piece of the dossier. Who may read it follows from its kind ({@link Soort#forParties}). */
@Entity
@Table(name = "klacht_stuk")
public class Stuk extends SealedCaseRow {

    public enum Soort {
        /** Art 9.4. */
        ONTVANGSTBEVESTIGING,
        /** Art 9.3. */
        AANVULLINGSVERZOEK,
        AANVULLING,
        /** Art 10.1-10.4: the reasons of the admissibility decision. */
        ONTVANKELIJKHEIDSBESLISSING,
        /** Art 11.2. */
        HOORVERSLAG,
        /** Art 11.7. */
        ONDERZOEKSVERSLAG,
        /** Art 12.1. */
        FEITENOVERZICHT,
        /** Art 12.1: a party's factual correction. */
        CORRECTIE,
        /** Art 12.5: a party's written view, attached to the advice. */
        ZIENSWIJZE,
        /** Art 12.1: a party waives (further) corrections of the fact overview, so the advice need not wait. */
        AFSTAND_CORRECTIE,
        /** Art 12.3: why the advice comes later, with the new term. */
        NIEUWE_ADVIESTERMIJN,
        /** Art 13.3: the reasons for extending the decision term. */
        VERDAGING,
        /** Art 13.1-13.2, 10.4. */
        BESLUIT,
        INTREKKING,
        /** Art 10.1, 11.1. */
        BEMIDDELING;

        /** The pieces complainant and accused receive (art 9.4, 10.3, 11.2, 12.1, 12.3, 13.2, 13.3). */
        private static final Set<Soort> FOR_PARTIES = Set.of(ONTVANGSTBEVESTIGING, AANVULLINGSVERZOEK, AANVULLING,
                ONTVANKELIJKHEIDSBESLISSING, HOORVERSLAG, ONDERZOEKSVERSLAG, FEITENOVERZICHT, CORRECTIE, ZIENSWIJZE,
                AFSTAND_CORRECTIE, NIEUWE_ADVIESTERMIJN, VERDAGING, BESLUIT, INTREKKING, BEMIDDELING);

        public boolean forParties() {
            return FOR_PARTIES.contains(this);
        }
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false)
    public UUID klachtId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Soort kind;

    @Column(nullable = false)
    @Confidential
    public String body;

    @Column(name = "dated_on", nullable = false)
    public LocalDate datedOn;

    @Column(name = "author_id", nullable = false)
    public String authorId;

    @Column(name = "author_role", nullable = false)
    public String authorRole;

    @Column(name = "employer_tenant_id")
    public String employerTenantId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static List<Stuk> of(UUID klachtId) {
        return list("klachtId = ?1 order by createdAt", klachtId);
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
        return "stuk/" + id;
    }

    public String getBody() {
        return open("body", body);
    }

    public void setBody(String body) {
        this.body = seal("body", body);
    }
}
