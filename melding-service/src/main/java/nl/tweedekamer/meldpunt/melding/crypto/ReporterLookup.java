package nl.tweedekamer.meldpunt.melding.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.melding.config.CryptoConfig;

/**
 * A keyed hash of a named melder's token subject: enough to find "my meldingen", useless to link a row of this
 * database to a person without the key. The key is derived from the master key for this one purpose.
 */
@ApplicationScoped
public class ReporterLookup {

    @Inject
    CryptoConfig config;

    private SecretKeySpec key;

    @PostConstruct
    void init() {
        try {
            Mac kdf = Mac.getInstance("HmacSHA256");
            kdf.init(new SecretKeySpec(Base64.getDecoder().decode(config.masterKey().strip()), "HmacSHA256"));
            key = new SecretKeySpec(kdf.doFinal("meldpunt/reporter-lookup/v1".getBytes(StandardCharsets.UTF_8)),
                    "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no reporter lookup key", e);
        }
    }

    public String of(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("reporter lookup failed", e);
        }
    }
}
