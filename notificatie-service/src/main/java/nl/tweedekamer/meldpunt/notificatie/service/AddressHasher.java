package nl.tweedekamer.meldpunt.notificatie.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The delivery log's stand-in for an address: HMAC-SHA256 with a configured secret key, so an administrator can
 * see that two deliveries went to the same address, but nobody without the key can test guesses against it.
 */
@ApplicationScoped
public class AddressHasher {

    private static final Logger LOG = Logger.getLogger(AddressHasher.class);

    @ConfigProperty(name = "meldpunt.delivery-log.hash-key")
    Optional<String> configured;

    private byte[] key;

    /**
     * Without a configured key a random one is used: the hashes stay unreadable, but are comparable only within
     * one run of the service.
     */
    private synchronized byte[] key() {
        if (key == null) {
            if (configured.isPresent() && !configured.get().isBlank()) {
                key = configured.get().getBytes(StandardCharsets.UTF_8);
            } else {
                key = new byte[32];
                new SecureRandom().nextBytes(key);
                LOG.warn("DELIVERY_LOG_HASH_KEY is not set: the delivery log's address hashes use a key of this run only");
            }
        }
        return key;
    }

    public String hash(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal(address.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
