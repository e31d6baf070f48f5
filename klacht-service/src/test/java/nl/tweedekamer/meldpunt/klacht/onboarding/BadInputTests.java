package nl.tweedekamer.meldpunt.klacht.onboarding;

import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.declaration;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractie;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractieAdmin;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.newTenantId;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.platformAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** Bad input gets a 4xx problem+json that says what is wrong, and nothing is stored or published. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class BadInputTests {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIsRefusedAndNothingIsStored() {
        String tenant = newTenantId();
        platformAdmin().body("{\"id\": \"" + tenant + "\", \"name\": ").post("/tenants").then().statusCode(400)
                .contentType(PROBLEM).body("detail", equalTo("The request body is not valid JSON."));
        platformAdmin().get("/tenants/{t}", tenant).then().statusCode(404);
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        String tenant = newTenantId();
        Map<String, Object> body = fractie(tenant);
        body.remove("name");
        body.remove("contactEmail");
        platformAdmin().body(body).post("/tenants").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("name", "contactEmail"));
        platformAdmin().get("/tenants/{t}", tenant).then().statusCode(404);
        assertThat(TopicReader.withKey("tenants.v1", tenant)).isEmpty();
    }

    @Test
    void anUnknownEnumValueIsRefusedWithTheAllowedValues() {
        String tenant = newTenantId();
        Map<String, Object> body = fractie(tenant);
        body.put("kind", "VERENIGING");
        platformAdmin().body(body).post("/tenants").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("AMBTELIJKE_ORGANISATIE, FRACTIE"));
        platformAdmin().get("/tenants/{t}", tenant).then().statusCode(404);
    }

    @Test
    void anUnknownFieldIsRefusedSoThatATypoIsNotSilentlyIgnored() {
        Map<String, Object> body = fractie(newTenantId());
        body.put("contactEmial", "x@example.nl");
        platformAdmin().body(body).post("/tenants").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("contactEmial"));
        platformAdmin().get("/tenants/{t}", body.get("id")).then().statusCode(404);
    }

    @Test
    void aTenantIdOutsideLowercaseLettersDigitsAndHyphensIsRefused() {
        platformAdmin().body(fractie("Fractie_X")).post("/tenants").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void aDeclarationEffectiveBeforeFirstMay2021IsRefusedAndNothingIsPublished() {
        String tenant = newTenantId();
        platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201);
        fractieAdmin(tenant).body(declaration("2021-04-30")).post("/tenants/{t}/declarations", tenant).then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("effectiveFrom"))
                .body("detail", containsString("2021-05-01"));
        fractieAdmin(tenant).get("/tenants/{t}/declarations", tenant).then().statusCode(200).body("$", hasSize(0));
        platformAdmin().get("/tenants/{t}", tenant).then().body("revision", equalTo(1));
    }

    @Test
    void anUnknownRegulationVersionIsRefused() {
        String tenant = newTenantId();
        platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201);
        Map<String, Object> body = declaration("2024-06-01");
        body.put("regulationVersion", "klachtenregeling-1999");
        fractieAdmin(tenant).body(body).post("/tenants/{t}/declarations", tenant).then().statusCode(400)
                .body("errors[0].field", equalTo("regulationVersion"));
    }

    @Test
    void aDateInTheWrongFormIsRefused() {
        String tenant = newTenantId();
        platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201);
        fractieAdmin(tenant).body(declaration("1-6-2024")).post("/tenants/{t}/declarations", tenant).then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("effectiveFrom"));
        Map<String, Object> epochDay = declaration("2024-06-01");
        epochDay.put("effectiveFrom", 20000);
        fractieAdmin(tenant).body(epochDay).post("/tenants/{t}/declarations", tenant).then().statusCode(400);
        fractieAdmin(tenant).get("/tenants/{t}/declarations", tenant).then().body("$", hasSize(0));
    }

    @Test
    void aJsonBodyOverOneMegabyteIsRefused() {
        String tenant = newTenantId();
        Map<String, Object> body = fractie(tenant);
        body.put("name", "x".repeat(1_100_000));
        platformAdmin().body(body).post("/tenants").then().statusCode(413).contentType(PROBLEM);
        platformAdmin().get("/tenants/{t}", tenant).then().statusCode(404);
    }

    @Test
    void aChunkedJsonBodyOverOneMegabyteIsRefusedToo() {
        String tenant = newTenantId();
        String json = "{\"id\":\"" + tenant + "\",\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // a stream of unknown length goes out chunked, without Content-Length
        int status = platformAdmin().body(new java.io.ByteArrayInputStream(bytes) {
        }).post("/tenants").then().extract().statusCode();
        assertThat(status).isEqualTo(413);
        platformAdmin().get("/tenants/{t}", tenant).then().statusCode(404);
    }

    @Test
    void aMissingBodyIsRefused() {
        platformAdmin().post("/tenants").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void anUnknownAddressAnswersProblemJson() {
        platformAdmin().get("/nothing-here").then().statusCode(404).contentType(PROBLEM);
    }
}
