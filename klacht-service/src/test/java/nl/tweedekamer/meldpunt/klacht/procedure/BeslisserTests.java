package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.signature;
import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.Onboarding;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * Who decides for the employer (domain.md §10.2): a standing decider and deputy named at onboarding, confirmed or
 * replaced per case and employer by the commission, never a party; only that person reads and decides as employer.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class BeslisserTests {

    private static String received(Klachten k) {
        String id = k.file();
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        return id;
    }

    private static Map<String, Object> admissibleWith(Klachten k, String id, List<Map<String, Object>> deciders) {
        Map<String, Object> body = new HashMap<>();
        body.put("admissible", true);
        body.put("mediationExplored", true);
        body.put("reasons", "Voldoet aan art 9.1.");
        body.put("accusedLinks", List.of(k.accusedLink(k.accusedId(id))));
        body.put("deciders", deciders);
        return k.takingPart(body);
    }

    @Test
    void theStandingDeciderAndDeputyAreTwoPeopleOfTheOrganisationsOwnRoster() {
        Klachten k = new Klachten();
        Onboarding.fractieAdmin(k.accusedTenant).get("/tenants/{t}/beslisser", k.accusedTenant).then()
                .statusCode(200)
                .body("deciderId", equalTo(k.employerB.toString()))
                .body("deciderName", equalTo("Dirk Beslisser"))
                .body("deputyId", equalTo(k.deputyEmployerB.toString()));
        Onboarding.fractieAdmin(k.accusedTenant).body(Map.of("deciderId", UUID.randomUUID().toString(),
                "deputyId", k.deputyEmployerB.toString())).put("/tenants/{t}/beslisser", k.accusedTenant).then()
                .statusCode(422).body("type", endsWith("/niet-op-rooster"));
        Onboarding.fractieAdmin(k.accusedTenant).body(Map.of("deciderId", k.employerB.toString(),
                "deputyId", k.employerB.toString())).put("/tenants/{t}/beslisser", k.accusedTenant).then()
                .statusCode(400).body("detail", containsString("another person"));
        // one organisation's administrator names nobody for another: to them it does not exist
        Onboarding.fractieAdmin(k.complainantTenant).body(Map.of("deciderId", k.employerB.toString(),
                "deputyId", k.deputyEmployerB.toString())).put("/tenants/{t}/beslisser", k.accusedTenant).then()
                .statusCode(404);
        String none = Onboarding.newTenantId();
        Onboarding.registerDeclaredFractie(none);
        Onboarding.fractieAdmin(none).get("/tenants/{t}/beslisser", none).then().statusCode(404);
    }

    @Test
    void onlyTheDeciderReadsTheCaseAsEmployerNotAnyoneElseWithTheEmployerRole() {
        Klachten k = new Klachten();
        String id = k.adviceIssued();
        UUID colleague = UUID.randomUUID();
        Klachten.onRoster(k.accusedTenant, colleague, "Chris Collega");

        k.employer(colleague, k.accusedTenant).get("/klachten/{id}", id).then().statusCode(404);
        k.employer(colleague, k.accusedTenant).get("/klachten").then().statusCode(200).body("$", empty());
        k.employer(colleague, k.accusedTenant).body(Map.of("text", "Besluit."))
                .post("/klachten/{id}/besluit", id).then().statusCode(404);
        k.employer(k.deputyEmployerB, k.accusedTenant).get("/klachten/{id}", id).then().statusCode(404);

        k.asEmployerB().get("/klachten/{id}", id).then().statusCode(200).body("as", equalTo("WERKGEVER"));
        k.asEmployerB().body(Map.of("text", "Besluit van de werkgever.")).post("/klachten/{id}/besluit", id).then()
                .statusCode(200);
    }

    @Test
    void aComplainantWhoIsTheirOrganisationsStandingDeciderIsFlaggedAtFiling() {
        Klachten k = new Klachten();
        Klachten.nameStandingDecider(k.complainantTenant, k.complainant, k.deputyEmployerA);
        String id = k.file();
        k.asSecretary().get("/klachten/{id}", id).then().statusCode(200)
                .body("procedure.deciderIsParty", equalTo(true));
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(200)
                .body("procedure.deciderIsParty", nullValue());

        Klachten other = new Klachten();
        String plain = other.file();
        other.asSecretary().get("/klachten/{id}", plain).then().statusCode(200)
                .body("procedure.deciderIsParty", nullValue());
    }

    @Test
    void aPartyIsNeverAcceptedAsDeciderAndTheDeputyStandsInForADeciderWhoIsAccused() {
        Klachten k = new Klachten();
        // the accused is the standing decider of their own organisation
        Klachten.nameStandingDecider(k.accusedTenant, k.accused, k.deputyEmployerB);
        String id = received(k);
        k.asChair().body(admissibleWith(k, id, List.of(Map.of("employerTenantId", k.accusedTenant,
                "personId", k.accused.toString())))).post("/klachten/{id}/ontvankelijkheid", id).then()
                .statusCode(422).body("type", endsWith("/beslisser-is-partij"))
                .body("detail", containsString("§10.2"));
        k.asSecretary().get("/klachten/{id}", id).then().body("procedure.admissible", nullValue());

        k.asChair().body(admissibleWith(k, id, List.of())).post("/klachten/{id}/ontvankelijkheid", id).then()
                .statusCode(200)
                .body("employers", hasSize(1))
                .body("employers[0].recipientId", equalTo(k.deputyEmployerB.toString()));
        k.asSecretary().body(Map.of("personId", k.complainant.toString()))
                .put("/klachten/{id}/beslissers/{t}", id, k.accusedTenant).then().statusCode(422);
    }

    @Test
    void withoutAStandingDeciderTheCommissionNamesOneAtAdmissibility() {
        Klachten k = new Klachten();
        String unnamed = Onboarding.newTenantId();
        Onboarding.registerDeclaredFractie(unnamed);
        Map<String, Object> content = k.klaagschrift();
        @SuppressWarnings("unchecked")
        Map<String, Object> accused = new HashMap<>(((List<Map<String, Object>>) content.get("accused")).get(0));
        accused.put("employerTenantId", unnamed);
        content.put("accused", List.of(accused));
        String id = k.draft(content);
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        UUID accusedPerson = UUID.randomUUID();
        Klachten.onRoster(unnamed, accusedPerson, "Bert Beschuldigd");
        Map<String, Object> body = k.takingPart(Map.of("admissible", true, "mediationExplored", true,
                "reasons", "Voldoet aan art 9.1.", "accusedLinks", List.of(Map.of("accusedId", k.accusedId(id),
                        "personId", accusedPerson.toString()))));
        k.asChair().body(body).post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(422)
                .body("type", endsWith("/geen-beslisser"));

        UUID board = UUID.randomUUID();
        Klachten.onRoster(unnamed, board, "Bea Bestuur");
        body.put("deciders", List.of(Map.of("employerTenantId", unnamed, "personId", board.toString())));
        k.asChair().body(body).post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200)
                .body("employers[0].recipientId", equalTo(board.toString()))
                .body("employers[0].recipientName", equalTo("Bea Bestuur"));
    }

    @Test
    void art10_4OnInadmissibilityTheComplainantsEmployersDeciderDecidesAndNobodyElse() {
        Klachten k = new Klachten();
        String id = received(k);
        k.asChair().body(k.takingPart(Map.of("admissible", false, "grounds", List.of("F_KENNELIJK_ONVOLDOENDE"),
                "mediationExplored", false, "reasons", "Geen gedraging in de zin van art 2.")))
                .post("/klachten/{id}/ontvankelijkheid", id).then()
                .statusCode(200);
        k.asEmployerA().get("/klachten/{id}", id).then().statusCode(200).body("as", equalTo("WERKGEVER"));
        k.employer(k.deputyEmployerA, k.complainantTenant).get("/klachten/{id}", id).then().statusCode(404);
        k.asEmployerB().get("/klachten/{id}", id).then().statusCode(404);
        k.asEmployerA().body(Map.of("text", "Besluit op de niet-ontvankelijkheid.")).post("/klachten/{id}/besluit", id)
                .then().statusCode(200);
    }

    @Test
    void namingIsPublishedWithThePseudonymousIdOnlyAndAnotherNamedPersonTakesOver() {
        Klachten k = new Klachten();
        String id = k.adviceIssued();
        UUID board = UUID.randomUUID();
        Klachten.onRoster(k.accusedTenant, board, "Bea Bestuur");
        k.asComplainant().body(Map.of("personId", board.toString()))
                .put("/klachten/{id}/beslissers/{t}", id, k.accusedTenant).then().statusCode(403);
        k.asSecretary().body(Map.of("personId", board.toString()))
                .put("/klachten/{id}/beslissers/{t}", id, k.accusedTenant).then().statusCode(200);

        k.asEmployerB().get("/klachten/{id}", id).then().statusCode(404);
        k.employer(board, k.accusedTenant).get("/klachten/{id}", id).then().statusCode(200)
                .body("as", equalTo("WERKGEVER"));
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey("klacht.events.v1", id).stream()
                .filter(e -> e.type().endsWith("beslisser-benoemd.v1")).count() == 2);
        assertThat(TopicReader.withKey("klacht.events.v1", id)).filteredOn(e -> e.type().endsWith("beslisser-benoemd.v1"))
                .extracting(TopicReader.Event::json)
                .anySatisfy(json -> assertThat(json).contains("\"deciderId\":\"" + k.employerB + "\""))
                .anySatisfy(json -> assertThat(json).contains("\"deciderId\":\"" + board + "\""))
                .allSatisfy(json -> assertThat(json).doesNotContain("Bea", "Dirk", "example.nl"));
    }

    @Test
    void art12_4ARequestForTemporaryMeasuresIsReadByTheEmployersDeciderOnly() {
        Klachten k = new Klachten();
        String id = k.file();
        k.asComplainant().body(Map.of("concerns", "KLAGER", "reason", "WELZIJN_KLAGER",
                "request", "Tijdelijk andere werkplek.")).post("/klachten/{id}/tijdelijke-voorzieningen", id).then()
                .statusCode(201);
        // before admissibility the accused is a name on paper (it may be the standing decider): the commission names
        // the decider first, and nobody at the employer reads the request until then
        k.asEmployerA().get("/tijdelijke-voorzieningen").then().statusCode(200).body("$", empty());
        k.asSecretary().body(Map.of("personId", k.employerA.toString()))
                .put("/klachten/{id}/beslissers/{t}", id, k.complainantTenant).then().statusCode(200);
        UUID colleague = UUID.randomUUID();
        k.employer(colleague, k.complainantTenant).get("/tijdelijke-voorzieningen").then().statusCode(200)
                .body("$", empty());
        String requestId = k.asEmployerA().get("/tijdelijke-voorzieningen").then().statusCode(200)
                .body("$", hasSize(1)).extract().path("[0].id");
        k.employer(colleague, k.complainantTenant).body(Map.of("measures", "Thuiswerken.",
                "commissionConsultedOn", today().toString()))
                .post("/tijdelijke-voorzieningen/{r}/maatregelen", requestId).then().statusCode(404);
        k.asEmployerA().body(Map.of("measures", "Thuiswerken.", "commissionConsultedOn", today().toString()))
                .post("/tijdelijke-voorzieningen/{r}/maatregelen", requestId).then().statusCode(200);
    }
}
