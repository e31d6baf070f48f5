package nl.tweedekamer.meldpunt.melding.signalen.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.melding.config.CryptoConfig;
import nl.tweedekamer.meldpunt.melding.config.PatternConfig;

/**
 * Turns the identifier a VP enters for the person behaving badly (a roster person id or a name) into a keyed token,
 * so that meldingen about one person can be counted (003 L6513) without storing who it is. The identifier is
 * normalised first (Unicode NFKC, case, spacing), so "J. de Vries" and "j.  de vries" match; without the key the
 * token cannot be tied to a name, even by guessing names.
 */
@ApplicationScoped
public class PersoonTokens {

    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    PatternConfig config;

    @Inject
    CryptoConfig crypto;

    private SecretKeySpec key;

    @PostConstruct
    void init() {
        try {
            byte[] raw = config.personKey().isPresent()
                    ? Base64.getDecoder().decode(config.personKey().get().strip())
                    : derivedFromMasterKey();
            if (raw.length < 32) {
                throw new IllegalStateException("meldpunt.melding.pattern.person-key must be at least 32 bytes");
            }
            key = new SecretKeySpec(raw, ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no person token key", e);
        }
    }

    private byte[] derivedFromMasterKey() throws GeneralSecurityException {
        Mac kdf = Mac.getInstance(ALGORITHM);
        kdf.init(new SecretKeySpec(Base64.getDecoder().decode(crypto.masterKey().strip()), ALGORITHM));
        return kdf.doFinal("meldpunt/person-token/v1".getBytes(StandardCharsets.UTF_8));
    }

    public String of(String identifier) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalised(identifier).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("person token failed", e);
        }
    }

    static String normalised(String identifier) {
        return Normalizer.normalize(identifier, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
