package nl.tweedekamer.meldpunt.klacht.crypto;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.runtime.Startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.platform.crypto.EnvelopeEncryption;

/**
 * The platform's envelope encryption over klacht-service's key tables: each complaint's data key
 * ({@link KlachtDataKey}) wrapped by its tenant's key ({@link TenantKey}), wrapped by the master key. Starts with
 * the service, so a missing or broken master key stops it at once.
 */
@ApplicationScoped
@Startup
public class KlachtKeys extends EnvelopeEncryption {

    @Inject
    Clock clock;

    @Override
    protected Optional<String> findTenantKey(String tenantId) {
        return TenantKey.<TenantKey>findByIdOptional(tenantId).map(k -> k.wrappedKeyset);
    }

    @Override
    protected void storeTenantKey(String tenantId, String wrappedKeyset) {
        TenantKey row = new TenantKey();
        row.tenantId = tenantId;
        row.wrappedKeyset = wrappedKeyset;
        row.createdAt = OffsetDateTime.now(clock);
        row.persist();
    }

    @Override
    protected void deleteTenantKey(String tenantId) {
        TenantKey.deleteById(tenantId);
    }

    @Override
    protected List<String> tenantsWithKeys() {
        return TenantKey.<TenantKey>listAll().stream().map(k -> k.tenantId).toList();
    }

    @Override
    protected void replaceTenantKey(String tenantId, String wrappedKeyset) {
        TenantKey.<TenantKey>findByIdOptional(tenantId).orElseThrow().wrappedKeyset = wrappedKeyset;
    }

    @Override
    protected Optional<WrappedDataKey> findDataKey(UUID klachtId) {
        return KlachtDataKey.<KlachtDataKey>findByIdOptional(klachtId)
                .map(k -> new WrappedDataKey(k.tenantId, k.wrappedKey));
    }

    @Override
    protected void storeDataKey(UUID klachtId, String tenantId, String wrappedKey) {
        KlachtDataKey row = new KlachtDataKey();
        row.klachtId = klachtId;
        row.tenantId = tenantId;
        row.wrappedKey = wrappedKey;
        row.persist();
    }

    @Override
    protected void deleteDataKey(UUID klachtId) {
        KlachtDataKey.deleteById(klachtId);
    }

    @Override
    protected boolean tenantHasDataKeys(String tenantId) {
        return KlachtDataKey.count("tenantId", tenantId) > 0;
    }
}
