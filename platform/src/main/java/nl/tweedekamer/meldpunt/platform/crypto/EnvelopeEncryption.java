package nl.tweedekamer.meldpunt.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.subtle.AesGcmJce;

import jakarta.annotation.PostConstruct;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Envelope encryption with Tink (architecture.md, Security): every case has its own data key, wrapped by its
 * tenant's key, which is wrapped by the master key from configuration ({@value #MASTER_KEY}: the environment's
 * {@code MELDPUNT_MASTER_KEY} in production, a publicly known development key in %local, %dev and %test).
 * Each ciphertext is bound to its case and field (associated data), so it cannot be moved to another case or
 * field. Destroying a case's data key makes every ciphertext of the case unreadable for good, wherever a copy
 * of its rows survived (a backup): crypto-shredding.
 *
 * <p>A service subclasses this as an {@code @ApplicationScoped @Startup} bean and stores the wrapped keys in its
 * own tables (each service has its own database); this class holds no state but the unwrapped tenant keys.
 */
public abstract class EnvelopeEncryption {

    public static final String MASTER_KEY = "meldpunt.crypto.master-key";
    /** The master key being replaced, during a rotation only (see {@link #rewrapTenantKeys(String)}). */
    public static final String PREVIOUS_MASTER_KEY = "meldpunt.crypto.previous-master-key";

    /** A case's data key as stored: the tenant whose key wraps it, and the wrapped keyset (base64). */
    public record WrappedDataKey(String tenantId, String wrappedKey) {
    }

    private Aead master;

    /** Unwrapped tenant keys: a tenant's key never changes, only the wrapped form is stored. */
    private final Map<String, Aead> tenantKeys = new ConcurrentHashMap<>();

    // --- the service's storage of the wrapped keys

    protected abstract Optional<String> findTenantKey(String tenantId);

    protected abstract void storeTenantKey(String tenantId, String wrappedKeyset);

    protected abstract void deleteTenantKey(String tenantId);

    /** Every tenant that has a stored key. */
    protected abstract List<String> tenantsWithKeys();

    /** Replaces a stored tenant key's wrapped form (the key itself stays the same). */
    protected abstract void replaceTenantKey(String tenantId, String wrappedKeyset);

    protected abstract Optional<WrappedDataKey> findDataKey(UUID caseId);

    protected abstract void storeDataKey(UUID caseId, String tenantId, String wrappedKey);

    protected abstract void deleteDataKey(UUID caseId);

    protected abstract boolean tenantHasDataKeys(String tenantId);

    @PostConstruct
    protected void init() {
        // read here, not injected: only a service that encrypts needs the key, and it fails to start without it
        useMasterKey(ConfigProvider.getConfig().getValue(MASTER_KEY, String.class));
    }

    /** The master key, base64 of 32 bytes. */
    protected void useMasterKey(String base64) {
        master = masterKey(base64, MASTER_KEY);
        tenantKeys.clear();
    }

    /**
     * Master key rotation: every tenant key that the current master key does not open, but the previous one does,
     * is wrapped anew with the current master key. The tenant keys themselves, and so every data key and every
     * ciphertext, stay as they are. Idempotent: a second run, or one on another replica, finds nothing to do.
     *
     * @return how many tenant keys were wrapped anew
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int rewrapTenantKeys(String previousMasterKeyBase64) {
        Aead previous = masterKey(previousMasterKeyBase64, PREVIOUS_MASTER_KEY);
        int rewrapped = 0;
        for (String tenantId : tenantsWithKeys()) {
            byte[] stored = Base64.getDecoder().decode(findTenantKey(tenantId).orElseThrow());
            try {
                TinkProtoKeysetFormat.parseEncryptedKeyset(stored, master, bytes(tenantId));
                continue;
            } catch (GeneralSecurityException notUnderTheCurrentKey) {
                // wrapped by the previous master key (or by neither: then the next step fails loudly)
            }
            try {
                KeysetHandle key = TinkProtoKeysetFormat.parseEncryptedKeyset(stored, previous, bytes(tenantId));
                replaceTenantKey(tenantId, b64(TinkProtoKeysetFormat.serializeEncryptedKeyset(key, master,
                        bytes(tenantId))));
                tenantKeys.remove(tenantId);
                rewrapped++;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("a tenant key opens with neither the current nor the previous master key", e);
            }
        }
        return rewrapped;
    }

    private static Aead masterKey(String base64, String property) {
        try {
            AeadConfig.register();
            byte[] raw = Base64.getDecoder().decode(base64.strip());
            if (raw.length != 32) {
                throw new IllegalStateException(property + " must be 32 bytes, base64-encoded");
            }
            return new AesGcmJce(raw);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the master key cannot be used (" + property + ")", e);
        }
    }

    /** Creates the case's data key (and its tenant's key, the first time); part of the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createDataKey(UUID caseId, String tenantId) {
        try {
            KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            storeDataKey(caseId, tenantId, b64(TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey,
                    tenantKey(tenantId), bytes(caseId.toString()))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no data key could be made", e);
        }
    }

    /** Creates the case's data key unless it has one; the caller serialises concurrent first uses (a row lock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureDataKey(UUID caseId, String tenantId) {
        if (findDataKey(caseId).isEmpty()) {
            createDataKey(caseId, tenantId);
        }
    }

    /** Encrypts one field of a case; null stays null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String seal(UUID caseId, String field, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            return b64(dataKey(caseId).encrypt(bytes(plaintext), associated(caseId, field)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a field could not be encrypted", e);
        }
    }

    /**
     * Decrypts one field of a case; fails for good once the case's data key is destroyed. Reading needs no
     * transaction of its own: a view is often mapped after the transaction that loaded it ended.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String open(UUID caseId, String field, String ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        try {
            return new String(dataKey(caseId).decrypt(Base64.getDecoder().decode(ciphertext),
                    associated(caseId, field)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a field could not be decrypted", e);
        }
    }

    /** Encrypts the bytes of a file. */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] sealBytes(UUID caseId, String field, byte[] plaintext) {
        try {
            return dataKey(caseId).encrypt(plaintext, associated(caseId, field));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an attachment could not be encrypted", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] openBytes(UUID caseId, String field, byte[] ciphertext) {
        try {
            return dataKey(caseId).decrypt(ciphertext, associated(caseId, field));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an attachment could not be decrypted", e);
        }
    }

    /** Crypto-shredding: without its data key no ciphertext of the case can be read again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void destroyDataKey(UUID caseId) {
        deleteDataKey(caseId);
    }

    /**
     * Deletes an offboarded tenant's key once no data key of it remains: it wraps nothing any more. The caller
     * knows the tenant is offboarded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retireTenantKeyIfUnused(String tenantId) {
        if (!tenantHasDataKeys(tenantId)) {
            deleteTenantKey(tenantId);
            tenantKeys.remove(tenantId);
        }
    }

    private Aead dataKey(UUID caseId) throws GeneralSecurityException {
        WrappedDataKey row = findDataKey(caseId).orElseThrow(
                () -> new GeneralSecurityException("the data key of this case does not exist (destroyed)"));
        KeysetHandle handle = TinkProtoKeysetFormat.parseEncryptedKeyset(Base64.getDecoder().decode(row.wrappedKey()),
                tenantKey(row.tenantId()), bytes(caseId.toString()));
        return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private Aead tenantKey(String tenantId) throws GeneralSecurityException {
        Aead cached = tenantKeys.get(tenantId);
        if (cached != null) {
            return cached;
        }
        Optional<String> stored = findTenantKey(tenantId);
        if (stored.isEmpty()) {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            // not cached yet: should this transaction roll back (two first cases of a tenant racing, the loser
            // fails on the primary key), the key never existed; the next read caches the stored one
            storeTenantKey(tenantId, b64(TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, master, bytes(tenantId))));
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        }
        Aead aead = TinkProtoKeysetFormat.parseEncryptedKeyset(Base64.getDecoder().decode(stored.get()), master,
                bytes(tenantId)).getPrimitive(RegistryConfiguration.get(), Aead.class);
        tenantKeys.put(tenantId, aead);
        return aead;
    }

    private static byte[] associated(UUID caseId, String field) {
        return bytes(caseId + "/" + field);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
