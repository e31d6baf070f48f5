package nl.tweedekamer.meldpunt.melding.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.subtle.AesGcmJce;

import io.quarkus.runtime.Startup;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.MeldingDataKey;
import nl.tweedekamer.meldpunt.melding.TenantKey;
import nl.tweedekamer.meldpunt.melding.config.CryptoConfig;

/**
 * Envelope encryption with Tink (architecture.md, Security): every melding has its own data key, wrapped by its
 * tenant's key, which is wrapped by the master key from configuration. Content, attachments and the reporter's
 * identity are stored only as ciphertext of the melding's data key; each ciphertext is bound to its melding and
 * field (associated data), so it cannot be moved to another melding or field. Destroying the data key makes the
 * melding unreadable for good, wherever a copy of its rows survived (a backup).
 */
@ApplicationScoped
@Startup
public class EnvelopeEncryption {

    @Inject
    CryptoConfig config;

    private Aead master;

    /** Unwrapped tenant keys: a tenant's key never changes, only the wrapped form is stored. */
    private final Map<String, Aead> tenantKeys = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        try {
            AeadConfig.register();
            byte[] raw = Base64.getDecoder().decode(config.masterKey().strip());
            if (raw.length != 32) {
                throw new IllegalStateException("meldpunt.crypto.master-key must be 32 bytes, base64-encoded");
            }
            master = new AesGcmJce(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the master key cannot be used", e);
        }
    }

    /** Creates the melding's data key (and its tenant's key, the first time); part of the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createDataKey(UUID meldingId, String tenantId) {
        try {
            KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            MeldingDataKey row = new MeldingDataKey();
            row.meldingId = meldingId;
            row.tenantId = tenantId;
            row.wrappedKey = b64(TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, tenantKey(tenantId),
                    bytes(meldingId.toString())));
            row.persist();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no data key could be made", e);
        }
    }

    /** Encrypts one field of a melding; null stays null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String seal(UUID meldingId, String field, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            return b64(dataKey(meldingId).encrypt(bytes(plaintext), associated(meldingId, field)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a field could not be encrypted", e);
        }
    }

    /** Decrypts one field of a melding; fails for good once the melding's data key is destroyed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String open(UUID meldingId, String field, String ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        try {
            return new String(dataKey(meldingId).decrypt(Base64.getDecoder().decode(ciphertext),
                    associated(meldingId, field)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a field could not be decrypted", e);
        }
    }

    /** Encrypts the bytes of an attachment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] sealBytes(UUID meldingId, String field, byte[] plaintext) {
        try {
            return dataKey(meldingId).encrypt(plaintext, associated(meldingId, field));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an attachment could not be encrypted", e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] openBytes(UUID meldingId, String field, byte[] ciphertext) {
        try {
            return dataKey(meldingId).decrypt(ciphertext, associated(meldingId, field));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an attachment could not be decrypted", e);
        }
    }

    /** Crypto-shredding (art 5.6): without its data key no ciphertext of the melding can be read again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void destroyDataKey(UUID meldingId) {
        MeldingDataKey.deleteById(meldingId);
    }

    private Aead dataKey(UUID meldingId) throws GeneralSecurityException {
        MeldingDataKey row = MeldingDataKey.findById(meldingId);
        if (row == null) {
            throw new GeneralSecurityException("the data key of this melding does not exist (destroyed)");
        }
        KeysetHandle handle = TinkProtoKeysetFormat.parseEncryptedKeyset(Base64.getDecoder().decode(row.wrappedKey),
                tenantKey(row.tenantId), bytes(meldingId.toString()));
        return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private Aead tenantKey(String tenantId) throws GeneralSecurityException {
        Aead cached = tenantKeys.get(tenantId);
        if (cached != null) {
            return cached;
        }
        TenantKey row = TenantKey.findById(tenantId);
        if (row == null) {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            row = new TenantKey();
            row.tenantId = tenantId;
            row.wrappedKeyset = b64(TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, master, bytes(tenantId)));
            row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            // not cached yet: should this transaction roll back (two first meldingen of a tenant racing, the
            // loser fails on the primary key), the key never existed; the next read caches the stored one
            row.persist();
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        }
        Aead aead = TinkProtoKeysetFormat.parseEncryptedKeyset(Base64.getDecoder().decode(row.wrappedKeyset), master,
                bytes(tenantId)).getPrimitive(RegistryConfiguration.get(), Aead.class);
        tenantKeys.put(tenantId, aead);
        return aead;
    }

    private static byte[] associated(UUID meldingId, String field) {
        return bytes(meldingId + "/" + field);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
