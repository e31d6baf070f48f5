package nl.tweedekamer.meldpunt.klacht.onboarding;

import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractieAdmin;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.newTenantId;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.registerDeclaredFractie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** An organisation keeps its own list of departments, which travels to the other services on tenants.v1. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class DepartmentTests {

    @Test
    void theFractieAdministratorKeepsTheDepartmentsAndTheSnapshotCarriesThemInTheirOrder() {
        String tenant = newTenantId();
        registerDeclaredFractie(tenant);
        fractieAdmin(tenant).body(Map.of("departments", List.of(Map.of("code", "VOORLICHTING", "name", "Voorlichting"),
                Map.of("code", "BELEID-ZORG", "name", "Beleidsmedewerkers zorg")))).put("/tenants/{t}/departments", tenant)
                .then().statusCode(200).body("", hasSize(2)).body("[0].code", equalTo("VOORLICHTING"));
        fractieAdmin(tenant).get("/tenants/{t}/departments", tenant).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.contains("Voorlichting", "Beleidsmedewerkers zorg"));

        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey("tenants.v1", tenant).stream()
                .anyMatch(e -> e.json().contains("\"departments\":[{\"code\":\"VOORLICHTING\",\"name\":\"Voorlichting\"},"
                        + "{\"code\":\"BELEID-ZORG\",\"name\":\"Beleidsmedewerkers zorg\"}]")));

        // replaced as a whole
        fractieAdmin(tenant).body(Map.of("departments", List.of(Map.of("code", "FRACTIESTAF", "name", "Fractiestaf"))))
                .put("/tenants/{t}/departments", tenant).then().statusCode(200).body("", hasSize(1));
        fractieAdmin(tenant).get("/tenants/{t}/departments", tenant).then().body("code",
                org.hamcrest.Matchers.contains("FRACTIESTAF"));
    }

    @Test
    void aCodeThatOccursTwiceOrIsNoCodeIsRefusedAtItsFieldAndNothingChanges() {
        String tenant = newTenantId();
        registerDeclaredFractie(tenant);
        fractieAdmin(tenant).body(Map.of("departments", List.of(Map.of("code", "STAF", "name", "Staf"),
                Map.of("code", "STAF", "name", "Staf 2")))).put("/tenants/{t}/departments", tenant).then()
                .statusCode(400).contentType(containsString("application/problem+json"))
                .body("detail", containsString("STAF occurs twice"));
        fractieAdmin(tenant).body(Map.of("departments", List.of(Map.of("code", "staf met spaties", "name", "Staf"))))
                .put("/tenants/{t}/departments", tenant).then().statusCode(400)
                .body("detail", containsString("department code"));
        fractieAdmin(tenant).get("/tenants/{t}/departments", tenant).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void anotherOrganisationsAdministratorNeitherSeesNorChangesTheList() {
        String tenant = newTenantId();
        registerDeclaredFractie(tenant);
        String other = newTenantId();
        registerDeclaredFractie(other);
        fractieAdmin(other).get("/tenants/{t}/departments", tenant).then().statusCode(404);
        fractieAdmin(other).body(Map.of("departments", List.of(Map.of("code", "X", "name", "X"))))
                .put("/tenants/{t}/departments", tenant).then().statusCode(404);
        assertThat(fractieAdmin(tenant).get("/tenants/{t}/departments", tenant).then().extract().jsonPath()
                .getList("$")).isEmpty();
    }
}
