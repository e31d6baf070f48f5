package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One read of a dossier by a person (domain.md §7). Append-only: immutable once written. */
@Entity
@Immutable
@Table(name = "klacht_inzage")
public class Inzage extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false, updatable = false)
    public UUID klachtId;

    @Column(name = "person_id", nullable = false, updatable = false)
    public String personId;

    /** As whom they read: COMMISSIE, SECRETARIS, VOORZITTER, WERKGEVER, KLAGER, AANGEKLAAGDE. */
    @Column(name = "as_party", nullable = false, updatable = false)
    public String asParty;

    /** Which part: DOSSIER, INZAGELOG. */
    @Column(nullable = false, updatable = false)
    public String part;

    @Column(name = "read_at", nullable = false, updatable = false)
    public OffsetDateTime readAt;
}
