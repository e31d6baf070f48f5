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

/** An attachment to a melding: its bytes and file name are stored only encrypted with the melding's data key. */
@Entity
@Table(name = "melding_bijlage")
public class MeldingBijlage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "melding_id", nullable = false, updatable = false)
    public UUID meldingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MeldingBericht.Afzender afzender;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public OffsetDateTime uploadedAt;

    @Column(name = "content_type", nullable = false, updatable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public int sizeBytes;

    @Column(name = "filename_ct", updatable = false)
    public String filenameCiphertext;

    @Column(name = "content_ct", nullable = false, updatable = false)
    public byte[] contentCiphertext;
}
