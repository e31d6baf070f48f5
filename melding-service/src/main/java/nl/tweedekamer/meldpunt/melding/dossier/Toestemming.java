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
 * The melder's recorded prior consent to one kind of step that involves a third party (art 5.3). Only the melder
 * records or withdraws it; a withdrawn consent stays on record with its date.
 */
@Entity
@Table(name = "melding_toestemming")
public class Toestemming extends PanacheEntityBase {

    /** The steps that involve a third party and therefore need consent. */
    public enum Scope {
        /** Engaging a mediator (art 5.1.d). */
        BEMIDDELING,
        /** Referring with the melder's details passed on (art 5.1.b). */
        DOORVERWIJZING_MET_GEGEVENS,
        /** Handing over to the klachtencommissie: a draft klaagschrift opened for the melder. */
        OVERDRACHT_KLACHT,
        /** Counting this melding in a pattern signal about a unit too small to be anonymous (domain.md §4.8). */
        PATROONSIGNAAL
    }

    @Id
    public UUID id;

    @Column(name = "melding_id", nullable = false, updatable = false)
    public UUID meldingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Scope scope;

    @Column(name = "given_at", nullable = false, updatable = false)
    public OffsetDateTime givenAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
}
