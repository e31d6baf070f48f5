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

/** An accused named in the klaagschrift (art 9.1.c), with their employer; linked to a login at admissibility. */
@Entity
@Table(name = "klacht_aangeklaagde")
public class Aangeklaagde extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false)
    public UUID klachtId;

    @Column(name = "seq_no", nullable = false)
    public int seqNo;

    @Column(nullable = false)
    public String name;

    @Column(name = "function_title")
    public String functionTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Relatie relation;

    @Column(name = "employer_tenant_id")
    public String employerTenantId;

    /** The accused's login identity; the secretary links it on admissibility (domain.md §5.12). */
    @Column(name = "person_id")
    public UUID personId;

    public String email;

    public static List<Aangeklaagde> of(UUID klachtId) {
        return list("klachtId = ?1 order by seqNo", klachtId);
    }
}
