package nl.tweedekamer.meldpunt.tenantreplica;

import static io.restassured.RestAssured.given;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantReplicaProbe.awaitRevision;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantReplicaProbe.replica;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures.newTenantId;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures.tenant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/** Who may read a tenant's replica: platform admins and services, for any tenant this service knows. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class TenantReplicaResourceTests {

    private static String known;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A tenant whose snapshot has reached the replica, published once for all tests of this class. */
    private static synchronized String knownTenant() {
        if (known == null) {
            String tenantId = newTenantId();
            try (TenantSnapshotFixtures tenants = TenantSnapshotFixtures.connect()) {
                tenants.publish(tenant(tenantId).revision(1).build());
            }
            awaitRevision(tenantId, 1);
            known = tenantId;
        }
        return known;
    }

    @Test
    void unknownTenantAnswers404ProblemJson() {
        replica(newTenantId())
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Unknown organisation"));
    }

    @Test
    void withoutTokenAnswers401() {
        given().when().get("/tenants/{tenantId}/replica", knownTenant())
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void expiredTokenAnswers401() {
        given().auth().oauth2(TestTokens.expired())
                .when().get("/tenants/{tenantId}/replica", knownTenant())
                .then().statusCode(401);
    }

    @Test
    void employeeOfTheTenantItselfAnswers403() {
        given().auth().oauth2(TestTokens.as(Roles.EMPLOYEE).tenant(knownTenant()).sign())
                .when().get("/tenants/{tenantId}/replica", knownTenant())
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void fractieAdminAnswers403() {
        given().auth().oauth2(TestTokens.as(Roles.FRACTIE_ADMIN).tenant(knownTenant()).sign())
                .when().get("/tenants/{tenantId}/replica", knownTenant())
                .then().statusCode(403);
    }

    @Test
    void serviceTokenWithoutTenantReadsAnyKnownTenant() {
        given().auth().oauth2(TestTokens.as(Roles.SERVICE).sign())
                .when().get("/tenants/{tenantId}/replica", knownTenant())
                .then().statusCode(200)
                .body("tenantId", equalTo(knownTenant()));
    }

    @Test
    void platformAdminReadsAnyKnownTenant() {
        replica(knownTenant()).statusCode(200).body("revision", equalTo(1));
    }
}
