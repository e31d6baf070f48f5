package nl.tweedekamer.meldpunt.termijn.agenda;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A commission member's calendar feed at a secret URL (calendar clients send no token). Only a hash is kept. */
@Entity
@Table(name = "agenda_feed")
public class AgendaFeed extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public String personId;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    public static Optional<AgendaFeed> activeByHash(String hash) {
        return find("secretHash = ?1 and revokedAt is null", hash).firstResultOptional();
    }

    public static java.util.List<AgendaFeed> activeOf(String personId) {
        return list("personId = ?1 and revokedAt is null", personId);
    }
}
