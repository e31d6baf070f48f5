package nl.tweedekamer.meldpunt.tenantreplica.testing;

import static io.restassured.RestAssured.given;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantReplicaProbe.awaitRevision;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantReplicaProbe.replica;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures.newTenantId;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures.tenant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * The checks every service that keeps a tenant replica runs against its own application: that its
 * Flyway locations, consumer, resource and security settings are wired. The replica's rules themselves
 * are tested in tenant-replica. A service's test extends this class:
 *
 * <pre>
 * &#64;QuarkusTest
 * &#64;WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
 * class TenantReplicaWiringTests extends TenantReplicaWiring {
 * }
 * </pre>
 */
public abstract class TenantReplicaWiring {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void snapshotOnTheTenantsTopicReachesThisServicesReplica() {
        String tenantId = newTenantId();
        try (TenantSnapshotFixtures tenants = TenantSnapshotFixtures.connect()) {
            tenants.publish(tenant(tenantId).revision(1).build());
            tenants.publish(tenant(tenantId).revision(2).rosterSize(3).build());
        }

        awaitRevision(tenantId, 2)
                .body("tenantId", equalTo(tenantId))
                .body("status", equalTo("ACTIVE"))
                .body("rosterSize", equalTo(3));
    }

    @Test
    void unknownTenantAnswers404ProblemJson() {
        replica(newTenantId())
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void withoutTokenAnswers401() {
        given().when().get("/tenants/{tenantId}/replica", newTenantId())
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void employeeAnswers403() {
        String tenantId = newTenantId();
        given().auth().oauth2(TestTokens.as(Roles.EMPLOYEE).tenant(tenantId).sign())
                .when().get("/tenants/{tenantId}/replica", tenantId)
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }
}
