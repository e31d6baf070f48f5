package nl.tweedekamer.meldpunt.melding.config;

import io.smallrye.config.ConfigMapping;

/**
 * Keys of the envelope encryption. The master key wraps each tenant's key; it comes from the environment in
 * production ({@code MELDPUNT_MASTER_KEY}) and is a fixed, publicly known development key in %local and %test.
 */
@ConfigMapping(prefix = "meldpunt.crypto")
public interface CryptoConfig {

    /** 32 random bytes, base64: the key-encryption key for the tenants' keys (AES-256-GCM). */
    String masterKey();
}
