package nl.tweedekamer.meldpunt.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Rotating the master key wraps the tenant keys anew; nothing encrypted under them changes or is lost. */
class MasterKeyRotationTest {

    private static final String OLD = randomKey();
    private static final String NEW = randomKey();

    /** The key tables of one service's database, shared by the instances below as by two deployments. */
    private final Map<String, String> tenantKeys = new HashMap<>();
    private final Map<UUID, WrappedDataKeyRow> dataKeys = new HashMap<>();

    @Test
    void afterRotationTheNewMasterKeyOpensWhatTheOldOneSealedAndTheOldKeyOpensNothing() {
        UUID caseId = UUID.randomUUID();
        Keys before = keys(OLD);
        before.createDataKey(caseId, "fractie-a");
        String sealed = before.seal(caseId, "omschrijving", "wat er gebeurde");

        Keys after = keys(NEW);
        assertThatThrownBy(() -> after.open(caseId, "omschrijving", sealed)).isInstanceOf(IllegalStateException.class);
        assertThat(after.rewrapTenantKeys(OLD)).isEqualTo(1);
        assertThat(after.open(caseId, "omschrijving", sealed)).isEqualTo("wat er gebeurde");

        assertThatThrownBy(() -> keys(OLD).open(caseId, "omschrijving", sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSecondRotationRunFindsNothingToDo() {
        UUID caseId = UUID.randomUUID();
        keys(OLD).createDataKey(caseId, "fractie-b");
        Keys after = keys(NEW);
        assertThat(after.rewrapTenantKeys(OLD)).isEqualTo(1);
        assertThat(keys(NEW).rewrapTenantKeys(OLD)).isZero();
    }

    @Test
    void aTenantKeyThatNeitherKeyOpensStopsTheRotationLoudly() {
        keys(randomKey()).createDataKey(UUID.randomUUID(), "fractie-c");
        assertThatThrownBy(() -> keys(NEW).rewrapTenantKeys(OLD)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("neither");
    }

    private Keys keys(String master) {
        Keys keys = new Keys();
        keys.useMasterKey(master);
        return keys;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private record WrappedDataKeyRow(String tenantId, String wrappedKey) {
    }

    /** The envelope encryption over in-memory key tables. */
    private final class Keys extends EnvelopeEncryption {

        @Override
        protected Optional<String> findTenantKey(String tenantId) {
            return Optional.ofNullable(tenantKeys.get(tenantId));
        }

        @Override
        protected void storeTenantKey(String tenantId, String wrappedKeyset) {
            tenantKeys.put(tenantId, wrappedKeyset);
        }

        @Override
        protected void deleteTenantKey(String tenantId) {
            tenantKeys.remove(tenantId);
        }

        @Override
        protected List<String> tenantsWithKeys() {
            return new ArrayList<>(tenantKeys.keySet());
        }

        @Override
        protected void replaceTenantKey(String tenantId, String wrappedKeyset) {
            tenantKeys.put(tenantId, wrappedKeyset);
        }

        @Override
        protected Optional<WrappedDataKey> findDataKey(UUID caseId) {
            return Optional.ofNullable(dataKeys.get(caseId)).map(r -> new WrappedDataKey(r.tenantId(), r.wrappedKey()));
        }

        @Override
        protected void storeDataKey(UUID caseId, String tenantId, String wrappedKey) {
            dataKeys.put(caseId, new WrappedDataKeyRow(tenantId, wrappedKey));
        }

        @Override
        protected void deleteDataKey(UUID caseId) {
            dataKeys.remove(caseId);
        }

        @Override
        protected boolean tenantHasDataKeys(String tenantId) {
            return dataKeys.values().stream().anyMatch(r -> r.tenantId().equals(tenantId));
        }
    }
}
