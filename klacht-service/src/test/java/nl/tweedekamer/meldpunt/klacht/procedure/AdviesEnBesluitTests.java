package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;
import nl.tweedekamer.meldpunt.testing.TopicWriter;

/** The advice (art 12.3-12.7) and the employer's decision and its extension (art 13). */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class AdviesEnBesluitTests {

    @Test
    void onATieTheChairsVoteDecides() {
        Klachten k = new Klachten();
        String id = k.factOverviewSent();
        // chair against, one for, one abstains: 1-1, the chair's vote decides against: not adopted
        k.asSecretary().body(k.advice("TEGEN", "VOOR", "ONTHOUDING")).post("/klachten/{id}/advies", id).then()
                .statusCode(422).body("title", equalTo("Advice not adopted"))
                .body("detail", containsString("art 12.7"));
        k.asSecretary().get("/klachten/{id}", id).then().body("status", equalTo("FEITENOVERZICHT"));
        // chair for, one against, one abstains: adopted, with the minority position stated
        k.asSecretary().body(k.advice("VOOR", "TEGEN", "ONTHOUDING")).post("/klachten/{id}/advies", id).then()
                .statusCode(200).body("advice.voteOutcome", equalTo("STAKING_VOORZITTER_BESLIST"))
                .body("advice.minorityPosition", equalTo("Een lid acht de klacht ongegrond."));
    }

    @Test
    void aMajorityAdviceStatesTheMinorityPosition() {
        Klachten k = new Klachten();
        String id = k.factOverviewSent();
        Map<String, Object> advice = k.advice("VOOR", "VOOR", "TEGEN");
        advice.remove("minorityPosition");
        k.asSecretary().body(advice).post("/klachten/{id}/advies", id).then().statusCode(400)
                .body("detail", containsString("minorityPosition"));
        k.asSecretary().body(k.advice("VOOR", "VOOR", "TEGEN")).post("/klachten/{id}/advies", id).then()
                .statusCode(200).body("advice.voteOutcome", equalTo("MEERDERHEID"));
    }

    @Test
    void onlyTheMembersSittingOnTheCaseVoteNotTheReplacedMember() {
        Klachten k = new Klachten();
        String id = k.factOverviewSent();
        Map<String, Object> advice = k.advice("VOOR", "VOOR", "VOOR");
        advice.put("votes", List.of(Map.of("personId", k.chair.toString(), "vote", "VOOR"),
                Map.of("personId", k.memberAmbtelijk.toString(), "vote", "VOOR"),
                Map.of("personId", k.memberPolitiek.toString(), "vote", "VOOR")));
        k.asSecretary().body(advice).post("/klachten/{id}/advies", id).then().statusCode(400)
                .body("detail", containsString("art 12.7, 7.8"));
    }

    @Test
    void omittingTheHearingReportNeedsWeightyReasonsAndTheEmployerThenDoesNotGetIt() {
        Klachten k = new Klachten();
        String id = k.factOverviewSent();
        Map<String, Object> advice = k.advice("VOOR", "VOOR", "VOOR");
        advice.put("omitHearingReport", true);
        k.asSecretary().body(advice).post("/klachten/{id}/advies", id).then().statusCode(400)
                .body("detail", containsString("art 12.5"));
        advice.put("weightyReasons", "Bescherming van een getuige.");
        k.asSecretary().body(advice).post("/klachten/{id}/advies", id).then().statusCode(200);
        k.asChair().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        String body = k.asEmployerB().get("/klachten/{id}", id).then().statusCode(200)
                .body("advice.hearingReportAttached", equalTo(false))
                .body("advice.weightyReasons", equalTo("Bescherming van een getuige.")).extract().asString();
        assertThat(body).doesNotContain("Verslag van de hoorzitting.");
    }

    @Test
    void aNewReasonableAdviceTermIsATermStepForTermijnService() {
        Klachten k = new Klachten();
        String id = k.admissible();
        String due = today().plusWeeks(10).toString();
        k.asSecretary().body(Map.of("newDueOn", due, "reasons", "Een getuige is pas later beschikbaar."))
                .post("/klachten/{id}/nieuwe-adviestermijn", id).then().statusCode(200)
                .body("procedure.newAdviceDueOn", equalTo(due));
        k.asComplainant().get("/klachten/{id}", id).then().body("documents.kind",
                org.hamcrest.Matchers.hasItem("NIEUWE_ADVIESTERMIJN"));
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey("klacht.events.v1", id).stream()
                .anyMatch(e -> e.type().endsWith("termijn-stap.v1")));
        assertThat(TopicReader.withKey("klacht.events.v1", id)).filteredOn(e -> e.type().endsWith("termijn-stap.v1"))
                .singleElement().extracting(TopicReader.Event::json).asString()
                .contains("\"term\":\"T4\"", "\"action\":\"NIEUWE_TERMIJN\"", "\"newDueOn\":\"" + due + "\"",
                        "\"extensionDays\":null")
                .doesNotContain("getuige");
    }

    @Test
    void theDecisionTermIsExtendedUpToAndNeverBeyondFourWeeksInTotal() {
        Klachten k = new Klachten();
        String id = k.adviceIssued();
        k.asEmployerB().body(Map.of("days", 14, "reasons", "Nader advies van de jurist nodig."))
                .post("/klachten/{id}/verdaging", id).then().statusCode(200)
                .body("employers[0].extensionDays", equalTo(14))
                .body("employers[0].decisionDueOn", equalTo(today().plusDays(42).toString()));
        k.asEmployerB().body(Map.of("days", 15, "reasons", "Nog meer tijd."))
                .post("/klachten/{id}/verdaging", id).then().statusCode(409)
                .body("detail", containsString("art 13.3"))
                .body("detail", containsString("in total"));
        k.asEmployerB().body(Map.of("days", 14, "reasons", "Gesprek met betrokkene gepland."))
                .post("/klachten/{id}/verdaging", id).then().statusCode(200)
                .body("employers[0].extensionDays", equalTo(28));
        k.asEmployerB().body(Map.of("days", 1, "reasons", "Nog een dag."))
                .post("/klachten/{id}/verdaging", id).then().statusCode(409);
        k.asEmployerB().body(Map.of("days", 29, "reasons", "x")).post("/klachten/{id}/verdaging", id).then()
                .statusCode(400);
        // only the employer involved extends
        k.asEmployerA().body(Map.of("days", 1, "reasons", "x")).post("/klachten/{id}/verdaging", id).then()
                .statusCode(404);

        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey("klacht.events.v1", id).stream()
                .filter(e -> e.type().endsWith("besluit-verdaagd.v1")).count() == 2);
        List<TopicReader.Event> events = TopicReader.withKey("klacht.events.v1", id);
        assertThat(events).filteredOn(e -> e.type().endsWith("termijn-stap.v1")).extracting(TopicReader.Event::json)
                .allMatch(j -> j.contains("\"term\":\"T5\"") && j.contains("\"action\":\"VERLENGING\"")
                        && j.contains("\"employerTenantId\":\"" + k.accusedTenant + "\""))
                .hasSize(2);
        assertThat(events).extracting(TopicReader.Event::json).noneMatch(j -> j.contains("jurist"));
    }

    @Test
    void anExtensionAskedAfterTheKnownDueDateIsRefused() {
        Klachten k = new Klachten();
        String id = k.adviceIssued();
        String reference = k.asSecretary().get("/klachten/{id}", id).then().extract().path("reference");
        String yesterday = today().minusDays(1).toString();
        TopicWriter.send("termijn.events.v1", id, "/meldpunt/termijn-service",
                "nl.tweedekamer.termijn.vervaldatum-berekend.v1", k.complainantTenant, reference,
                "{\"termId\":\"" + UUID.randomUUID() + "\",\"term\":\"T5\",\"tenantId\":\"" + k.complainantTenant
                        + "\",\"caseId\":\"" + id + "\",\"caseReference\":\"" + reference + "\",\"appointmentId\":null,"
                        + "\"employerTenantId\":\"" + k.accusedTenant + "\","
                        + "\"dueOn\":\"" + yesterday + "\",\"previousDueOn\":null,\"reason\":\"GEOPEND\","
                        + "\"extensionDaysTotal\":0,\"decreeKnown\":true,\"explanation\":\"4 weken\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> k.asSecretary().get("/klachten/{id}", id).then()
                .body("terms.find { it.term == 'T5' }.dueOn", equalTo(yesterday))
                .body("terms.find { it.term == 'T5' }.employerTenantId", equalTo(k.accusedTenant)));
        k.asEmployerB().body(Map.of("days", 7, "reasons", "Te laat gevraagd."))
                .post("/klachten/{id}/verdaging", id).then().statusCode(409)
                .body("detail", containsString("before it lapses"))
                .body("detail", containsString(yesterday));
        // the decision itself is still taken, late
        k.asEmployerB().body(Map.of("text", "Besluit.")).post("/klachten/{id}/besluit", id).then().statusCode(200);
    }
}
