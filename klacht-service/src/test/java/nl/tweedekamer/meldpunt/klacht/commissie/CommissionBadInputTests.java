package nl.tweedekamer.meldpunt.klacht.commissie;

import static nl.tweedekamer.meldpunt.klacht.support.Commission.PROBLEM;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.admin;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.appoint;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.appointment;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.window;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** Bad input to the commission's API gets a problem+json that names what is wrong, and changes nothing. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class CommissionBadInputTests {

    @Test
    void missingFieldsAreNamed() {
        admin().body("{}").post("/commission/appointments").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("function", "personId", "name", "workEmail", "woman", "appointedFrom"));
    }

    @Test
    void aMemberNeedsASideAndTheChairHasNone() {
        UUID person = UUID.randomUUID();
        admin().body(appointment(person, "MEMBER", null, true, window())).post("/commission/appointments").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("side"))
                .body("detail", containsString("art 7.4"));
        admin().body(appointment(person, "CHAIR", "POLITICAL", true, window())).post("/commission/appointments").then()
                .statusCode(400).body("errors[0].field", equalTo("side"));
        admin().queryParam("personId", person.toString()).get("/commission/appointments").then()
                .body("size()", equalTo(0));
    }

    @Test
    void anUnknownFunctionSideOrFieldIsRefused() {
        Map<String, Object> body = appointment("VOORZITTER", null, true, window());
        admin().body(body).post("/commission/appointments").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("CHAIR"));
        body = appointment("MEMBER", "AMBTELIJK", true, window());
        admin().body(body).post("/commission/appointments").then().statusCode(400).contentType(PROBLEM);
        body = appointment("MEMBER", "POLITICAL", true, window());
        body.put("gender", "F");
        admin().body(body).post("/commission/appointments").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("gender"));
    }

    @Test
    void aBadDateEmailOrPersonIdIsRefused() {
        Map<String, Object> body = appointment("MEMBER", "POLITICAL", true, window());
        body.put("appointedFrom", "1-1-2100");
        admin().body(body).post("/commission/appointments").then().statusCode(400).contentType(PROBLEM);
        body = appointment("MEMBER", "POLITICAL", true, window());
        body.put("workEmail", "geen-adres");
        admin().body(body).post("/commission/appointments").then().statusCode(400)
                .body("errors[0].field", equalTo("workEmail"));
        body = appointment("MEMBER", "POLITICAL", true, window());
        body.put("personId", "piet");
        admin().body(body).post("/commission/appointments").then().statusCode(400).contentType(PROBLEM);
        admin().queryParam("on", "morgen").get("/commission").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("on"));
    }

    @Test
    void onlyTheSecretarysLastDayIsChosenArt62FixesTheOthers() {
        Map<String, Object> body = appointment("CHAIR", null, true, window());
        body.put("appointedUntil", "2200-01-01");
        admin().body(body).post("/commission/appointments").then().statusCode(400)
                .body("errors[0].field", equalTo("appointedUntil")).body("detail", containsString("art 6.2"));
        LocalDate from = window();
        body = appointment("SECRETARY", null, true, from);
        body.put("appointedUntil", from.minusDays(1).toString());
        admin().body(body).post("/commission/appointments").then().statusCode(400)
                .body("errors[0].field", equalTo("appointedUntil"));
    }

    @Test
    void anEndNeitherLiesInThePastNorAfterTheTerm() {
        LocalDate from = window();
        String id = appoint(appointment("MEMBER", "CIVIL_SERVICE", true, from));
        admin().body(Map.of("reason", "OTHER", "endedOn", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1).toString()))
                .post("/commission/appointments/{id}/end", id).then().statusCode(400)
                .body("errors[0].field", equalTo("endedOn"));
        admin().body(Map.of("reason", "OTHER", "endedOn", from.plusYears(4).toString()))
                .post("/commission/appointments/{id}/end", id).then().statusCode(400)
                .body("errors[0].field", equalTo("endedOn"));
        admin().get("/commission/appointments/{id}", id).then().body("endedOn", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anEndNeedsAKnownReason() {
        String id = appoint(appointment("DEPUTY_CHAIR", null, true, window()));
        admin().body("{}").post("/commission/appointments/{id}/end", id).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", containsString("reason"));
        admin().body(Map.of("reason", "BORED")).post("/commission/appointments/{id}/end", id).then().statusCode(400)
                .contentType(PROBLEM);
        admin().post("/commission/appointments/{id}/end", id).then().statusCode(400).contentType(PROBLEM);
        admin().get("/commission/appointments/{id}", id).then().body("status", equalTo("UPCOMING"));
    }
}
