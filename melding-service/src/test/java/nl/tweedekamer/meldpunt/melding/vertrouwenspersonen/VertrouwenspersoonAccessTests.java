package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import static io.restassured.RestAssured.given;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.appointment;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.as;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.employee;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractieAdmin;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.platformAdmin;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.service;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/** Who may appoint, who may see the available VPs, and who may look up a VP's address. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class VertrouwenspersoonAccessTests {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aFractieAdminCannotAppointForAnotherFractie() {
        String a = fractie("EIGEN");
        String b = fractie("EIGEN");
        fractieAdmin(a).body(appointment(UUID.randomUUID())).post("/tenants/{t}/vertrouwenspersonen", b).then()
                .statusCode(404).contentType(PROBLEM);
        // nor through a platform-admin role beside it: this endpoint does not allow that role
        given().auth().oauth2(TestTokens.as(Roles.FRACTIE_ADMIN, Roles.PLATFORM_ADMIN).tenant(a).sign())
                .contentType(ContentType.JSON).body(appointment(UUID.randomUUID())).post("/tenants/{t}/vertrouwenspersonen", b).then()
                .statusCode(404);
    }

    @Test
    void anEmployeeCannotAppoint() {
        String tenant = fractie("EIGEN");
        employee(tenant).body(appointment(UUID.randomUUID())).post("/tenants/{t}/vertrouwenspersonen", tenant)
                .then().statusCode(403).contentType(PROBLEM);
        employee(tenant).body(appointment(UUID.randomUUID())).post("/vertrouwenspersonen").then().statusCode(403)
                .contentType(PROBLEM);
        fractieAdmin(tenant).body(appointment(UUID.randomUUID())).post("/vertrouwenspersonen").then()
                .statusCode(403);
    }

    @Test
    void withoutATokenEveryEndpointAnswers401() {
        String tenant = fractie("EIGEN");
        UUID someone = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(appointment(someone)).post("/vertrouwenspersonen").then()
                .statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(appointment(someone))
                .post("/tenants/{t}/vertrouwenspersonen", tenant).then().statusCode(401);
        given().get("/tenants/{t}/vertrouwenspersonen/available", tenant).then().statusCode(401);
        given().get("/internal/vertrouwenspersonen/{p}/contact", someone).then().statusCode(401);
    }

    @Test
    void theAvailableVpsOfAnotherFractieAreNotFound() {
        String a = fractie("BEIDE");
        String b = fractie("BEIDE");
        employee(a).get("/tenants/{t}/vertrouwenspersonen/available", b).then().statusCode(404).contentType(PROBLEM);
        // no role is named on that endpoint, so a platform administrator does not cross tenants there either
        platformAdmin().get("/tenants/{t}/vertrouwenspersonen/available", b).then().statusCode(404);
    }

    @Test
    void onlyTheServiceRoleLooksUpAVpsAddress() {
        UUID poolVp = UUID.randomUUID();
        Map<String, Object> body = appointment(poolVp);
        platformAdmin().body(body).post("/vertrouwenspersonen").then().statusCode(201);

        service().get("/internal/vertrouwenspersonen/{p}/contact", poolVp).then().statusCode(200)
                .body("id", equalTo(poolVp.toString()))
                .body("email", equalTo(body.get("email")));
        platformAdmin().get("/internal/vertrouwenspersonen/{p}/contact", poolVp).then().statusCode(403)
                .contentType(PROBLEM);
        as(Roles.VERTROUWENSPERSOON, null).get("/internal/vertrouwenspersonen/{p}/contact", poolVp).then()
                .statusCode(403);
        service().get("/internal/vertrouwenspersonen/{p}/contact", UUID.randomUUID()).then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void anOwnVpsAddressIsLookedUpWithinItsFractie() {
        String tenant = fractie("EIGEN");
        UUID ownVp = UUID.randomUUID();
        Map<String, Object> body = appointment(ownVp);
        fractieAdmin(tenant).body(body).post("/tenants/{t}/vertrouwenspersonen", tenant).then().statusCode(201);

        service().get("/internal/tenants/{t}/vertrouwenspersonen/{p}/contact", tenant, ownVp).then().statusCode(200)
                .body("email", equalTo(body.get("email")));
        // an own VP is tenant data: not in the pool, not in another fractie
        service().get("/internal/vertrouwenspersonen/{p}/contact", ownVp).then().statusCode(404);
        String other = fractie("EIGEN");
        service().get("/internal/tenants/{t}/vertrouwenspersonen/{p}/contact", other, ownVp).then().statusCode(404);
        employee(tenant).get("/internal/tenants/{t}/vertrouwenspersonen/{p}/contact", tenant, ownVp).then()
                .statusCode(403);
    }
}
