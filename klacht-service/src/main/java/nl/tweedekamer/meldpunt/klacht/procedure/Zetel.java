package nl.tweedekamer.meldpunt.klacht.procedure;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A seat on a case: the chair and the members who sit (art 11.4), and the members replaced because they were
 * involved in the behaviour (art 7.8), who read nothing of the case.
 */
@Entity
@Table(name = "klacht_zetel")
public class Zetel extends PanacheEntityBase {

    public enum Seat {
        VOORZITTER, LID, UITGESLOTEN
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false)
    public UUID klachtId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Seat seat;

    /** AMBTELIJK or POLITIEK: a deputy takes the seat of the member from the same side (art 7.4, 7.8). */
    public String side;

    /** The excluded member whose seat this deputy takes. */
    @Column(name = "replaces_id")
    public UUID replacesId;

    public static List<Zetel> of(UUID klachtId) {
        return list("klachtId", klachtId);
    }
}
