package nl.tweedekamer.meldpunt.klacht;

import static io.restassured.RestAssured.given;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.declaration;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractie;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractieAdmin;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.newTenantId;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.platformAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.ClientCredentialsStub;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * What a hostile or careless client meets at the HTTP layer (the platform's filters, so every service alike):
 * a clear problem+json, never a 500, a plain-text page or a silently stored oddity; tokens outside the token
 * model are refused; no answer is cached or sniffed.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class HttpHardeningTests {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aFieldSentTwiceIsRefusedAndNamed() {
        String tenant = newTenantId();
        String json = "{\"id\":\"" + tenant + "\",\"name\":\"A\",\"name\":\"B\",\"shortName\":\"X\",\"kind\":\"FRACTIE\","
                + "\"employerEntity\":\"E\",\"contactEmail\":\"a@example.nl\",\"hrContactEmail\":\"h@example.nl\"}";
        platformAdmin().body(json).post("/tenants").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("'name' twice"));
        platformAdmin().get("/tenants/{t}", tenant).then().statusCode(404);
    }

    @Test
    void aDateOutsideTheYears1900To2999IsRefusedAndNotPublished() {
        String tenant = newTenantId();
        platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201);
        for (String date : new String[] {"+999999999-12-31", "3000-01-01", "1899-12-31"}) {
            Map<String, Object> body = declaration("2024-06-01");
            body.put("signedOn", date);
            fractieAdmin(tenant).body(body).post("/tenants/{t}/declarations", tenant).then().statusCode(400)
                    .contentType(PROBLEM).body("detail", containsString("'signedOn' must be a date from 1900-01-01"));
        }
        Map<String, Object> late = declaration("+999999999-12-31");
        fractieAdmin(tenant).body(late).post("/tenants/{t}/declarations", tenant).then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("effectiveFrom"));
        fractieAdmin(tenant).get("/tenants/{t}/declarations", tenant).then().body("$", hasSize(0));
    }

    @Test
    void anOverlongAddressGetsAProblemNotAPlainPage() {
        for (int length : new int[] {3_000, 10_000}) {
            platformAdmin().get("/tenants/" + "a".repeat(length)).then().statusCode(414).contentType(PROBLEM)
                    .body("detail", containsString("at most 2048 characters"));
        }
    }

    @Test
    void aChunkedJsonBodyWithinTheLimitIsReadNormally() {
        String tenant = newTenantId();
        String json = io.vertx.core.json.Json.encode(fractie(tenant));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        // a stream of unknown length goes out chunked, without Content-Length
        platformAdmin().body(new ByteArrayInputStream(bytes) {
        }).post("/tenants").then().statusCode(201);
        platformAdmin().get("/tenants/{t}", tenant).then().statusCode(200).body("name", equalTo("Fractie " + tenant));
    }

    @Test
    void noAnswerIsCachedSniffedOrFramed() {
        var ok = platformAdmin().get("/regulations").then().statusCode(200).extract();
        var refused = given().get("/regulations").then().statusCode(401).extract();
        var missing = platformAdmin().get("/nothing-here").then().statusCode(404).extract();
        for (var answer : new io.restassured.response.ExtractableResponse<?>[] {ok, refused, missing}) {
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'")
                    .contains("frame-ancestors 'none'").doesNotContain("script-src");
        }
    }

    @Test
    void aTokenNotMeantForThisServiceIsRefused() {
        String token = TestTokens.as(Roles.PLATFORM_ADMIN).tenant("tk").audience("melding-service").sign();
        given().auth().oauth2(token).get("/regulations").then().statusCode(401).contentType(PROBLEM);
        String meant = TestTokens.as(Roles.PLATFORM_ADMIN).tenant("tk").audience("klacht-service").sign();
        given().auth().oauth2(meant).get("/regulations").then().statusCode(200);
    }

    @Test
    void theServiceRoleIsAcceptedOnlyFromThePlatformsOwnServiceIdentity() {
        String tenant = newTenantId();
        platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201);
        String lookup = "/internal/tenants/" + tenant + "/contacts/organisation";

        given().auth().oauth2(TestTokens.as(Roles.SERVICE).subject("notificatie-service").sign()).get(lookup).then()
                .statusCode(200);
        // whoever holds the key that signs people's tokens cannot make themselves a service
        given().auth().oauth2(TestTokens.as(Roles.SERVICE).subject("notificatie-service").signedAsPerson().sign())
                .get(lookup).then().statusCode(401).contentType(PROBLEM);
        // a service token carries no person's role, and the services' key signs no person's token
        given().auth().oauth2(TestTokens.as(Roles.SERVICE, Roles.PLATFORM_ADMIN).tenant("tk").sign()).get(lookup)
                .then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.as(Roles.PLATFORM_ADMIN, Roles.SERVICE).tenant("tk").signedAsPerson().sign())
                .get("/regulations").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void theServiceRoleFromTheIdentityProviderIsAcceptedOnlyForTheServicesClient() {
        String tenant = newTenantId();
        platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201);
        String lookup = "/internal/tenants/" + tenant + "/contacts/organisation";

        // production: the identity provider signs with the key of people's tokens and names the client in azp
        given().auth().oauth2(TestTokens.as(Roles.SERVICE).signedAsPerson().subject("service-account")
                .claim("azp", ClientCredentialsStub.CLIENT_ID).sign()).get(lookup).then().statusCode(200);
        // the portal's client, or any other, cannot hand out the role
        given().auth().oauth2(TestTokens.as(Roles.SERVICE).signedAsPerson().subject("service-account")
                .claim("azp", "portaal").sign()).get(lookup).then().statusCode(401).contentType(PROBLEM);
        // nor does the services' client make a person's role a service
        given().auth().oauth2(TestTokens.as(Roles.SERVICE, Roles.PLATFORM_ADMIN).signedAsPerson().tenant("tk")
                .claim("azp", ClientCredentialsStub.CLIENT_ID).sign()).get(lookup).then().statusCode(401);
    }

    @Test
    void aTokenMadeToLiveLongerThanTwelveHoursIsRefused() {
        Instant now = Instant.now();
        String tooLong = TestTokens.as(Roles.PLATFORM_ADMIN).tenant("tk").issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(13))).sign();
        given().auth().oauth2(tooLong).get("/regulations").then().statusCode(401).contentType(PROBLEM);
        String working = TestTokens.as(Roles.PLATFORM_ADMIN).tenant("tk").issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(11))).sign();
        given().auth().oauth2(working).get("/regulations").then().statusCode(200);
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        Instant later = Instant.now().plus(Duration.ofMinutes(10));
        String ahead = TestTokens.as(Roles.PLATFORM_ADMIN).tenant("tk").issuedAt(later)
                .expiresAt(later.plus(Duration.ofHours(1))).sign();
        given().auth().oauth2(ahead).get("/regulations").then().statusCode(401).contentType(PROBLEM);
        Instant skewed = Instant.now().plus(Duration.ofSeconds(20));
        String withinSkew = TestTokens.as(Roles.PLATFORM_ADMIN).tenant("tk").issuedAt(skewed)
                .expiresAt(skewed.plus(Duration.ofHours(1))).sign();
        given().auth().oauth2(withinSkew).get("/regulations").then().statusCode(200);
    }

    @Test
    void healthTellsAnonymousCallersNoInternalAddress() {
        String health = given().get("/q/health").then().statusCode(200).contentType(ContentType.JSON)
                .body("checks.name", org.hamcrest.Matchers.hasItem("Kafka")).extract().asString();
        assertThat(health).doesNotContainPattern("\\d+\\.\\d+\\.\\d+\\.\\d+|localhost|:\\d{2,5}\\b");
        given().get("/q/health").then().body(not(containsString("nodes")));
    }
}
