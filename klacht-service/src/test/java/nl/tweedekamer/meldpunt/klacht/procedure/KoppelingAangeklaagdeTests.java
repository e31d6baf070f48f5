package nl.tweedekamer.meldpunt.klacht.procedure;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.Onboarding;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** Linking the accused (domain.md §10.3): a person of the accused's employer's roster, found by name. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class KoppelingAangeklaagdeTests {

    private static String received(Klachten k) {
        String id = k.file();
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        return id;
    }

    @Test
    void theSecretarySearchesTheAccusedsEmployersRosterByNameAndSeesNameAndFunctionOnly() {
        Klachten k = new Klachten();
        String id = received(k);
        String accusedId = k.accusedId(id);
        Klachten.onRoster(k.accusedTenant, k.accused, "Bert Beschuldigd");
        // the same name at another organisation is not offered
        Klachten.onRoster(k.complainantTenant, UUID.randomUUID(), "Bert Beschuldigd");

        k.asSecretary().queryParam("naam", "bert").get("/klachten/{id}/aangeklaagden/{a}/kandidaten", id, accusedId)
                .then().statusCode(200)
                .body("personId", contains(k.accused.toString()))
                .body("name", contains("Bert Beschuldigd"))
                .body("function", contains("Senior adviseur"))
                .body("[0]", not(hasKey("workEmail")))
                .body("[0]", not(hasKey("subject")));
        k.asSecretary().queryParam("naam", "nobody").get("/klachten/{id}/aangeklaagden/{a}/kandidaten", id, accusedId)
                .then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        k.asComplainant().queryParam("naam", "bert").get("/klachten/{id}/aangeklaagden/{a}/kandidaten", id, accusedId)
                .then().statusCode(403);
    }

    @Test
    void art10_1TheChairOfTheCaseWhoRecordsAdmissibilitySearchesTooAndNoOtherMember() {
        Klachten k = new Klachten();
        String id = received(k);
        String accusedId = k.accusedId(id);
        Klachten.onRoster(k.accusedTenant, k.accused, "Bert Beschuldigd");

        k.asChair().queryParam("naam", "bert").get("/klachten/{id}/aangeklaagden/{a}/kandidaten", id, accusedId)
                .then().statusCode(200)
                .body("personId", contains(k.accused.toString()))
                .body("name", contains("Bert Beschuldigd"))
                .body("[0]", not(hasKey("workEmail")));
        // a member who sits on the case, but does not chair it, records no admissibility and searches nobody
        k.asMember(k.memberAmbtelijk).queryParam("naam", "bert")
                .get("/klachten/{id}/aangeklaagden/{a}/kandidaten", id, accusedId).then().statusCode(403);
    }

    @Test
    void art10_3APersonNotOnTheAccusedsEmployersRosterIsNeverLinked() {
        Klachten k = new Klachten();
        String id = received(k);
        UUID stranger = UUID.randomUUID();
        // on a roster, but of the complainant's organisation, not of the accused's employer
        Klachten.onRoster(k.complainantTenant, stranger, "Sam Stranger");
        for (UUID person : List.of(stranger, UUID.randomUUID())) {
            k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", true, "reasons", "Ontvankelijk.",
                    "accusedLinks", List.of(Map.of("accusedId", k.accusedId(id), "personId", person.toString())))))
                    .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://meldpunt.tweedekamer.nl/problems/niet-op-rooster"))
                    .body("detail", containsString("§10.3"));
        }
        k.asSecretary().get("/klachten/{id}", id).then().body("procedure.admissible", equalTo(null));
        Klachten.as(stranger, k.complainantTenant, "employee").get("/klachten/{id}", id).then().statusCode(404);

        // linked by the roster id (not the login) it is the person's login that reads the case
        String rosterId = Onboarding.fractieAdmin(k.accusedTenant).body(Onboarding.person("Bert Beschuldigd",
                k.accused.toString())).post("/tenants/{t}/roster", k.accusedTenant).then().statusCode(201)
                .extract().path("personId");
        k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", true, "reasons", "Ontvankelijk.",
                "accusedLinks", List.of(Map.of("accusedId", k.accusedId(id), "personId", rosterId)))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200);
        k.asAccused().get("/klachten/{id}", id).then().statusCode(200).body("as", equalTo("AANGEKLAAGDE"));
    }

    @Test
    void aWrongLinkThatWasReadIsUndoneAsAPersonalDataBreachAndTheAccusedIsLinkedToTheRightPerson() {
        Klachten k = new Klachten();
        String id = k.admissible(); // linked to Bert
        String accusedId = k.accusedId(id);
        k.asAccused().get("/klachten/{id}", id).then().statusCode(200); // Bert reads: he was the wrong person
        UUID right = UUID.randomUUID();
        Klachten.onRoster(k.accusedTenant, right, "Bertha Beschuldigd");

        // linking over a link is refused: it must be undone, so that what was read is recorded
        k.asSecretary().body(Map.of("personId", right.toString())).put("/klachten/{id}/aangeklaagden/{a}/koppeling",
                id, accusedId).then().statusCode(409);
        k.asAccused().delete("/klachten/{id}/aangeklaagden/{a}/koppeling", id, accusedId).then().statusCode(403);
        k.asSecretary().delete("/klachten/{id}/aangeklaagden/{a}/koppeling", id, accusedId).then().statusCode(200)
                .body("personalDataBreach", equalTo(true)).body("reads", equalTo(1));

        k.asAccused().get("/klachten/{id}", id).then().statusCode(404);
        k.asChair().get("/klachten/{id}/datalekken", id).then().statusCode(200)
                .body("wronglyLinkedPersonId", contains(k.accused.toString())).body("reads", contains(1));
        k.asSecretary().get("/klachten/{id}/datalekken", id).then().statusCode(403);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                nl.tweedekamer.meldpunt.testing.TopicReader.withKey("klacht.events.v1", id).stream()
                        .anyMatch(e -> e.type().endsWith("koppeling-ongedaan.v1")
                                && e.json().contains("\"personalDataBreach\":true")
                                && !e.json().contains(k.accused.toString())));

        k.asSecretary().body(Map.of("personId", UUID.randomUUID().toString()))
                .put("/klachten/{id}/aangeklaagden/{a}/koppeling", id, accusedId).then().statusCode(422);
        k.asSecretary().body(Map.of("personId", right.toString())).put("/klachten/{id}/aangeklaagden/{a}/koppeling",
                id, accusedId).then().statusCode(200).body("personId", equalTo(right.toString()));
        Klachten.as(right, k.accusedTenant, "employee").get("/klachten/{id}", id).then().statusCode(200)
                .body("as", equalTo("AANGEKLAAGDE"));
    }

    @Test
    void aWrongLinkNobodyReadIsUndoneWithoutABreach() {
        Klachten k = new Klachten();
        String id = k.admissible();
        String accusedId = k.accusedId(id);
        k.asSecretary().delete("/klachten/{id}/aangeklaagden/{a}/koppeling", id, accusedId).then().statusCode(200)
                .body("personalDataBreach", equalTo(false)).body("reads", equalTo(0));
        k.asChair().get("/klachten/{id}/datalekken", id).then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        k.asSecretary().delete("/klachten/{id}/aangeklaagden/{a}/koppeling", id, accusedId).then().statusCode(409);
    }
}
