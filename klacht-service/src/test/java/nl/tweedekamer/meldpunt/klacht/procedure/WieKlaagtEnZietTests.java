package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.signature;
import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * Who may complain (art 2.c, domain.md §10.13), what a co-accused sees of the decisions (art 13.2), and which due
 * dates the parties read (art 9.3, 10.1, 12.2–12.3).
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class WieKlaagtEnZietTests {

    @Test
    void art2cAKamerlidFilesNoComplaintAndIsShownTheRouteToAVertrouwenspersoon() {
        Klachten k = new Klachten();
        Map<String, Object> kamerlid = Onboarding.person("Karel Kamerlid", k.complainant.toString());
        kamerlid.put("kind", "KAMERLID");
        kamerlid.put("function", "Kamerlid");
        Onboarding.fractieAdmin(k.complainantTenant).body(kamerlid).post("/tenants/{t}/roster", k.complainantTenant)
                .then().statusCode(201).body("kind", equalTo("KAMERLID")).body("function", equalTo("Kamerlid"));

        String id = k.draft(k.klaagschrift());
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://meldpunt.tweedekamer.nl/problems/kamerlid-klager"))
                .body("detail", containsString("art 2.c"))
                .body("detail", containsString("vertrouwenspersoon"));
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(200).body("status", equalTo("CONCEPT"));

        // a medewerker of the same fractie files as before
        UUID medewerker = UUID.randomUUID();
        Onboarding.addPerson(k.complainantTenant, "Mila Medewerker", medewerker.toString());
        String other = Klachten.as(medewerker, k.complainantTenant, Roles.EMPLOYEE).body(k.klaagschrift())
                .post("/klachten").then().statusCode(201).extract().path("id");
        Klachten.as(medewerker, k.complainantTenant, Roles.EMPLOYEE).body(signature())
                .post("/klachten/{id}/indiening", other).then().statusCode(200);
    }

    @Test
    void art13CoAccusedSeeTheDecisionOfTheirOwnEmployerOnlyNotTheOtherEmployers() {
        Klachten k = new Klachten();
        String thirdTenant = Onboarding.newTenantId();
        Onboarding.registerDeclaredFractie(thirdTenant);
        UUID coAccused = UUID.randomUUID();
        UUID employerC = UUID.randomUUID();
        Klachten.nameStandingDecider(thirdTenant, employerC, UUID.randomUUID());

        Map<String, Object> content = k.klaagschrift();
        List<Map<String, Object>> accused = new ArrayList<>((List<Map<String, Object>>) content.get("accused"));
        Map<String, Object> second = new HashMap<>();
        second.put("name", "Cor Collega");
        second.put("function", "Adviseur");
        second.put("relation", "MEDEWERKER_FRACTIE");
        second.put("employerTenantId", thirdTenant);
        accused.add(second);
        content.put("accused", accused);
        String id = k.draft(content);
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        List<String> accusedIds = k.asSecretary().get("/klachten/{id}", id).then().statusCode(200).extract()
                .path("klaagschrift.accused.id");
        k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", true,
                "reasons", "Voldoet aan art 9.1.",
                "accusedLinks", List.of(
                        k.accusedLink(accusedIds.get(0)),
                        link(thirdTenant, accusedIds.get(1), coAccused, "Cor Collega")))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200);
        k.asSecretary().body(Map.of("hearingOn", today().plusDays(7).toString(), "partiesTogether", false,
                "documentsDueOn", today().plusDays(3).toString())).post("/klachten/{id}/hoorzittingen", id)
                .then().statusCode(201);
        k.asSecretary().body(Map.of("kind", "HOORVERSLAG", "text", "Verslag van de hoorzitting."))
                .post("/klachten/{id}/verslagen", id).then().statusCode(200);
        k.asSecretary().body(Map.of("text", "Feitenoverzicht van de commissie.",
                "correctionsDueOn", today().plusDays(14).toString())).post("/klachten/{id}/feitenoverzicht", id)
                .then().statusCode(200);
        k.partiesWaiveCorrections(id);
        Klachten.as(coAccused, thirdTenant, Roles.EMPLOYEE).body(Map.of("kind", "AFSTAND_CORRECTIE"))
                .post("/klachten/{id}/reacties", id).then().statusCode(200);
        k.asSecretary().body(k.advice("VOOR", "VOOR", "VOOR")).post("/klachten/{id}/advies", id).then()
                .statusCode(200);
        k.asChair().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);

        k.asEmployerB().body(Map.of("text", "Besluit van werkgever B.")).post("/klachten/{id}/besluit", id).then()
                .statusCode(200);
        k.employer(employerC, thirdTenant).body(Map.of("text", "Besluit van werkgever C."))
                .post("/klachten/{id}/besluit", id).then().statusCode(200);

        k.asAccused().get("/klachten/{id}", id).then().statusCode(200)
                .body("documents.findAll { it.kind == 'BESLUIT' }.body", containsInAnyOrder("Besluit van werkgever B."));
        Klachten.as(coAccused, thirdTenant, Roles.EMPLOYEE).get("/klachten/{id}", id).then().statusCode(200)
                .body("documents.findAll { it.kind == 'BESLUIT' }.body", containsInAnyOrder("Besluit van werkgever C."));
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(200)
                .body("documents.findAll { it.kind == 'BESLUIT' }.body",
                        containsInAnyOrder("Besluit van werkgever B.", "Besluit van werkgever C."));
        // and so does each one's printed copy of the decision (art 13.2)
        k.asAccused().get("/klachten/{id}/akten/besluit", id).then().statusCode(200)
                .body(containsString("Besluit van werkgever B.")).body(not(containsString("Besluit van werkgever C.")));
        Klachten.as(coAccused, thirdTenant, Roles.EMPLOYEE).get("/klachten/{id}/akten/besluit", id).then()
                .statusCode(200).body(containsString("Besluit van werkgever C."))
                .body(not(containsString("Besluit van werkgever B.")));
        k.asComplainant().get("/klachten/{id}/akten/besluit", id).then().statusCode(200)
                .body(containsString("Besluit van werkgever B.")).body(containsString("Besluit van werkgever C."));
    }

    private static Map<String, Object> link(String tenant, String accusedId, UUID person, String name) {
        Klachten.onRoster(tenant, person, name);
        return Map.of("accusedId", accusedId, "personId", person.toString(), "email",
                name.toLowerCase().replace(' ', '.') + "@example.nl");
    }

    @Test
    void art10_1TheComplainantReadsByWhenTheCommissionDecidesAdmissibility() {
        Klachten k = new Klachten();
        String id = k.file();
        String reference = k.asSecretary().get("/klachten/{id}", id).then().extract().path("reference");
        String t3Due = today().plusWeeks(2).toString();
        dueComputed(k, id, reference, "T3", t3Due);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> k
                .asSecretary().get("/klachten/{id}", id).then()
                .body("terms.find { it.term == 'T3' }.dueOn", equalTo(t3Due)));
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(200)
                .body("terms.term", org.hamcrest.Matchers.contains("T3"))
                .body("terms[0].dueOn", equalTo(t3Due));
    }

    private static void dueComputed(Klachten k, String id, String reference, String term, String dueOn) {
        nl.tweedekamer.meldpunt.testing.TopicWriter.send("termijn.events.v1", id, "/meldpunt/termijn-service",
                "nl.tweedekamer.termijn.vervaldatum-berekend.v1", k.complainantTenant, reference,
                "{\"termId\":\"" + UUID.randomUUID() + "\",\"term\":\"" + term + "\",\"tenantId\":\""
                        + k.complainantTenant + "\",\"caseId\":\"" + id + "\",\"caseReference\":\"" + reference
                        + "\",\"appointmentId\":null,\"employerTenantId\":null,\"dueOn\":\"" + dueOn
                        + "\",\"previousDueOn\":null,\"reason\":\"GEOPEND\",\"extensionDaysTotal\":0,"
                        + "\"decreeKnown\":true,\"explanation\":\"2 weken\"}");
    }
}
