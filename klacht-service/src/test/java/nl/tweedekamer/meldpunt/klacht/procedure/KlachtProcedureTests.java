package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.signature;
import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** The procedure of art 9-13 through the API, and the steps it forbids. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class KlachtProcedureTests {

    @Test
    void aComplaintAcrossTwoOrganisationsRunsFromFilingToTheDecisionOfTheAccusedsEmployer() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(200).body("status", equalTo("CONCEPT"));
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(200)
                .body("status", equalTo("INGEDIEND"))
                .body("reference", matchesPattern("K-\\d{4}-\\d{4}"))
                .body("tenantId", equalTo(k.complainantTenant));

        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200)
                .body("status", equalTo("ONTVANGEN"))
                .body("procedure.completeOn", equalTo(today().toString()))
                .body("documents[0].kind", equalTo("ONTVANGSTBEVESTIGING"));
        k.compose(id);
        k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", true, "reasons", "Ontvankelijk.",
                "accusedLinks", List.of(k.rosteredLink(k.accusedId(id))))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200)
                .body("status", equalTo("ONTVANKELIJK"));
        k.asSecretary().body(Map.of("hearingOn", today().plusDays(7).toString(), "partiesTogether", true))
                .post("/klachten/{id}/hoorzittingen", id).then().statusCode(201)
                .body("status", equalTo("HOORZITTING_GEPLAND"));
        k.asSecretary().body(Map.of("kind", "HOORVERSLAG", "text", "Verslag.")).post("/klachten/{id}/verslagen", id)
                .then().statusCode(200).body("status", equalTo("GEHOORD"));
        // art 12.1: the parties receive the hearing report together with the fact overview
        k.asComplainant().get("/klachten/{id}", id).then().body("documents.kind", not(hasItem("HOORVERSLAG")));
        k.asSecretary().body(Map.of("text", "Feiten.", "correctionsDueOn", today().plusDays(10).toString()))
                .post("/klachten/{id}/feitenoverzicht", id).then().statusCode(200);
        k.asAccused().get("/klachten/{id}", id).then().body("documents.kind", hasItems("HOORVERSLAG", "FEITENOVERZICHT"));
        k.asAccused().body(Map.of("kind", "CORRECTIE", "text", "Het overleg was op dinsdag."))
                .post("/klachten/{id}/reacties", id).then().statusCode(200);
        // art 12.1: every party answered or waived, so the advice need not wait for the end of the term
        k.asComplainant().body(Map.of("kind", "AFSTAND_CORRECTIE")).post("/klachten/{id}/reacties", id).then()
                .statusCode(200);
        k.asSecretary().body(k.advice("VOOR", "VOOR", "VOOR")).post("/klachten/{id}/advies", id).then()
                .statusCode(200).body("status", equalTo("ADVIES_VASTGESTELD"))
                .body("advice.voteOutcome", equalTo("UNANIEM"));
        // not yet signed by both: the employer sees nothing
        k.asEmployerB().get("/klachten/{id}", id).then().statusCode(404);
        k.asChair().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200)
                .body("status", equalTo("ADVIES_VASTGESTELD"));
        k.asSecretary().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200)
                .body("status", equalTo("ADVIES_UITGEBRACHT"));

        // the accused's employer is involved now; the complainant's employer never is
        k.asEmployerB().get("/klachten/{id}", id).then().statusCode(200).body("as", equalTo("WERKGEVER"))
                .body("advice.text", containsString("corrigerend gesprek"))
                .body("employers", hasSize(1))
                .body("employers[0].decisionDueOn", equalTo(today().plusDays(28).toString()));
        k.asEmployerA().get("/klachten/{id}", id).then().statusCode(404);
        k.asEmployerA().body(Map.of("text", "Besluit.")).post("/klachten/{id}/besluit", id).then().statusCode(404);

        k.asEmployerB().body(Map.of("text", "De werkgever neemt het advies over.")).post("/klachten/{id}/besluit", id)
                .then().statusCode(200).body("status", equalTo("BEEINDIGD"))
                .body("employers[0].decidedOn", equalTo(today().toString()));
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(200)
                .body("ending", equalTo("BESLUIT"))
                .body("endDate", equalTo(today().plusWeeks(6).toString()))
                .body("advice.text", containsString("corrigerend gesprek"));

        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey("klacht.events.v1", id).stream()
                .anyMatch(e -> e.type().endsWith("klacht-beeindigd.v1")));
        List<TopicReader.Event> events = TopicReader.withKey("klacht.events.v1", id);
        assertThat(events).extracting(TopicReader.Event::type).containsExactly(
                "nl.tweedekamer.klacht.klaagschrift-ingediend.v1",
                "nl.tweedekamer.klacht.ontvangst-bevestigd.v1",
                "nl.tweedekamer.klacht.samenstelling-vastgesteld.v1",
                "nl.tweedekamer.klacht.ontvankelijkheid-vastgesteld.v1",
                "nl.tweedekamer.klacht.beslisser-benoemd.v1",
                "nl.tweedekamer.klacht.hoorzitting-gepland.v1",
                "nl.tweedekamer.klacht.stuk-toegevoegd.v1",
                "nl.tweedekamer.klacht.feitenoverzicht-verstuurd.v1",
                "nl.tweedekamer.klacht.stuk-toegevoegd.v1",
                "nl.tweedekamer.klacht.stuk-toegevoegd.v1",
                "nl.tweedekamer.klacht.stemming-vastgelegd.v1",
                "nl.tweedekamer.klacht.advies-ondertekend.v1",
                "nl.tweedekamer.klacht.advies-ondertekend.v1",
                "nl.tweedekamer.klacht.advies-uitgebracht.v1",
                "nl.tweedekamer.klacht.besluit-genomen.v1",
                "nl.tweedekamer.klacht.klacht-beeindigd.v1");
        assertThat(events).allMatch(e -> k.complainantTenant.equals(e.tenantId()));
        assertThat(events.get(0).json()).contains("\"complainantId\":\"" + k.complainant + "\"",
                "\"accusedEmployerTenantIds\":[\"" + k.accusedTenant + "\"]", "\"handoverId\":null",
                "\"filedOn\":\"" + today() + "\"");
        assertThat(events.get(3).json()).contains("\"admissible\":true", "\"personId\":\"" + k.accused + "\"");
        assertThat(events.get(4).json()).contains("\"employerTenantId\":\"" + k.accusedTenant + "\"",
                "\"deciderId\":\"" + k.employerB + "\"");
        assertThat(events.get(7).json()).contains("\"correctionsDueOn\":\"" + today().plusDays(10) + "\"");
        assertThat(events.get(13).json()).contains("\"employerTenantId\":\"" + k.accusedTenant + "\"",
                "\"recipientId\":\"" + k.employerB + "\"", "\"receivedOn\":\"" + today() + "\"");
        assertThat(events.get(15).json()).contains("\"ending\":\"BESLUIT\"",
                "\"endDate\":\"" + today().plusWeeks(6) + "\"");
    }

    @Test
    void stepsOutOfOrderAreRefusedWith409NamingTheRuleAndArticle() {
        Klachten k = new Klachten();
        String draft = k.draft(k.klaagschrift());
        // a draft is not yet with the commission
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", draft).then().statusCode(404);

        String id = k.file();
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Step not allowed: INDIENEN"))
                .body("detail", containsString("art 9.1"));
        k.asComplainant().body(k.klaagschrift()).put("/klachten/{id}/klaagschrift", id).then().statusCode(409);
        k.asChair().body(k.takingPart(Map.of("admissible", false, "grounds", List.of("F_KENNELIJK_ONVOLDOENDE"),
                "mediationExplored", false, "reasons", "x"))).post("/klachten/{id}/ontvankelijkheid", id)
                .then().statusCode(409).body("detail", containsString("art 9.5, 10.4"));
        k.asSecretary().body(Map.of("hearingOn", today().plusDays(7).toString(), "partiesTogether", true))
                .post("/klachten/{id}/hoorzittingen", id).then().statusCode(409)
                .body("detail", containsString("art 11.1"));
        k.asComplainant().body(Map.of("text", "aanvulling")).post("/klachten/{id}/aanvulling", id).then()
                .statusCode(409).body("detail", containsString("art 9.3"));

        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(409)
                .body("detail", containsString("art 9.4"));
        k.asSecretary().body(Map.of("text", "Feiten.", "correctionsDueOn", today().plusDays(10).toString()))
                .post("/klachten/{id}/feitenoverzicht", id).then().statusCode(409)
                .body("detail", containsString("art 12.1"));
        k.asSecretary().body(k.advice("VOOR", "VOOR", "VOOR")).post("/klachten/{id}/advies", id).then()
                .statusCode(409).body("detail", containsString("art 12.1, 12.7"));
        k.asSecretary().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(409)
                .body("detail", containsString("art 12.5"));
        // admissibility is decided by the commission as composed for the case: who sits is settled first
        k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", false, "reasons", "Ontvankelijk.",
                "accusedLinks", List.of(k.rosteredLink(k.accusedId(id))))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(409)
                .body("title", equalTo("Step not allowed: ONTVANKELIJK_VERKLAREN"))
                .body("detail", containsString("art 10.1, 11.4"));

        k.asComplainant().post("/klachten/{id}/intrekking", id).then().statusCode(200)
                .body("status", equalTo("BEEINDIGD")).body("ending", equalTo("INGETROKKEN"))
                .body("endDate", equalTo(today().toString()));
        k.asComplainant().post("/klachten/{id}/intrekking", id).then().statusCode(409)
                .body("title", equalTo("Step not allowed: INTREKKEN"));
        k.asSecretary().body(Map.of("text", "meer stukken")).post("/klachten/{id}/aanvullingsverzoek", id).then()
                .statusCode(409);
    }

    @Test
    void aCompletionRequestGivesTwoWeeksAndTheAnswerMakesTheComplaintCompleteAgain() {
        Klachten k = new Klachten();
        String id = k.file();
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.asChair().body(Map.of("text", "Graag de stukken over het gesprek met de leidinggevende."))
                .post("/klachten/{id}/aanvullingsverzoek", id).then().statusCode(200)
                .body("status", equalTo("AANVULLING_GEVRAAGD"))
                .body("procedure.completionDueOn", equalTo(today().plusWeeks(2).toString()));
        // not complete: admissibility waits
        k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", false, "reasons", "x",
                "accusedLinks", List.of()))).post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(409);
        k.asComplainant().body(Map.of("text", "Hierbij het verslag van het gesprek.")).post("/klachten/{id}/aanvulling", id)
                .then().statusCode(200).body("status", equalTo("ONTVANGEN"))
                .body("procedure.completeOn", equalTo(today().toString()));

        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey("klacht.events.v1", id).stream()
                .anyMatch(e -> e.type().endsWith("aanvulling-ontvangen.v1")));
        List<TopicReader.Event> events = TopicReader.withKey("klacht.events.v1", id);
        TopicReader.Event requested = events.stream().filter(e -> e.type().endsWith("aanvulling-gevraagd.v1"))
                .findFirst().orElseThrow();
        TopicReader.Event received = events.stream().filter(e -> e.type().endsWith("aanvulling-ontvangen.v1"))
                .findFirst().orElseThrow();
        String requestId = requested.json().replaceAll(".*\"requestId\":\"([^\"]+)\".*", "$1");
        assertThat(received.json()).contains("\"requestId\":\"" + requestId + "\"",
                "\"completeOn\":\"" + today() + "\"");
    }

    @Test
    void aComplaintEndsByMediationOnTheDayItEnded() {
        Klachten k = new Klachten();
        String id = k.admissible();
        k.asSecretary().body(Map.of("action", "START")).post("/klachten/{id}/bemiddeling", id).then().statusCode(200)
                .body("procedure.mediationRunningSince", equalTo(today().toString()));
        k.asSecretary().body(Map.of("action", "START")).post("/klachten/{id}/bemiddeling", id).then().statusCode(409);
        // art 10.1, 11.1: the complainant reads that it runs, to consent to ending by it; the accused does not
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(200)
                .body("procedure.mediationRunningSince", equalTo(today().toString()));
        k.asAccused().get("/klachten/{id}", id).then().statusCode(200)
                .body("procedure.mediationRunningSince", org.hamcrest.Matchers.nullValue());
        k.asComplainant().post("/klachten/{id}/bemiddeling/instemming", id).then().statusCode(200)
                .body("procedure.mediationConsentOn", equalTo(today().toString()));
        k.asSecretary().body(Map.of("action", "GESLAAGD", "note", "Partijen zijn tot overeenstemming gekomen."))
                .post("/klachten/{id}/bemiddeling", id).then().statusCode(200)
                .body("ending", equalTo("BEMIDDELING")).body("endDate", equalTo(today().toString()));
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey("klacht.events.v1", id).stream()
                .anyMatch(e -> e.type().endsWith("klacht-beeindigd.v1")));
        assertThat(TopicReader.withKey("klacht.events.v1", id)).extracting(TopicReader.Event::json)
                .anyMatch(j -> j.contains("\"action\":\"OPSCHORTING\"") && j.contains("\"term\":\"T4\""))
                .anyMatch(j -> j.contains("\"ending\":\"BEMIDDELING\""));
    }

    @Test
    void theSecretaryRegistersAKlaagschriftReceivedOnPaper() {
        Klachten k = new Klachten();
        Map<String, Object> paper = Map.of("tenantId", k.complainantTenant, "complainantId", k.complainant.toString(),
                "klaagschrift", k.klaagschrift(), "signature", signature(), "receivedOn", today().toString());
        String id = k.asSecretary().body(paper).post("/klachten/papier").then().statusCode(201)
                .body("status", equalTo("INGEDIEND"))
                .body("klaagschrift.registeredOnPaper", equalTo(true)).extract().path("id");
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(200).body("as", equalTo("KLAGER"));
    }

    @Test
    void withAccusedAtTwoEmployersEachDecidesOnItsOwnAndTheCaseEndsWithTheLastDecision() {
        Klachten k = new Klachten();
        String third = nl.tweedekamer.meldpunt.klacht.support.Onboarding.newTenantId();
        nl.tweedekamer.meldpunt.klacht.support.Onboarding.registerDeclaredFractie(third);
        java.util.UUID secondAccused = java.util.UUID.randomUUID();
        java.util.UUID employerC = java.util.UUID.randomUUID();
        Klachten.nameStandingDecider(third, employerC, java.util.UUID.randomUUID());
        Map<String, Object> content = k.klaagschrift();
        content.put("accused", List.of(
                Map.of("name", "Bert Beschuldigd", "relation", "MEDEWERKER_FRACTIE", "employerTenantId", k.accusedTenant),
                Map.of("name", "Cees Collega", "relation", "MEDEWERKER_FRACTIE", "employerTenantId", third)));
        String id = k.draft(content);
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        List<String> accusedIds = k.asSecretary().get("/klachten/{id}", id).then().extract()
                .path("klaagschrift.accused.id");
        k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", false, "reasons", "Ontvankelijk.",
                "accusedLinks", List.of(k.rosteredLink(accusedIds.get(0)),
                        linkOnRoster(third, accusedIds.get(1), secondAccused)))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200);
        k.asSecretary().body(Map.of("hearingOn", today().plusDays(7).toString(), "partiesTogether", false))
                .post("/klachten/{id}/hoorzittingen", id).then().statusCode(201);
        k.asSecretary().body(Map.of("kind", "HOORVERSLAG", "text", "Verslag.")).post("/klachten/{id}/verslagen", id)
                .then().statusCode(200);
        k.asSecretary().body(Map.of("text", "Feiten.", "correctionsDueOn", today().plusDays(10).toString()))
                .post("/klachten/{id}/feitenoverzicht", id).then().statusCode(200);
        k.partiesWaiveCorrections(id);
        Klachten.as(secondAccused, third, "employee").body(Map.of("kind", "AFSTAND_CORRECTIE"))
                .post("/klachten/{id}/reacties", id).then().statusCode(200);
        k.asSecretary().body(k.advice("VOOR", "VOOR", "VOOR")).post("/klachten/{id}/advies", id).then().statusCode(200);
        k.asChair().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200)
                .body("employers.employerTenantId", hasItems(k.accusedTenant, third));

        // each employer reads its own accused only
        k.asEmployerB().get("/klachten/{id}", id).then().statusCode(200)
                .body("klaagschrift.accused.name", equalTo(List.of("Bert Beschuldigd")))
                .body("employers", hasSize(1));
        Klachten.as(employerC, third, "employer").get("/klachten/{id}", id).then().statusCode(200)
                .body("klaagschrift.accused.name", equalTo(List.of("Cees Collega")));
        k.asEmployerA().get("/klachten/{id}", id).then().statusCode(404);

        k.asEmployerB().body(Map.of("text", "Besluit B.")).post("/klachten/{id}/besluit", id).then().statusCode(200)
                .body("status", equalTo("ADVIES_UITGEBRACHT"));
        k.asEmployerB().body(Map.of("text", "Nog een besluit.")).post("/klachten/{id}/besluit", id).then()
                .statusCode(409).body("detail", containsString("decided on"));
        Klachten.as(employerC, third, "employer").body(Map.of("text", "Besluit C.")).post("/klachten/{id}/besluit", id)
                .then().statusCode(200).body("status", equalTo("BEEINDIGD")).body("ending", equalTo("BESLUIT"));
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey("klacht.events.v1", id).stream()
                .anyMatch(e -> e.type().endsWith("klacht-beeindigd.v1")));
        assertThat(TopicReader.withKey("klacht.events.v1", id)).filteredOn(e -> e.type().endsWith("besluit-genomen.v1"))
                .extracting(TopicReader.Event::json)
                .anyMatch(j -> j.contains("\"employerTenantId\":\"" + k.accusedTenant + "\""))
                .anyMatch(j -> j.contains("\"employerTenantId\":\"" + third + "\""));
    }

    @Test
    void aCompletionTermThatLapsedUnansweredFlagsTheCaseForTheCommissionAndDecidesNothing() {
        Klachten k = new Klachten();
        String id = k.file();
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        String reference = k.asSecretary().body(Map.of("text", "Graag de stukken."))
                .post("/klachten/{id}/aanvullingsverzoek", id).then().statusCode(200)
                .body("procedure.completionLapsed", equalTo(false)).extract().path("reference");
        String yesterday = today().minusDays(1).toString();
        nl.tweedekamer.meldpunt.testing.TopicWriter.send("termijn.events.v1", id, "/meldpunt/termijn-service",
                "nl.tweedekamer.termijn.vervaldatum-berekend.v1", k.complainantTenant, reference,
                "{\"termId\":\"" + java.util.UUID.randomUUID() + "\",\"term\":\"T2\",\"tenantId\":\""
                        + k.complainantTenant + "\",\"caseId\":\"" + id + "\",\"caseReference\":\"" + reference
                        + "\",\"appointmentId\":null,\"employerTenantId\":null,\"dueOn\":\"" + yesterday
                        + "\",\"previousDueOn\":null,\"reason\":\"GEOPEND\",\"extensionDaysTotal\":0,"
                        + "\"decreeKnown\":true,\"explanation\":\"2 weken\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> k.asSecretary().get("/klachten/{id}", id).then()
                .body("procedure.completionLapsed", equalTo(true))
                .body("status", equalTo("AANVULLING_GEVRAAGD")));
        // the complainant sees no flag; the commission decides
        k.asComplainant().get("/klachten/{id}", id).then().body("procedure.completionLapsed", org.hamcrest.Matchers.nullValue());
        k.compose(id);
        k.asChair().body(k.takingPart(Map.of("admissible", false, "grounds", List.of("A_NIET_ONTVANKELIJK"),
                "mediationExplored", false, "reasons", "Ontbrekende stukken niet aangevuld.")))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200)
                .body("status", equalTo("NIET_ONTVANKELIJK"));
    }

    @Test
    void badInputIsAClearProblemAndNeverReachesTheDossier() {
        Klachten k = new Klachten();
        Map<String, Object> content = k.klaagschrift();
        content.put("category", "WERKDRUK");
        k.asComplainant().body(content).post("/klachten").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("PESTEN"));
        content = k.klaagschrift();
        content.put("latestBehaviourOn", "31-12-2025");
        k.asComplainant().body(content).post("/klachten").then().statusCode(400);
        content = k.klaagschrift();
        content.put("secret", "x");
        k.asComplainant().body(content).post("/klachten").then().statusCode(400);
        String id = k.draft(k.klaagschrift());
        k.asComplainant().body(Map.of("name", "Klara")).post("/klachten/{id}/indiening", id).then().statusCode(400)
                .body("detail", containsString("signedOn"));
        k.asComplainant().body(Map.of("name", "Klara", "signedOn", today().plusDays(1).toString()))
                .post("/klachten/{id}/indiening", id).then().statusCode(400);
        k.asComplainant().get("/klachten/{id}", "not-a-uuid").then().statusCode(404);
        // a token whose subject is no person id cannot be a complainant
        nl.tweedekamer.meldpunt.klacht.support.Onboarding.as("employee", k.complainantTenant).body(k.klaagschrift())
                .post("/klachten").then().statusCode(400).contentType("application/problem+json");
    }

    /** Domain.md §10.3: the person linked is on the roster of the accused's employer. */
    private static Map<String, Object> linkOnRoster(String tenant, String accusedId, java.util.UUID person) {
        Klachten.onRoster(tenant, person, "Cees Collega");
        return Map.of("accusedId", accusedId, "personId", person.toString());
    }
}
