package nl.tweedekamer.meldpunt.melding.intake;

import static io.restassured.RestAssured.given;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.melder;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.ownVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** A vertrouwenspersoon records a melding taken by phone; the melder gets the receipt code from them. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class TelefonischeMeldingTests {

    @Test
    void aVpRecordsAMeldingTakenByPhoneAddressedToThemAndTheMelderReadsTheReplyWithTheCode() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String text = planted();
        Map<String, Object> body = intake(vp, text);
        body.put("tenantId", tenant);
        var receipt = vp(vp).body(body).post("/vertrouwenspersoon/meldingen/telefonisch").then().statusCode(201)
                .body("receiptCode", matchesPattern("[A-Z2-7]{12}-[A-Z2-7]{32}")).extract().jsonPath();
        String id = receipt.getString("meldingId");
        vp(vp).get("/vertrouwenspersoon/meldingen").then().statusCode(200).body("meldingId", hasItem(id));
        vp(vp).get("/meldingen/{id}", id).then().statusCode(200).body("description", equalTo(text))
                .body("anonymous", equalTo(true)).body("identity", nullValue());
        vp(vp).body(Map.of("text", "Zoals besproken: ik bel u dinsdag.")).post("/meldingen/{id}/berichten", id).then()
                .statusCode(201);
        given().header("X-Receipt-Code", receipt.getString("receiptCode")).get("/mailbox").then().statusCode(200)
                .body("messages[0].text", equalTo("Zoals besproken: ik bel u dinsdag."));
    }

    @Test
    void aVpRecordsOnlyForThemselvesAndOnlyForAnOrganisationTheyServe() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        Map<String, Object> forAnother = intake(poolVp(), planted());
        forAnother.put("tenantId", tenant);
        vp(vp).body(forAnother).post("/vertrouwenspersoon/meldingen/telefonisch").then().statusCode(400)
                .body("errors[0].field", equalTo("vertrouwenspersoonId"));

        String own = fractie("EIGEN");
        UUID ownVp = ownVp(own);
        Map<String, Object> elsewhere = intake(ownVp, planted());
        elsewhere.put("tenantId", fractie("POOL"));
        vp(ownVp, own).body(elsewhere).post("/vertrouwenspersoon/meldingen/telefonisch").then().statusCode(400)
                .body("errors[0].field", equalTo("vertrouwenspersoonId"));

        Map<String, Object> byStaff = intake(vp, planted());
        byStaff.put("tenantId", tenant);
        melder(UUID.randomUUID().toString(), tenant).body(byStaff).post("/vertrouwenspersoon/meldingen/telefonisch")
                .then().statusCode(403);
    }
}
