package nl.tweedekamer.meldpunt.melding.crypto;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.runtime.Startup;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's envelope encryption over melding-service's key tables: every melding has its own data key
 * ({@link MeldingDataKey}), wrapped by its tenant's key ({@link TenantKey}), wrapped by the master key. Content,
 * attachments and the reporter's identity are stored only as ciphertext of the melding's data key; destroying it
 * makes the melding unreadable for good (art 5.6).
 */
@ApplicationScoped
@Startup
public class EnvelopeEncryption extends nl.tweedekamer.meldpunt.platform.crypto.EnvelopeEncryption {

    @Override
    protected Optional<String> findTenantKey(String tenantId) {
        return TenantKey.<TenantKey>findByIdOptional(tenantId).map(k -> k.wrappedKeyset);
    }

    @Override
    protected void storeTenantKey(String tenantId, String wrappedKeyset) {
        TenantKey row = new TenantKey();
        row.tenantId = tenantId;
        row.wrappedKeyset = wrappedKeyset;
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
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
    protected Optional<WrappedDataKey> findDataKey(UUID meldingId) {
        return MeldingDataKey.<MeldingDataKey>findByIdOptional(meldingId)
                .map(k -> new WrappedDataKey(k.tenantId, k.wrappedKey));
    }

    @Override
    protected void storeDataKey(UUID meldingId, String tenantId, String wrappedKey) {
        MeldingDataKey row = new MeldingDataKey();
        row.meldingId = meldingId;
        row.tenantId = tenantId;
        row.wrappedKey = wrappedKey;
        row.persist();
    }

    @Override
    protected void deleteDataKey(UUID meldingId) {
        MeldingDataKey.deleteById(meldingId);
    }

    @Override
    protected boolean tenantHasDataKeys(String tenantId) {
        return MeldingDataKey.count("tenantId", tenantId) > 0;
    }
}
