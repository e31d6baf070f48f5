package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.crypto.KlachtKeys;
import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.klacht.onboarding.TenantKind;
import nl.tweedekamer.meldpunt.klacht.onboarding.TenantStatus;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;

/** Registers organisations and keeps their details. */
@ApplicationScoped
@Transactional
public class TenantService {

    @Inject
    KlachtKeys keys;

    @Inject
    DeclarationService declarations;

    @Inject
    TenantSnapshotPublisher snapshots;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<RemainingCases> remainingCases;

    /** The caller must have made the new tenant the request's tenant: its standing declaration belongs to it. */
    public Tenant register(RegisterTenant registration, String registeredBy) {
        if (Tenant.findById(registration.id()) != null) {
            throw ProblemException.conflict("Organisation already registered",
                    "An organisation with id '" + registration.id() + "' is already registered.");
        }
        if (registration.kind() == TenantKind.AMBTELIJKE_ORGANISATIE
                && Tenant.count("kind", TenantKind.AMBTELIJKE_ORGANISATIE) > 0) {
            throw ProblemException.conflict("Civil service already registered",
                    "The civil service (ambtelijke organisatie) is one employer and is registered already.");
        }
        Tenant tenant = new Tenant();
        tenant.id = registration.id();
        tenant.kind = registration.kind();
        apply(tenant, registration.name(), registration.shortName(), registration.employerEntity(),
                registration.contactEmail(), registration.hrContactEmail());
        tenant.status = TenantStatus.ACTIVE;
        tenant.revision = 1;
        tenant.registeredAt = OffsetDateTime.now(clock);
        tenant.persist();
        if (tenant.kind == TenantKind.AMBTELIJKE_ORGANISATIE) {
            declarations.addStandingDeclaration(tenant, registeredBy);
        }
        snapshots.publish(tenant);
        return tenant;
    }

    public Tenant update(String tenantId, UpdateTenant update) {
        Tenant tenant = lockForChange(tenantId);
        apply(tenant, update.name(), update.shortName(), update.employerEntity(), update.contactEmail(),
                update.hrContactEmail());
        tenant.changed();
        snapshots.publish(tenant);
        return tenant;
    }

    /**
     * Decision (domain.md §1): offboarding stops new cases at once; the tenant is offboarded when no
     * case of it remains, and its tenant key goes with it once no data key of a draft still needs it.
     */
    public Tenant offboard(String tenantId) {
        Tenant tenant = lockForChange(tenantId);
        if (tenant.status == TenantStatus.OFFBOARDED) {
            return tenant;
        }
        long remaining = remainingCases.stream().mapToLong(RemainingCases::count).sum();
        tenant.status = remaining == 0 ? TenantStatus.OFFBOARDED : TenantStatus.OFFBOARDING;
        if (tenant.status == TenantStatus.OFFBOARDED) {
            tenant.offboardedAt = OffsetDateTime.now(clock);
            keys.retireTenantKeyIfUnused(tenantId);
        }
        tenant.changed();
        snapshots.publish(tenant);
        return tenant;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tenant get(String tenantId) {
        Tenant tenant = Tenant.findById(tenantId);
        if (tenant == null) {
            throw TenantAccess.unknownTenant(tenantId);
        }
        return tenant;
    }

    /** Cross-tenant by nature: the registry itself, for platform administrators only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tenant> all() {
        return Tenant.list("order by id");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Tenant lockForChange(String tenantId) {
        Tenant tenant = Tenant.lockForChange(tenantId);
        if (tenant == null) {
            throw TenantAccess.unknownTenant(tenantId);
        }
        return tenant;
    }

    private static void apply(Tenant tenant, String name, String shortName, String employerEntity,
            String contactEmail, String hrContactEmail) {
        tenant.name = name.strip();
        tenant.shortName = shortName.strip();
        tenant.employerEntity = employerEntity.strip();
        tenant.contactEmail = contactEmail.strip();
        tenant.hrContactEmail = hrContactEmail == null || hrContactEmail.isBlank() ? null : hrContactEmail.strip();
    }
}
