package nl.tweedekamer.meldpunt.melding.concept;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A form in the making, for its author only: which form ({@code formKey}, e.g. {@code nieuwe-melding}) and what was
 * typed in it, encrypted. Nothing here is a melding: no VP reads it, no event or count includes it.
 */
@Entity
@Table(name = "concept")
public class Concept extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    /** A keyed hash of the author's token subject, never the subject itself. */
    @Column(name = "author_hash", nullable = false, updatable = false)
    public String authorHash;

    @Column(name = "form_key", nullable = false, updatable = false)
    public String formKey;

    /** The fields as JSON, sealed with the draft's own data key. */
    @Column(name = "fields_ct", nullable = false)
    public String fieldsCiphertext;

    @Column(name = "saved_at", nullable = false)
    public OffsetDateTime savedAt;
}
