package nl.tweedekamer.meldpunt.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The services' common test resource: the test JVM's Kafka broker ({@link KafkaBroker}) and its JWT keys
 * ({@link TestKeys}, used by {@link TestTokens}).
 *
 * <pre>
 * &#64;QuarkusTest
 * &#64;WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
 * class TenantResourceTest { ... }
 * </pre>
 *
 * Both outlive the application: {@link #stop()} leaves them running for the next test profile; the broker dies
 * with the test JVM.
 */
public class MeldpuntTestResources implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "kafka.bootstrap.servers", KafkaBroker.ensureRunning(),
                "mp.jwt.verify.publickey", TestKeys.jwks(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                // the identity provider's services' client, as in production (ClientCredentialsStub)
                "meldpunt.security.service-clients", ClientCredentialsStub.CLIENT_ID);
    }

    @Override
    public void stop() {
        // the broker and the keys belong to the test JVM, not to one application start
    }
}
