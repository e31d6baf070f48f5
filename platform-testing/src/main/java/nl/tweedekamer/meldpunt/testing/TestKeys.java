package nl.tweedekamer.meldpunt.testing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The test JVM's JWT signing keys, generated once per JVM (shared by every class loader Quarkus creates, so a token
 * minted in a test verifies in the application under test): the users' key pair (kid {@value #USER_KEY_ID}), which
 * signs every person's token, the services' own key pair (kid {@value #SERVICE_KEY_ID}), which alone signs a token
 * with the {@code service} role, and a third, foreign key pair that the applications never trust.
 */
public final class TestKeys {

    /** The key id of the key that signs the tokens of people. */
    public static final String USER_KEY_ID = "meldpunt-users";
    /** The key id of the platform's service identity: the only key whose tokens may carry the role {@code service}. */
    public static final String SERVICE_KEY_ID = "meldpunt-services";

    private static final String USERS = "jwt.users";
    private static final String SERVICES = "jwt.services";

    private static KeyPair foreign;

    private TestKeys() {
    }

    /** Both trusted public keys as a JSON Web Key Set: a valid value for {@code mp.jwt.verify.publickey}. */
    public static String jwks() {
        return "{\"keys\":[" + jwk(USER_KEY_ID, (RSAPublicKey) publicKey()) + ","
                + jwk(SERVICE_KEY_ID, (RSAPublicKey) servicePublicKey()) + "]}";
    }

    /** The users' public key as a PEM document ({@code -----BEGIN PUBLIC KEY-----}). */
    public static String publicKeyPem() {
        return pem("PUBLIC KEY", encoded(USERS, "public"));
    }

    /** The users' private key as a PKCS#8 PEM document. */
    public static String privateKeyPem() {
        return pem("PRIVATE KEY", encoded(USERS, "private"));
    }

    /** The services' private key as a PKCS#8 PEM document: what {@code smallrye.jwt.sign.key.location} reads to sign. */
    public static String servicePrivateKeyPem() {
        return pem("PRIVATE KEY", encoded(SERVICES, "private"));
    }

    public static PublicKey publicKey() {
        return publicKeyOf(USERS);
    }

    public static PrivateKey privateKey() {
        return privateKeyOf(USERS);
    }

    public static PublicKey servicePublicKey() {
        return publicKeyOf(SERVICES);
    }

    public static PrivateKey servicePrivateKey() {
        return privateKeyOf(SERVICES);
    }

    /** A key pair the applications under test do not trust. */
    public static synchronized KeyPair foreignKeyPair() {
        if (foreign == null) {
            foreign = generate();
        }
        return foreign;
    }

    private static PublicKey publicKeyOf(String pair) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded(pair, "public"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKeyOf(String pair) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded(pair, "private"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64 of the X.509 (public) or PKCS#8 (private) encoding of one half of a pair, made on first use. */
    private static String encoded(String pair, String half) {
        synchronized (JvmWide.LOCK) {
            if (JvmWide.get(pair + ".public") == null) {
                KeyPair keys = generate();
                JvmWide.set(pair + ".private", Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
                JvmWide.set(pair + ".public", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
            }
            return JvmWide.get(pair + "." + half);
        }
    }

    private static String jwk(String keyId, RSAPublicKey key) {
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId + "\",\"n\":\""
                + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}";
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] trimmed = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(trimmed);
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
