package nl.tweedekamer.meldpunt.melding.dossier;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.anonymous;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.awaitEvents;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.freshAddress;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intervention;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.mailbox;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.melder;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

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

/**
 * Art 5.3: the VP acts only at the melder's request and with their prior consent. Each step that involves a
 * third party — mediation, a referral passing on the melder's details, the hand-over to the commission — is
 * refused (409) until the melder recorded consent to it, and again once they withdrew it.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class ConsentTests {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private record Case(String tenant, UUID vp, String subject, String id) {
    }

    private static Case named() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String subject = UUID.randomUUID().toString();
        return new Case(tenant, vp, subject, report(subject, tenant, intake(vp, planted())));
    }

    @Test
    void mediationNeedsTheMeldersPriorConsentAndStopsWhenItIsWithdrawn() {
        Case c = named();
        vp(c.vp).body(intervention("BEMIDDELING", "2.00")).post("/meldingen/{id}/interventies", c.id).then()
                .statusCode(409).contentType(PROBLEM).body("detail", containsString("Art 5.3"));

        melder(c.subject, c.tenant).body(Map.of("scope", "BEMIDDELING")).post("/meldingen/{id}/toestemmingen", c.id)
                .then().statusCode(201).body("givenAt", notNullValue());
        vp(c.vp).body(intervention("BEMIDDELING", "2.00")).post("/meldingen/{id}/interventies", c.id).then()
                .statusCode(201);

        melder(c.subject, c.tenant).delete("/meldingen/{id}/toestemmingen/BEMIDDELING", c.id).then().statusCode(200)
                .body("withdrawnAt", notNullValue());
        vp(c.vp).body(intervention("BEMIDDELING", "1.00")).post("/meldingen/{id}/interventies", c.id).then()
                .statusCode(409);
    }

    @Test
    void aReferralThatPassesOnTheMeldersDetailsNeedsConsentOneWithoutDoesNot() {
        Case c = named();
        Map<String, Object> withDetails = intervention("DOORVERWIJZING", "0.50");
        withDetails.put("detailsShared", true);
        vp(c.vp).body(withDetails).post("/meldingen/{id}/interventies", c.id).then().statusCode(409)
                .body("detail", containsString("DOORVERWIJZING_MET_GEGEVENS"));
        vp(c.vp).body(intervention("DOORVERWIJZING", "0.50")).post("/meldingen/{id}/interventies", c.id).then()
                .statusCode(201).body("detailsShared", equalTo(false));

        melder(c.subject, c.tenant).body(Map.of("scope", "DOORVERWIJZING_MET_GEGEVENS"))
                .post("/meldingen/{id}/toestemmingen", c.id).then().statusCode(201);
        vp(c.vp).body(withDetails).post("/meldingen/{id}/interventies", c.id).then().statusCode(201)
                .body("detailsShared", equalTo(true));
    }

    @Test
    void theHandOverToTheCommissionNeedsConsentAndCarriesOnlyAHandOverIdAndTheMeldersSubject() {
        Case c = named();
        vp(c.vp).post("/meldingen/{id}/overdracht-naar-klacht", c.id).then().statusCode(409)
                .body("detail", containsString("Art 5.3"));
        melder(c.subject, c.tenant).body(Map.of("scope", "OVERDRACHT_KLACHT"))
                .post("/meldingen/{id}/toestemmingen", c.id).then().statusCode(201);
        String handoverId = vp(c.vp).post("/meldingen/{id}/overdracht-naar-klacht", c.id).then().statusCode(201)
                .extract().path("handoverId");
        vp(c.vp).post("/meldingen/{id}/overdracht-naar-klacht", c.id).then().statusCode(409);

        TopicReader.Event event = awaitEvents(handoverId, 1).get(0);
        assertThat(event.type()).isEqualTo("nl.tweedekamer.melding.overdracht-naar-klacht-gevraagd.v1");
        assertThat(event.tenantId()).isEqualTo(c.tenant);
        assertThat(event.json()).contains("\"handoverId\":\"" + handoverId + "\"", "\"reporterId\":\"" + c.subject + "\"")
                .doesNotContain(c.id);

        vp(c.vp).body(Map.of("outcome", "KLACHT_INGEDIEND", "confirmation", "Je melding is afgehandeld."))
                .post("/meldingen/{id}/sluiting", c.id).then().statusCode(200);
        List<TopicReader.Event> steps = awaitEvents(c.id, 2);
        assertThat(steps.get(steps.size() - 1).json()).contains("\"handoverId\":\"" + handoverId + "\"");
    }

    @Test
    void aMelderWithoutAPersonIdIsNotHandedOverWithARawSubject() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String subject = "melder-" + UUID.randomUUID().toString().substring(0, 8); // a sign-in subject, no UUID
        String id = report(subject, tenant, intake(vp, planted()));
        melder(subject, tenant).body(Map.of("scope", "OVERDRACHT_KLACHT")).post("/meldingen/{id}/toestemmingen", id)
                .then().statusCode(201);
        vp(vp).post("/meldingen/{id}/overdracht-naar-klacht", id).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("person id")).body("detail", not(containsString(subject)));
        // nothing was marked as handed over: asked again, the same reason, not "already handed over"
        vp(vp).post("/meldingen/{id}/overdracht-naar-klacht", id).then().statusCode(409)
                .body("detail", containsString("person id"));
    }

    @Test
    void anAnonymousMeldingIsNeverHandedOverToAComplaint() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        Map<String, Object> body = intake(vp, planted());
        body.put("tenantId", tenant);
        var receipt = anonymous(freshAddress()).body(body).post("/mailbox/meldingen").then().statusCode(201).extract();
        String code = receipt.path("receiptCode");
        mailbox(code, freshAddress()).body(Map.of("scope", "OVERDRACHT_KLACHT")).post("/mailbox/toestemmingen").then()
                .statusCode(201);
        vp(vp).post("/meldingen/{id}/overdracht-naar-klacht", (String) receipt.path("meldingId")).then()
                .statusCode(409).body("detail", containsString("art 9.5.g"));
        // consent from the mailbox does gate the other steps
        vp(vp).body(intervention("BEMIDDELING", "1.00")).post("/meldingen/{id}/interventies",
                (String) receipt.path("meldingId")).then().statusCode(409);
        mailbox(code, freshAddress()).body(Map.of("scope", "BEMIDDELING")).post("/mailbox/toestemmingen").then()
                .statusCode(201);
        vp(vp).body(intervention("BEMIDDELING", "1.00")).post("/meldingen/{id}/interventies",
                (String) receipt.path("meldingId")).then().statusCode(201);
    }

    @Test
    void onlyTheMelderConsentsAndOnlyTheVpIntervenesHandsOverOrCloses() {
        Case c = named();
        vp(c.vp).body(Map.of("scope", "BEMIDDELING")).post("/meldingen/{id}/toestemmingen", c.id).then()
                .statusCode(403);
        melder(c.subject, c.tenant).body(intervention("GEHOORD", "1.00")).post("/meldingen/{id}/interventies", c.id)
                .then().statusCode(403);
        melder(c.subject, c.tenant).post("/meldingen/{id}/overdracht-naar-klacht", c.id).then().statusCode(403);
        melder(c.subject, c.tenant).body(Map.of("outcome", "OPGELOST", "confirmation", "zelf gesloten"))
                .post("/meldingen/{id}/sluiting", c.id).then().statusCode(403);
    }

    @Test
    void interventionsAndHoursAreRecordedForTheVpAloneAndClosureConfirmsInWriting() {
        Case c = named();
        vp(c.vp).body(intervention("GEHOORD", "1.25")).post("/meldingen/{id}/interventies", c.id).then()
                .statusCode(201);
        Map<String, Object> geen = intervention("GEEN_INTERVENTIE_OP_VERZOEK_MELDER", "0.50");
        geen.put("note", "Melder wil eerst zelf het gesprek aangaan.");
        vp(c.vp).body(geen).post("/meldingen/{id}/interventies", c.id).then().statusCode(201);
        vp(c.vp).body(intervention("STEUNENDE_GESPREKKEN", "-1")).post("/meldingen/{id}/interventies", c.id).then()
                .statusCode(400).contentType(PROBLEM);
        vp(c.vp).get("/meldingen/{id}", c.id).then().statusCode(200)
                .body("interventions", hasSize(2))
                .body("totalHours", equalTo(1.75f))
                .body("interventions.find { it.kind == 'GEEN_INTERVENTIE_OP_VERZOEK_MELDER' }.note",
                        equalTo("Melder wil eerst zelf het gesprek aangaan."));

        vp(c.vp).body(Map.of("outcome", "DOOR_MELDER_OPGELOST",
                "confirmation", "Hierbij bevestig ik dat je melding is afgehandeld en het dossier wordt gesloten."))
                .post("/meldingen/{id}/sluiting", c.id).then().statusCode(200)
                .body("status", equalTo("GESLOTEN"))
                .body("outcome", equalTo("DOOR_MELDER_OPGELOST"));
        melder(c.subject, c.tenant).get("/meldingen/{id}", c.id).then().statusCode(200)
                .body("status", equalTo("GESLOTEN"))
                .body("messages[-1].closureConfirmation", equalTo(true))
                .body("messages[-1].text", containsString("afgehandeld"))
                .body("interventions", org.hamcrest.Matchers.nullValue());

        vp(c.vp).body(intervention("GEHOORD", "1.00")).post("/meldingen/{id}/interventies", c.id).then()
                .statusCode(409).body("detail", containsString("art 5.1.i"));
        melder(c.subject, c.tenant).body(Map.of("text", "nog iets")).post("/meldingen/{id}/berichten", c.id).then()
                .statusCode(409);
        vp(c.vp).body(Map.of("outcome", "OPGELOST", "confirmation", "nogmaals")).post("/meldingen/{id}/sluiting", c.id)
                .then().statusCode(409);

        TopicReader.Event closed = awaitEvents(c.id, 2).get(1);
        assertThat(closed.type()).isEqualTo("nl.tweedekamer.melding.dossier-gesloten.v1");
        assertThat(closed.json()).contains("\"closedOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")) + "\"", "\"handoverId\":null")
                .doesNotContain("afgehandeld", "DOOR_MELDER_OPGELOST");
    }
}
