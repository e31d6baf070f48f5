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

/** A message between the melder and the VP; its text is stored only encrypted with the melding's data key. */
@Entity
@Table(name = "melding_bericht")
public class MeldingBericht extends PanacheEntityBase {

    public enum Afzender {
        MELDER, VERTROUWENSPERSOON
    }

    @Id
    public UUID id;

    @Column(name = "melding_id", nullable = false, updatable = false)
    public UUID meldingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Afzender afzender;

    @Column(name = "posted_at", nullable = false, updatable = false)
    public OffsetDateTime postedAt;

    /** The written closure confirmation of art 5.1.i. */
    @Column(name = "closure", nullable = false, updatable = false)
    public boolean closure;

    @Column(name = "body_ct", nullable = false, updatable = false)
    public String bodyCiphertext;
}
