package nl.tweedekamer.meldpunt.melding.intake;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.awaitEvents;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.melder;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.ownVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** A named melder turns to a VP of their choice; they exchange messages; the events say nothing personal. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class NamedMeldingTests {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aNamedMelderReachesTheVpTheyChoseAndTheyExchangeMessages() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String subject = UUID.randomUUID().toString();
        String text = planted();
        Map<String, Object> body = intake(vp, text);
        body.put("identity", Map.of("name", "Jantje Geplant", "email", "jantje@melder.example"));
        body.put("emailWanted", true);
        String id = report(subject, tenant, body);

        melder(subject, tenant).get("/meldingen").then().statusCode(200)
                .body("meldingId", hasItem(id))
                .body("[0].description", nullValue());
        vp(vp).get("/vertrouwenspersoon/meldingen").then().statusCode(200).body("meldingId", hasItem(id));
        vp(vp).get("/meldingen/{id}", id).then().statusCode(200)
                .body("description", equalTo(text))
                .body("category", equalTo("PESTEN"))
                .body("relation", equalTo("LEIDINGGEVENDE"))
                .body("department", equalTo("AFD-COMMUNICATIE"))
                .body("identity.name", equalTo("Jantje Geplant"))
                .body("vertrouwenspersoon.personId", equalTo(vp.toString()))
                .body("status", equalTo("OPEN"));

        vp(vp).body(Map.of("text", "Dank voor je melding, zullen we afspreken?"))
                .post("/meldingen/{id}/berichten", id).then().statusCode(201).body("from", equalTo("VERTROUWENSPERSOON"));
        melder(subject, tenant).body(Map.of("text", "Graag, dinsdag?")).post("/meldingen/{id}/berichten", id).then()
                .statusCode(201).body("from", equalTo("MELDER"));
        melder(subject, tenant).get("/meldingen/{id}", id).then().statusCode(200)
                .body("messages", hasSize(2))
                .body("messages[0].text", equalTo("Dank voor je melding, zullen we afspreken?"))
                .body("messages[1].from", equalTo("MELDER"))
                .body("interventions", nullValue());

        List<TopicReader.Event> events = awaitEvents(id, 3);
        assertThat(events).extracting(TopicReader.Event::type).containsExactly(
                "nl.tweedekamer.melding.melding-ontvangen.v1", "nl.tweedekamer.melding.bericht-geplaatst.v1",
                "nl.tweedekamer.melding.bericht-geplaatst.v1");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.tenantId()).isEqualTo(tenant);
            assertThat(e.json()).contains("\"meldingId\":\"" + id + "\"", "\"vertrouwenspersoonId\":\"" + vp + "\"")
                    .doesNotContain(text, "Jantje", "jantje@melder.example", "PESTEN", "AFD-COMMUNICATIE", subject);
        });
    }

    @Test
    void aKamerlidOfAFractieWithoutDeclarationReachesThePool() {
        String fractieZonderVerklaring = fractie(null);
        UUID vp = poolVp();
        String kamerlid = UUID.randomUUID().toString();
        String id = report(kamerlid, fractieZonderVerklaring, intake(vp, planted()));
        vp(vp).get("/meldingen/{id}", id).then().statusCode(200).body("tenantId", equalTo(fractieZonderVerklaring))
                .body("identity", nullValue());
    }

    @Test
    void aFractiesOwnVpIsChosenOnlyByItsOwnStaff() {
        String eigen = fractie("EIGEN");
        UUID own = ownVp(eigen);
        String subject = UUID.randomUUID().toString();
        String id = report(subject, eigen, intake(own, planted()));
        vp(own, eigen).get("/meldingen/{id}", id).then().statusCode(200).body("vertrouwenspersoon.kind", equalTo("EIGEN"));

        String other = fractie("POOL");
        melder(UUID.randomUUID().toString(), other).body(intake(own, planted())).post("/meldingen").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("vertrouwenspersoonId"));
    }

    @Test
    void unwantedBehaviourNeedsACategoryAndTheRelationOfThePersonOtherKindsNone() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        Map<String, Object> body = intake(vp, planted());
        body.remove("relation");
        melder(UUID.randomUUID().toString(), tenant).body(body).post("/meldingen").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("relation"));

        body = intake(vp, planted());
        body.put("kind", "INTEGRITEITSVRAAG");
        melder(UUID.randomUUID().toString(), tenant).body(body).post("/meldingen").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        body.remove("category");
        body.remove("relation");
        melder(UUID.randomUUID().toString(), tenant).body(body).post("/meldingen").then().statusCode(201);

        body.put("category", "WERKDRUK");
        melder(UUID.randomUUID().toString(), tenant).body(body).post("/meldingen").then().statusCode(400)
                .contentType(PROBLEM);
        body = intake(vp, planted());
        body.put("department", "communicatie en pers");
        melder(UUID.randomUUID().toString(), tenant).body(body).post("/meldingen").then().statusCode(400)
                .body("errors[0].field", equalTo("department"));
    }

    @Test
    void askingToBeEmailedNeedsAnAddress() {
        String tenant = fractie("POOL");
        Map<String, Object> body = intake(poolVp(), planted());
        body.put("emailWanted", true);
        melder(UUID.randomUUID().toString(), tenant).body(body).post("/meldingen").then().statusCode(400)
                .body("detail", containsString("identity.email"));
    }

    @Test
    void aVpWhoseAppointmentEndedIsNoLongerChosenNorReadsTheMelding() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String id = report(UUID.randomUUID().toString(), tenant, intake(vp, planted()));
        nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.platformAdmin().body(Map.of("reason", "AT_OWN_REQUEST"))
                .post("/vertrouwenspersonen/{p}/end", vp).then().statusCode(200);
        vp(vp).get("/meldingen/{id}", id).then().statusCode(404);
        vp(vp).get("/vertrouwenspersoon/meldingen").then().statusCode(200).body("meldingId", not(hasItem(id)));
        melder(UUID.randomUUID().toString(), tenant).body(intake(vp, planted())).post("/meldingen").then()
                .statusCode(400);
    }

    @Test
    void theWorklistsSayWhoseTurnItIsWithoutReadingTheMelding() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String subject = UUID.randomUUID().toString();
        String id = report(subject, tenant, intake(vp, planted()));
        String waiting = "find { it.meldingId == '" + id + "' }.lastMessageFrom";

        vp(vp).get("/vertrouwenspersoon/meldingen").then().statusCode(200).body(waiting, nullValue());
        vp(vp).body(Map.of("text", "Wanneer kunnen we spreken?")).post("/meldingen/{id}/berichten", id).then()
                .statusCode(201);
        melder(subject, tenant).get("/meldingen").then().statusCode(200).body(waiting, equalTo("VERTROUWENSPERSOON"));
        melder(subject, tenant).body(Map.of("text", "Dinsdag.")).post("/meldingen/{id}/berichten", id).then()
                .statusCode(201);
        vp(vp).get("/vertrouwenspersoon/meldingen").then().statusCode(200).body(waiting, equalTo("MELDER"));
        // listing is not reading: the trail holds no read by the VP
        melder(subject, tenant).get("/meldingen/{id}/audit", id).then().statusCode(200)
                .body("findAll { it.actor == 'VERTROUWENSPERSOON' && it.action == 'READ' }", hasSize(0));
    }
}
