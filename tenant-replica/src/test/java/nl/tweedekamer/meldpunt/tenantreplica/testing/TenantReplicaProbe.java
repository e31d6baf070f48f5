package nl.tweedekamer.meldpunt.tenantreplica.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import io.restassured.response.ValidatableResponse;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/** Reads this service's replica of a tenant through {@code GET /tenants/{tenantId}/replica}, as a platform admin. */
public final class TenantReplicaProbe {

    /** Kafka group join and the consumer's first poll take a few seconds on a fresh broker. */
    public static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(45);

    private TenantReplicaProbe() {
    }

    public static ValidatableResponse replica(String tenantId) {
        return given()
                .auth().oauth2(TestTokens.as(Roles.PLATFORM_ADMIN).sign())
                .when().get("/tenants/{tenantId}/replica", tenantId)
                .then();
    }

    /** Waits until the replica of the tenant is at the given revision, and returns it. */
    public static ValidatableResponse awaitRevision(String tenantId, long revision) {
        await("replica of " + tenantId + " at revision " + revision)
                .atMost(ARRIVAL_TIMEOUT)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> replica(tenantId).statusCode(200).body("revision", equalTo((int) revision)));
        return replica(tenantId).statusCode(200);
    }
}
