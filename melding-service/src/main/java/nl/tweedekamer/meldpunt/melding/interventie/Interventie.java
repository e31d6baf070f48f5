package nl.tweedekamer.meldpunt.melding.interventie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An intervention the VP recorded, with the hours spent (domain.md §4.3, §4.9); the note is encrypted. */
@Entity
@Table(name = "melding_interventie")
public class Interventie extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "melding_id", nullable = false, updatable = false)
    public UUID meldingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public InterventieSoort soort;

    @Column(nullable = false, updatable = false)
    public BigDecimal hours;

    @Column(name = "recorded_on", nullable = false, updatable = false)
    public LocalDate recordedOn;

    /** For a referral: whether the melder's details were passed on to the third party. */
    @Column(name = "details_shared", nullable = false, updatable = false)
    public boolean detailsShared;

    /** The consent this step relied on (art 5.3), if it needed one. */
    @Column(name = "toestemming_id", updatable = false)
    public UUID toestemmingId;

    @Column(name = "note_ct", updatable = false)
    public String noteCiphertext;
}
