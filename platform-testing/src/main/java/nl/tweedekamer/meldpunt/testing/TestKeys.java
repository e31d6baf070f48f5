package nl.tweedekamer.meldpunt.testing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The test JVM's JWT signing keys: one RSA-2048 key pair, generated once per JVM (shared by every class loader
 * Quarkus creates, so a token minted in a test verifies in the application under test), and a second, foreign
 * key pair that the applications never trust.
 */
public final class TestKeys {

    private static final String PRIVATE = "jwt.private-key";
    private static final String PUBLIC = "jwt.public-key";

    private static KeyPair foreign;

    private TestKeys() {
    }

    /** The public key as base64 of its X.509 encoding: a valid value for {@code mp.jwt.verify.publickey}. */
    public static String publicKeyBase64() {
        ensureGenerated();
        return JvmWide.get(PUBLIC);
    }

    /** The public key as a PEM document ({@code -----BEGIN PUBLIC KEY-----}). */
    public static String publicKeyPem() {
        return pem("PUBLIC KEY", publicKeyBase64());
    }

    /** The private key as a PKCS#8 PEM document: what {@code smallrye.jwt.sign.key.location} reads to sign. */
    public static String privateKeyPem() {
        ensureGenerated();
        return pem("PRIVATE KEY", JvmWide.get(PRIVATE));
    }

    public static PublicKey publicKey() {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey privateKey() {
        ensureGenerated();
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(JvmWide.get(PRIVATE))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key pair the applications under test do not trust. */
    public static synchronized KeyPair foreignKeyPair() {
        if (foreign == null) {
            foreign = generate();
        }
        return foreign;
    }

    private static void ensureGenerated() {
        synchronized (JvmWide.LOCK) {
            if (JvmWide.get(PUBLIC) == null) {
                KeyPair pair = generate();
                JvmWide.set(PRIVATE, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                JvmWide.set(PUBLIC, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            }
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, String base64) {
        StringBuilder pem = new StringBuilder("-----BEGIN ").append(type).append("-----\n");
        for (int i = 0; i < base64.length(); i += 64) {
            pem.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
        }
        return pem.append("-----END ").append(type).append("-----\n").toString();
    }
}
