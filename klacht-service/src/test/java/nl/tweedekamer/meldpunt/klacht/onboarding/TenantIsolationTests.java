package nl.tweedekamer.meldpunt.klacht.onboarding;

import static io.restassured.RestAssured.given;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.addPerson;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.as;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.asPerson;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.declaration;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractieAdmin;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.newTenantId;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.person;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.platformAdmin;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.registerDeclaredFractie;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/** Tenants never see each other's data; roles are refused where domain.md §2 says so. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class TenantIsolationTests {

    private String a;
    private String b;
    private String bDeclaration;
    private String bPerson;

    @BeforeEach
    void twoFracties() {
        a = newTenantId();
        b = newTenantId();
        registerDeclaredFractie(a);
        bDeclaration = registerDeclaredFractie(b);
        bPerson = addPerson(b, "Eva van B", "eva-" + b);
    }

    @Test
    void aFractieAdministratorCannotReadAnotherFractiesDeclarationsRosterOrConfirmations() {
        fractieAdmin(a).get("/tenants/{t}", b).then().statusCode(404).contentType("application/problem+json");
        fractieAdmin(a).get("/tenants/{t}/declarations", b).then().statusCode(404);
        fractieAdmin(a).get("/tenants/{t}/declarations/{d}", b, bDeclaration).then().statusCode(404);
        fractieAdmin(a).get("/tenants/{t}/declarations/in-force", b).then().statusCode(404);
        fractieAdmin(a).get("/tenants/{t}/roster", b).then().statusCode(404);
        fractieAdmin(a).get("/tenants/{t}/roster/{p}", b, bPerson).then().statusCode(404);
        fractieAdmin(a).get("/tenants/{t}/confirmations", b).then().statusCode(404);
    }

    @Test
    void aFractieAdministratorWhoAlsoServesSeveralTenantsStillCannotReachAnotherFractiesRoster() {
        String both = TestTokens.as(Roles.FRACTIE_ADMIN, Roles.PLATFORM_ADMIN, Roles.VERTROUWENSPERSOON).tenant(a)
                .subject("admin-of-a").sign();
        given().auth().oauth2(both).get("/tenants/{t}/roster", b).then().statusCode(404);
        given().auth().oauth2(both).get("/tenants/{t}/confirmations", b).then().statusCode(404);
        given().auth().oauth2(both).contentType("application/json").body(declaration("2099-01-01"))
                .post("/tenants/{t}/declarations", b).then().statusCode(404);
        // where the cross-tenant role itself is allowed, it does reach the other tenant
        given().auth().oauth2(both).get("/tenants/{t}", b).then().statusCode(200);
        given().auth().oauth2(both).get("/tenants/{t}/roster", a).then().statusCode(200);
        fractieAdmin(b).get("/tenants/{t}/declarations", b).then().body("$", hasSize(1));
    }

    @Test
    void aTokenCombiningRolesReadsNoSignatoryThatNeitherRoleReadsAlone() {
        // platform-admin reads another tenant's declarations without the signatory; fractie-admin only its own tenant
        String both = TestTokens.as(Roles.FRACTIE_ADMIN, Roles.PLATFORM_ADMIN).tenant(a).subject("admin-of-a").sign();
        given().auth().oauth2(both).get("/tenants/{t}/declarations", b).then().statusCode(200)
                .body("signedBy", everyItem(nullValue()));
        given().auth().oauth2(both).get("/tenants/{t}/declarations/{d}", b, bDeclaration).then().statusCode(200)
                .body("signedBy", nullValue());
        given().auth().oauth2(both).get("/tenants/{t}/declarations/in-force", b).then().statusCode(200)
                .body("signedBy", nullValue());
        platformAdmin().get("/tenants/{t}/declarations/{d}", b, bDeclaration).then().statusCode(200)
                .body("signedBy", nullValue());
        // each role keeps its own right: the fractie administrator reads its own tenant's signatory
        given().auth().oauth2(both).get("/tenants/{t}/declarations", a).then().statusCode(200)
                .body("signedBy", everyItem(notNullValue()));
        fractieAdmin(b).get("/tenants/{t}/declarations/{d}", b, bDeclaration).then().statusCode(200)
                .body("signedBy", notNullValue());
    }

    @Test
    void anotherTenantsIdsDoNotWorkThroughOnesOwnTenant() {
        // B's declaration and person, asked for under A's own path: the discriminator hides them
        fractieAdmin(a).get("/tenants/{t}/declarations/{d}", a, bDeclaration).then().statusCode(404);
        fractieAdmin(a).get("/tenants/{t}/roster/{p}", a, bPerson).then().statusCode(404);
        fractieAdmin(a).body(Map.of("withdrawnFrom", "2099-01-01"))
                .post("/tenants/{t}/declarations/{d}/withdrawal", a, bDeclaration).then().statusCode(404);
        fractieAdmin(a).body(person("Eva overschreven", null))
                .put("/tenants/{t}/roster/{p}", a, bPerson).then().statusCode(404);
        as(Roles.SERVICE, "platform").get("/internal/tenants/{t}/contacts/persons/{p}", a, bPerson).then()
                .statusCode(404);

        fractieAdmin(b).get("/tenants/{t}/declarations/{d}", b, bDeclaration).then().statusCode(200)
                .body("withdrawnFrom", equalTo(null));
        fractieAdmin(b).get("/tenants/{t}/roster/{p}", b, bPerson).then().statusCode(200)
                .body("name", equalTo("Eva van B"));
    }

    @Test
    void aFractieAdministratorCannotChangeAnotherFractie() {
        fractieAdmin(a).body(declaration("2099-01-01")).post("/tenants/{t}/declarations", b).then().statusCode(404);
        fractieAdmin(a).body(Map.of("withdrawnFrom", "2099-01-01"))
                .post("/tenants/{t}/declarations/{d}/withdrawal", b, bDeclaration).then().statusCode(404);
        fractieAdmin(a).body(person("Indringer", null)).post("/tenants/{t}/roster", b).then().statusCode(404);

        fractieAdmin(b).get("/tenants/{t}/declarations", b).then().body("$", hasSize(1))
                .body("[0].withdrawnFrom", equalTo(null));
        fractieAdmin(b).get("/tenants/{t}/roster", b).then().body("$", hasSize(1));
    }

    @Test
    void anEmployeeCannotConfirmOrReadForAnotherFractie() {
        asPerson(Roles.EMPLOYEE, a, "eva-" + b).post("/tenants/{t}/declarations/{d}/confirmation", b, bDeclaration)
                .then().statusCode(404);
        as(Roles.EMPLOYEE, a).get("/tenants/{t}/declarations", b).then().statusCode(404);
        fractieAdmin(b).get("/tenants/{t}/confirmations", b).then().body("confirmedCount", equalTo(0));
    }

    @Test
    void eachRoleIsRefusedWhereItHasNoBusiness() {
        // only platform administrators register and list organisations
        fractieAdmin(a).get("/tenants").then().statusCode(403).contentType("application/problem+json");
        as(Roles.COMMISSION_SECRETARY, "tk").get("/tenants").then().statusCode(403);
        as(Roles.EMPLOYEE, a).body(Map.of()).post("/tenants").then().statusCode(403);
        // declarations are submitted by the fractie administrator only
        as(Roles.EMPLOYEE, a).body(declaration("2099-01-01")).post("/tenants/{t}/declarations", a).then()
                .statusCode(403);
        platformAdmin().body(declaration("2099-01-01")).post("/tenants/{t}/declarations", a).then().statusCode(403);
        as(Roles.EMPLOYER, a).body(declaration("2099-01-01")).post("/tenants/{t}/declarations", a).then()
                .statusCode(403);
        // the roster and confirmations are the fractie administrator's; HR, VPs, the platform see no staff list
        as(Roles.HR_PORTAL, a).get("/tenants/{t}/roster", a).then().statusCode(403);
        as(Roles.VERTROUWENSPERSOON, "tk").get("/tenants/{t}/roster", a).then().statusCode(403);
        platformAdmin().get("/tenants/{t}/roster", a).then().statusCode(403);
        as(Roles.EMPLOYEE, a).get("/tenants/{t}/confirmations", a).then().statusCode(403);
        // the internal lookup serves the platform's own services only
        fractieAdmin(a).get("/internal/tenants/{t}/contacts/organisation", a).then().statusCode(403);
        as(Roles.PLATFORM_ADMIN, "tk").get("/internal/tenants/{t}/contacts/organisation", a).then().statusCode(403);
    }

    @Test
    void rolesServingSeveralTenantsReachEveryRegisteredTenantButNoUnknownOne() {
        as(Roles.COMMISSION_SECRETARY, "tk").get("/tenants/{t}/declarations", b).then().statusCode(200)
                .body("$", hasSize(1));
        platformAdmin().get("/tenants/{t}", b).then().statusCode(200).body("id", equalTo(b));
        platformAdmin().get("/tenants/{t}", "does-not-exist").then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Unknown organisation"))
                .body("detail", containsString("does-not-exist"));
        platformAdmin().get("/tenants").then().statusCode(200).body("id", not(hasSize(0)));
    }

    @Test
    void withoutAValidTokenNothingIsAnswered() {
        given().get("/tenants/{t}/declarations", a).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2(TestTokens.expired()).get("/tenants/{t}/declarations", a)
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.foreignKey()).get("/tenants/{t}/declarations", a)
                .then().statusCode(401);
        given().auth().oauth2("not-a-jwt").get("/regulations").then().statusCode(401);
    }

    @Test
    void healthAndOpenApiNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200)
                .body(containsString("Kafka"));
        given().get("/q/openapi").then().statusCode(200);
    }
}
