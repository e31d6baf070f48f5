package nl.tweedekamer.meldpunt.klacht.onboarding;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Who decides for an organisation as its employer (domain.md §10.2): a standing decider and a deputy, named by the
 * fractie administrator from the holders of the employer role. Kept beside the tenant registry, without a tenant
 * discriminator, because a case of one tenant asks for the decider of another (the accused's employer).
 */
@Entity
@Table(name = "tenant_beslisser")
public class StandingDecider extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    /** The decider's login (the pseudonymous id in their token's subject). */
    @Column(name = "decider_id", nullable = false)
    public UUID deciderId;

    @Column(name = "deputy_id", nullable = false)
    public UUID deputyId;

    @Column(name = "named_on", nullable = false)
    public LocalDate namedOn;

    @Column(name = "named_by", nullable = false)
    public String namedBy;

    public static Optional<StandingDecider> of(String tenantId) {
        return Optional.ofNullable(findById(tenantId));
    }
}
