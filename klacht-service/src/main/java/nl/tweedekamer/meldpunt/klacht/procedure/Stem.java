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

/** A sitting member's vote on the draft advice (art 12.7). */
@Entity
@Table(name = "klacht_stem")
public class Stem extends PanacheEntityBase {

    public enum Keuze {
        VOOR, TEGEN, ONTHOUDING
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
    @Column(name = "stem", nullable = false)
    public Keuze keuze;

    public static List<Stem> of(UUID klachtId) {
        return list("klachtId", klachtId);
    }
}
