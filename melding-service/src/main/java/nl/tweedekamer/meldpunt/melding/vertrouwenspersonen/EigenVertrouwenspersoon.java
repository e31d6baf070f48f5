package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A fractie's own vertrouwenspersoon, appointed by its administrator where its declaration in force
 * chooses {@code EIGEN} or {@code BEIDE} (domain.md §1; cases at them stay outside the central figures,
 * 003 L8988). Tenant data: Hibernate shows a row to requests of its tenant only.
 */
@Entity
@Table(name = "eigen_vertrouwenspersoon")
public class EigenVertrouwenspersoon extends Vertrouwenspersoon {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Override
    public VertrouwenspersoonKind kind() {
        return VertrouwenspersoonKind.EIGEN;
    }

    @Override
    public String tenantIdOrNull() {
        return tenantId;
    }
}
