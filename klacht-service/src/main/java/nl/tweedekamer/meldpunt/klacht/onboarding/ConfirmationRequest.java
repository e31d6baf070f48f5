package nl.tweedekamer.meldpunt.klacht.onboarding;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** That a rostered person was asked to confirm a declaration: once per (declaration, person). */
@Entity
@Table(name = "confirmation_request")
public class ConfirmationRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "declaration_id", nullable = false)
    public UUID declarationId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;
}
