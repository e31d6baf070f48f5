package nl.tweedekamer.meldpunt.klacht.procedure;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.Onboarding;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicWriter;

/** The internal lookup of a case's parties (service token only), and the hand-over from a melding. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class CaseContactResourceTests {

    private static io.restassured.specification.RequestSpecification service() {
        return Klachten.as(UUID.randomUUID(), null, Roles.SERVICE);
    }

    @Test
    void servicesLookUpTheAddressesOfACasesPartiesAtTheMomentTheySend() {
        Klachten k = new Klachten();
        String id = k.adviceIssued();
        service().get("/internal/cases/{id}/contacts/COMPLAINANT", id).then().statusCode(200)
                .body("id", contains(k.complainant.toString()))
                .body("email", contains("klara@example.nl"))
                .body("tenantId", contains(k.complainantTenant));
        service().get("/internal/cases/{id}/contacts/ACCUSED", id).then().statusCode(200)
                .body("id", contains(k.accused.toString()))
                .body("email", contains("bert@example.nl"))
                .body("tenantId", contains(k.accusedTenant));
        // domain.md §10.2: the decider's address from the employer's roster, never the organisation's general one
        service().get("/internal/cases/{id}/contacts/DECIDER", id).then().statusCode(200)
                .body("id", contains(k.employerB.toString()))
                .body("tenantId", contains(k.accusedTenant))
                .body("email", contains("dirk.beslisser@example.nl"));
        service().get("/internal/cases/{id}/contacts/ADVICE_RECIPIENT", id).then().statusCode(200)
                .body("id", contains(k.employerB.toString()))
                .body("email", contains("dirk.beslisser@example.nl"));
        service().get("/internal/cases/{id}/persons/{p}/contact", id, k.employerB).then().statusCode(200)
                .body("email", equalTo("dirk.beslisser@example.nl"));
        service().get("/internal/persons/{p}/contact", k.accused).then().statusCode(200)
                .body("email", equalTo("bert@example.nl"));
        service().get("/internal/persons/{p}/contact", UUID.randomUUID()).then().statusCode(404);
        service().get("/internal/cases/{id}/contacts/COMPLAINANT", UUID.randomUUID()).then().statusCode(404);
        k.asSecretary().get("/internal/cases/{id}/contacts/COMPLAINANT", id).then().statusCode(403);
    }

    /** Contacts per case: an address typed into another case or a later draft is not this case's. */
    @Test
    void contactsPerCaseTheLookupForAPartyAnswersTheAddressOfTheCaseAskedAbout() {
        Klachten k = new Klachten();
        String first = k.file();
        Map<String, Object> other = k.klaagschrift();
        other.put("complainant", Map.of("name", "Klara Klager", "address", "Elders 1, 1000 AA Amsterdam",
                "function", "Beleidsmedewerker", "email", "klara.prive@example.nl"));
        String second = k.draft(other);
        k.asComplainant().body(Klachten.signature()).post("/klachten/{id}/indiening", second).then().statusCode(200);
        k.draft(Map.of("complainant", Map.of("name", "Klara Klager", "email", "klara.concept@example.nl")));

        service().get("/internal/cases/{id}/persons/{p}/contact", first, k.complainant).then().statusCode(200)
                .body("email", equalTo("klara@example.nl"));
        service().get("/internal/cases/{id}/persons/{p}/contact", second, k.complainant).then().statusCode(200)
                .body("email", equalTo("klara.prive@example.nl"));
        service().get("/internal/cases/{id}/persons/{p}/contact", first, UUID.randomUUID()).then().statusCode(404);
        // the lookup without a case never answers a draft's address
        service().get("/internal/persons/{p}/contact", k.complainant).then().statusCode(200)
                .body("email", equalTo("klara@example.nl"));
    }

    @Test
    void beforeAdmissibilityThereIsNoAccusedToAddressAndNoDeciderNamed() {
        Klachten k = new Klachten();
        String id = k.file();
        service().get("/internal/cases/{id}/contacts/ACCUSED", id).then().statusCode(404);
        service().get("/internal/cases/{id}/contacts/DECIDER", id).then().statusCode(404);
        service().get("/internal/cases/{id}/contacts/ADVICE_RECIPIENT", id).then().statusCode(404);
    }

    @Test
    void aHandOverFromAMeldingOpensAnEmptyDraftForThatPersonOnce() {
        Klachten k = new Klachten();
        UUID handover = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String json = "{\"handoverId\":\"" + handover + "\",\"tenantId\":\"" + k.complainantTenant
                + "\",\"reporterId\":\"" + k.complainant + "\",\"requestedOn\":\"" + Klachten.today() + "\"}";
        for (int i = 0; i < 2; i++) {
            TopicWriter.send("melding.events.v1", handover.toString(), eventId, "/meldpunt/melding-service",
                    "nl.tweedekamer.melding.overdracht-naar-klacht-gevraagd.v1", k.complainantTenant,
                    handover.toString(), json);
        }
        TopicWriter.send("melding.events.v1", handover.toString(), "/meldpunt/melding-service",
                "nl.tweedekamer.melding.overdracht-naar-klacht-gevraagd.v1", k.complainantTenant, handover.toString(),
                json);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> k.asComplainant().get("/klachten").then()
                .statusCode(200).body("status", contains("CONCEPT")));
        String id = k.asComplainant().get("/klachten").then().extract().path("[0].id");
        k.asComplainant().body(k.klaagschrift()).put("/klachten/{id}/klaagschrift", id).then().statusCode(200);
        k.asComplainant().body(Klachten.signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> nl.tweedekamer.meldpunt.testing.TopicReader
                .withKey("klacht.events.v1", id).stream().anyMatch(e -> e.json().contains(handover.toString())));
        // nobody else got a draft from it
        Onboarding.as(Roles.EMPLOYEE, k.complainantTenant).get("/klachten").then().statusCode(200);
        List<Map<String, Object>> mine = k.asComplainant().get("/klachten").then().extract().path("$");
        org.assertj.core.api.Assertions.assertThat(mine).hasSize(1);
    }
}
