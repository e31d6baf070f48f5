package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.EventContract;
import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * Filing (art 9, domain.md §10.6–10.7): a paper klaagschrift is filed on the day the secretary received it; a
 * klaagschrift that lacks an element of art 9.1 is filed and the commission sees what it lacks; it is complete at
 * filing when art 9.1 is met, else when completion is answered — which is when T3 starts (art 10.1).
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class IndieningTests {

    private static final String TOPIC = "klacht.events.v1";
    private static final String FILED = "nl.tweedekamer.klacht.klaagschrift-ingediend.v1";

    @Test
    void aPaperKlaagschriftIsFiledOnTheDayTheSecretaryReceivedIt() {
        Klachten k = new Klachten();
        LocalDate receivedOn = today().minusDays(10);
        // within the year before receipt, though not within the year before today (T1 counts from filing)
        Map<String, Object> content = k.klaagschrift(today().minusYears(1).minusDays(5), "MEDEWERKER_FRACTIE");
        String id = k.asSecretary().body(paper(k, content, receivedOn.minusDays(1), receivedOn))
                .post("/klachten/papier").then().statusCode(201)
                .body("filedOn", equalTo(receivedOn.toString()))
                .body("outsideOneYear", equalTo(false))
                .body("earliestBehaviourDateAllowed", equalTo(receivedOn.minusYears(1).toString()))
                .body("procedure.completeOn", equalTo(receivedOn.toString())).extract().path("id");

        JsonNode filed = EventContract.assertContract(awaitEvent(id, FILED));
        assertThat(filed.path("filedOn").asText()).isEqualTo(receivedOn.toString());
        assertThat(filed.path("completeOn").asText()).as("T3 runs from the day of receipt").isEqualTo(
                receivedOn.toString());
    }

    @Test
    void aPaperKlaagschriftCannotBeReceivedInTheFutureNorOnAnAbsurdDay() {
        Klachten k = new Klachten();
        k.asSecretary().body(paper(k, k.klaagschrift(), today(), today().plusDays(1))).post("/klachten/papier")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://meldpunt.tweedekamer.nl/problems/ontvangstdatum-in-de-toekomst"))
                .body("title", equalTo("Datum van ontvangst ligt in de toekomst"))
                .body("detail", containsString("kan niet na vandaag"))
                .body("errors[0].field", equalTo("receivedOn"));
        Map<String, Object> ancient = paper(k, k.klaagschrift(), today(), today());
        ancient.put("receivedOn", "1850-01-01");
        k.asSecretary().body(ancient).post("/klachten/papier").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("1900"));
        Map<String, Object> none = paper(k, k.klaagschrift(), today(), today());
        none.remove("receivedOn");
        k.asSecretary().body(none).post("/klachten/papier").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("receivedOn"));
    }

    @Test
    void anIncompletePaperKlaagschriftIsRegisteredAndListsWhatItLacks() {
        Klachten k = new Klachten();
        Map<String, Object> content = k.klaagschrift();
        content.remove("stepsTaken");
        content.remove("accused");
        String id = k.asSecretary().body(paper(k, content, today().minusDays(2), today().minusDays(1)))
                .post("/klachten/papier").then().statusCode(201).body("status", equalTo("INGEDIEND"))
                .body("klaagschrift.missingAtFiling", contains("accused", "stepsTaken"))
                .body("procedure.completeOn", nullValue()).extract().path("id");
        JsonNode filed = EventContract.assertContract(awaitEvent(id, FILED));
        assertThat(filed.path("completeOn").isNull()).isTrue();
        assertThat(filed.path("accusedEmployerTenantIds").size()).isZero();
    }

    @Test
    void anIncompleteKlaagschriftIsFiledAndTheCommissionAsksForCompletionBeforeDecidingAdmissibility() {
        Klachten k = new Klachten();
        Map<String, Object> content = k.klaagschrift();
        content.remove("stepsTaken");
        content.remove("place");
        String id = k.draft(content);
        k.asComplainant().body(Klachten.signature()).post("/klachten/{id}/indiening", id).then().statusCode(200)
                .body("status", equalTo("INGEDIEND"));
        // the commission reads what art 9.1 lacks, in the article's order
        k.asSecretary().get("/klachten/{id}", id).then().statusCode(200)
                .body("klaagschrift.missingAtFiling", contains("place", "stepsTaken"))
                .body("procedure.completeOn", nullValue());
        assertThat(EventContract.assertContract(awaitEvent(id, FILED)).path("completeOn").isNull()).isTrue();

        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200)
                .body("procedure.completeOn", nullValue());
        k.compose(id);
        k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", false, "reasons", "x",
                "accusedLinks", List.of(k.rosteredLink(k.accusedId(id))))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(409)
                .body("detail", containsString("art 9.1, 9.3, 10.1"))
                .body("detail", containsString("place, stepsTaken"));

        k.asChair().body(Map.of("text", "Graag de plaats en de stappen die u al zette."))
                .post("/klachten/{id}/aanvullingsverzoek", id).then().statusCode(200);
        k.asComplainant().body(Map.of("text", "In de fractiekamer; ik sprak mijn leidinggevende.")).post(
                "/klachten/{id}/aanvulling", id).then().statusCode(200)
                .body("procedure.completeOn", equalTo(today().toString()));
        k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", false, "reasons", "Compleet.",
                "accusedLinks", List.of(k.rosteredLink(k.accusedId(id))))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200)
                .body("status", equalTo("ONTVANKELIJK"));
    }

    @Test
    void aCompleteKlaagschriftIsCompleteOnItsFilingDateNotOnTheConfirmationOfReceipt() {
        Klachten k = new Klachten();
        String id = k.file();
        k.asSecretary().get("/klachten/{id}", id).then().statusCode(200)
                .body("procedure.completeOn", equalTo(today().toString()))
                .body("klaagschrift.missingAtFiling", nullValue());
        JsonNode filed = EventContract.assertContract(awaitEvent(id, FILED));
        assertThat(filed.path("completeOn").asText()).isEqualTo(today().toString());
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        EventContract.assertContract(awaitEvent(id, "nl.tweedekamer.klacht.ontvangst-bevestigd.v1"));
    }

    private static Map<String, Object> paper(Klachten k, Map<String, Object> content, LocalDate signedOn,
            LocalDate receivedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("tenantId", k.complainantTenant);
        body.put("complainantId", k.complainant.toString());
        body.put("klaagschrift", content);
        body.put("signature", Map.of("name", "Klara Klager", "signedOn", signedOn.toString()));
        body.put("receivedOn", receivedOn.toString());
        return body;
    }

    private static TopicReader.Event awaitEvent(String id, String type) {
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(TOPIC, id).stream()
                .anyMatch(e -> e.type().equals(type)));
        return TopicReader.withKey(TOPIC, id).stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }
}
