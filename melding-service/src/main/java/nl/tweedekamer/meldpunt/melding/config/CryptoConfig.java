package nl.tweedekamer.meldpunt.melding.config;

import io.smallrye.config.ConfigMapping;

/**
 * The master key of the envelope encryption (platform's crypto.EnvelopeEncryption, which wraps each tenant's key
 * with it), read here for the keys derived from it. It comes from the environment in production
 * ({@code MELDPUNT_MASTER_KEY}) and is a fixed, publicly known development key in %local and %test (platform defaults).
 */
@ConfigMapping(prefix = "meldpunt.crypto")
public interface CryptoConfig {

    /** 32 random bytes, base64: the key-encryption key for the tenants' keys (AES-256-GCM). */
    String masterKey();

    /** The master key being replaced, during a rotation only (platform crypto.MasterKeyRotation reads it). */
    java.util.Optional<String> previousMasterKey();
}
