package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.appointment;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.platformAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** Bad input gets a 400 problem+json that says what is wrong, and nothing is appointed. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class VertrouwenspersoonBadInputTests {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void missingFieldsAreNamedAndNothingIsAppointed() {
        UUID personId = UUID.randomUUID();
        Map<String, Object> body = appointment(personId);
        body.remove("name");
        body.remove("functionCategory");
        body.put("email", "geen-adres");
        platformAdmin().body(body).post("/vertrouwenspersonen").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("name", "functionCategory", "email"));
        platformAdmin().get("/vertrouwenspersonen/{p}", personId).then().statusCode(404);
    }

    @Test
    void anUnknownFunctionCategoryIsRefusedWithTheAllowedValues() {
        Map<String, Object> body = appointment(UUID.randomUUID());
        body.put("functionCategory", "PERSONEELSZAKEN");
        platformAdmin().body(body).post("/vertrouwenspersonen").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("HR, STAFF, MANAGEMENT, EXTERNAL"));
    }

    @Test
    void aPersonIdThatIsNoUuidAndAMalformedDateAreRefused() {
        Map<String, Object> body = appointment(UUID.randomUUID());
        body.put("personId", "jan");
        platformAdmin().body(body).post("/vertrouwenspersonen").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("personId"));
        body = appointment(UUID.randomUUID());
        body.put("appointedFrom", "1-2-2026");
        platformAdmin().body(body).post("/vertrouwenspersonen").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("appointedFrom"));
    }

    @Test
    void endingWithoutAReasonIsRefused() {
        UUID personId = UUID.randomUUID();
        platformAdmin().body(appointment(personId)).post("/vertrouwenspersonen").then().statusCode(201);
        platformAdmin().body(Map.of()).post("/vertrouwenspersonen/{p}/end", personId).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("reason"));
        platformAdmin().body(Map.of("reason", "ONTSLAG")).post("/vertrouwenspersonen/{p}/end", personId).then()
                .statusCode(400).contentType(PROBLEM);
        platformAdmin().get("/vertrouwenspersonen/{p}", personId).then().statusCode(200)
                .body("endedOn", equalTo(null));
    }
}
