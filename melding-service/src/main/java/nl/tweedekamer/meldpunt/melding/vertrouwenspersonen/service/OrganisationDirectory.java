package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.service;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.platform.tenant.TenantContext;
import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.tenantreplica.TenantReplica;
import nl.tweedekamer.meldpunt.tenantreplica.TenantSnapshotJson;

/**
 * The organisations that take meldingen today, for anyone to read: every active one (not offboarding or offboarded:
 * it "can receive no new cases"), declared or not, since the pool of vertrouwenspersonen is open to everyone (docs/
 * domain.md, "Organisations and their declaration"). Whether a declaration is in force today is said per organisation:
 * only then can a complaint name it (klacht-service's rule, carried by the snapshot,
 * {@link TenantSnapshot#declarationInForceOn}). The vertrouwenspersonen are those
 * {@link VertrouwenspersoonService#availableTo} offers a melder of the organisation, whose names are public. Sorted by
 * name as people read it.
 */
@ApplicationScoped
public class OrganisationDirectory {

    /** One organisation of the directory, with its departments in its own order. */
    public record Entry(String id, String name, boolean declarationInForce, List<Vertrouwenspersoon> vertrouwenspersonen,
            List<TenantSnapshot.Department> departments) {
    }

    private static final Comparator<Entry> BY_NAME = Comparator
            .comparing(Entry::name, Collator.getInstance(Locale.forLanguageTag("nl")))
            .thenComparing(Entry::id);

    @Inject
    TenantSnapshotJson snapshots;

    @Inject
    VertrouwenspersoonService vertrouwenspersonen;

    @Inject
    TenantContext tenantContext;

    /** The tenant replicas form a registry, readable without a tenant; each one's own VPs are read within it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> takingMeldingen(LocalDate today) {
        List<TenantSnapshot> open = TenantReplica.<TenantReplica>listAll().stream()
                .filter(TenantReplica::isActive)
                .map(tenant -> snapshots.read(tenant))
                .toList();
        return open.stream()
                .map(snapshot -> new Entry(snapshot.tenantId(), snapshot.name(),
                        snapshot.declarationInForceOn(today).isPresent(), availableTo(snapshot.tenantId()),
                        snapshot.departmentList()))
                .sorted(BY_NAME)
                .toList();
    }

    /**
     * A fractie's own VPs carry its tenant (@TenantId), and an anonymous request names none: each organisation's are
     * read in a session of its own within that tenant, as the commission listener ends them.
     */
    private List<Vertrouwenspersoon> availableTo(String tenantId) {
        String requestTenant = tenantContext.tenantId();
        try {
            tenantContext.set(tenantId);
            return QuarkusTransaction.requiringNew().call(() -> vertrouwenspersonen.availableTo(tenantId));
        } finally {
            tenantContext.set(requestTenant);
        }
    }
}
