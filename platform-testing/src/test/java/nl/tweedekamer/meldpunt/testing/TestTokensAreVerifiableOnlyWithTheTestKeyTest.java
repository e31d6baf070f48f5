package nl.tweedekamer.meldpunt.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;

/** Tokens verify against the published test key only, with the claims the services read. */
class TestTokensAreVerifiableOnlyWithTheTestKeyTest {

    private final Map<String, String> config = new MeldpuntTestResources().start();

    @Test
    void aMintedTokenCarriesTheClaimsAndVerifiesWithThePublishedKey() throws Exception {
        String token = TestTokens.as("fractie-admin", "employee").tenant("tk").subject("u-123").sign();

        assertTrue(verifies(token, TestKeys.publicKey()));
        Map<String, Object> header = part(token, 0);
        assertEquals("RS256", header.get("alg"));
        Map<String, Object> claims = part(token, 1);
        assertEquals("u-123", claims.get("sub"));
        assertEquals("u-123", claims.get("upn"));
        assertEquals("tk", claims.get("tenant"));
        assertEquals(java.util.List.of("fractie-admin", "employee"), claims.get("groups"));
        assertEquals("https://meldpunt.tweedekamer.nl", claims.get("iss"));
        assertEquals(config.get("mp.jwt.verify.issuer"), claims.get("iss"));
        long exp = ((Number) claims.get("exp")).longValue();
        long iat = ((Number) claims.get("iat")).longValue();
        assertEquals(3600, exp - iat);
        assertTrue(claims.get("jti") instanceof String);
    }

    @Test
    void aServiceTokenIsSignedWithTheServicesKeyAndAPersonsWithTheUsersKey() throws Exception {
        String service = TestTokens.as("service").sign();
        assertTrue(verifies(service, TestKeys.servicePublicKey()));
        assertFalse(verifies(service, TestKeys.publicKey()));
        assertEquals(TestKeys.SERVICE_KEY_ID, part(service, 0).get("kid"));
        String person = TestTokens.as("employee").tenant("tk").sign();
        assertEquals(TestKeys.USER_KEY_ID, part(person, 0).get("kid"));
        String forged = TestTokens.as("service").signedAsPerson().sign();
        assertTrue(verifies(forged, TestKeys.publicKey()));
        String jwks = config.get("mp.jwt.verify.publickey");
        assertTrue(jwks.contains("\"kid\":\"" + TestKeys.USER_KEY_ID + "\"")
                && jwks.contains("\"kid\":\"" + TestKeys.SERVICE_KEY_ID + "\""), jwks);
    }

    @Test
    void anExpiredTokenIsSignedCorrectlyButExpired() throws Exception {
        String token = TestTokens.expired();
        assertTrue(verifies(token, TestKeys.publicKey()));
        long exp = ((Number) part(token, 1).get("exp")).longValue();
        assertTrue(exp < Instant.now().getEpochSecond() - 3000);
    }

    @Test
    void aForeignKeyTokenDoesNotVerify() throws Exception {
        assertFalse(verifies(TestTokens.foreignKey(), TestKeys.publicKey()));
    }

    @Test
    void theKeysAreTheSameForTheWholeJvm() {
        assertEquals(config.get("mp.jwt.verify.publickey"), new MeldpuntTestResources().start().get("mp.jwt.verify.publickey"));
        assertTrue(TestKeys.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----\n"));
    }

    private static boolean verifies(String token, PublicKey key) throws Exception {
        int lastDot = token.lastIndexOf('.');
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(key);
        signature.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    }

    private static Map<String, Object> part(String token, int index) throws Exception {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
        return JsonUtil.parseJson(json);
    }
}
