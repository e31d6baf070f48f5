package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Commission;
import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** Who may see what of a complaint (domain.md §2), and the audit trail of every read. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class KlachtToegangTests {

    @Test
    void aWrongRoleNeverReadsADossier() {
        Klachten k = new Klachten();
        String id = k.admissible();
        for (String role : List.of(Roles.PLATFORM_ADMIN, Roles.FRACTIE_ADMIN, Roles.VERTROUWENSPERSOON,
                Roles.HR_PORTAL, Roles.SERVICE)) {
            Klachten.as(k.complainant, k.complainantTenant, role).get("/klachten/{id}", id).then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aColleagueInTheSameTenantOrAnotherTenantReadsNothing() {
        Klachten k = new Klachten();
        String id = k.admissible();
        Klachten.as(UUID.randomUUID(), k.complainantTenant, Roles.EMPLOYEE).get("/klachten/{id}", id).then()
                .statusCode(404);
        Klachten.as(UUID.randomUUID(), k.accusedTenant, Roles.EMPLOYEE).get("/klachten/{id}", id).then()
                .statusCode(404);
        Klachten.as(UUID.randomUUID(), k.complainantTenant, Roles.EMPLOYEE).get("/klachten").then().statusCode(200)
                .body("id", not(hasItem(id)));
        // an unknown case answers the same
        Klachten.as(UUID.randomUUID(), k.complainantTenant, Roles.EMPLOYEE).get("/klachten/{id}", UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void theComplainantReachesTheirOwnCaseByPersonalIdentityWhateverTheirTenantToday() {
        Klachten k = new Klachten();
        String id = k.file();
        Klachten.as(k.complainant, k.accusedTenant, Roles.EMPLOYEE).get("/klachten/{id}", id).then().statusCode(200)
                .body("as", equalTo("KLAGER"))
                .body("klaagschrift.complainant.address", equalTo("Lange Poten 4, 2511 CL Den Haag"));
        k.asComplainant().get("/klachten").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void theAccusedsCopyLeavesOutTheComplainantsAddress() {
        Klachten k = new Klachten();
        String filed = k.file();
        // before admissibility the accused is not linked and reads nothing
        k.asAccused().get("/klachten/{id}", filed).then().statusCode(404);

        String id = k.admissible();
        String body = k.asAccused().get("/klachten/{id}", id).then().statusCode(200)
                .body("as", equalTo("AANGEKLAAGDE"))
                .body("klaagschrift.behaviour", containsString("buitengesloten"))
                .body("klaagschrift.complainant.name", equalTo("Klara Klager"))
                .body("klaagschrift.complainant.address", nullValue())
                .body("klaagschrift.complainant.email", nullValue())
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("Lange Poten", "2511 CL", "klara@example.nl");
        k.asAccused().get("/klachten").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void theEmployerSeesNothingBeforeTheAdviceButItsTemporaryMeasuresRequest() {
        Klachten k = new Klachten();
        String id = k.factOverviewSent();
        String accusedId = k.accusedId(id);
        k.asEmployerB().get("/klachten/{id}", id).then().statusCode(404);
        k.asEmployerB().get("/klachten").then().statusCode(200).body("id", not(hasItem(id)));

        k.asComplainant().body(Map.of("concerns", "AANGEKLAAGDE", "accusedId", accusedId,
                "reason", "ONHOUDBARE_SITUATIE", "request", "Graag de werkplekken scheiden."))
                .post("/klachten/{id}/tijdelijke-voorzieningen", id).then().statusCode(201)
                .body("employerTenantId", equalTo(k.accusedTenant));
        String reference = k.asSecretary().get("/klachten/{id}", id).then().extract().path("reference");
        String requestId = k.asEmployerB().get("/tijdelijke-voorzieningen").then().statusCode(200)
                .body("caseReference", hasItem(reference))
                .body("request", hasItem("Graag de werkplekken scheiden.")).extract().path("[0].id");
        // the request, never the dossier
        k.asEmployerB().get("/klachten/{id}", id).then().statusCode(404);
        k.asEmployerA().get("/tijdelijke-voorzieningen").then().statusCode(200).body("caseReference",
                not(hasItem(reference)));
        k.asEmployerA().body(Map.of("measures", "x", "commissionConsultedOn", today().toString()))
                .post("/tijdelijke-voorzieningen/{r}/maatregelen", requestId).then().statusCode(404);
        k.asEmployerB().body(Map.of("measures", "Tijdelijk andere werkplek.", "commissionConsultedOn",
                today().toString())).post("/tijdelijke-voorzieningen/{r}/maatregelen", requestId).then()
                .statusCode(200).body("measuresOn", equalTo(today().toString()));
    }

    @Test
    void art12_4TheAccusedAsksForTemporaryMeasuresAndTheyReachTheDeciderOfTheEmployerConcerned() {
        Klachten k = new Klachten();
        Map<String, Object> aboutMe = new java.util.HashMap<>(Map.of("concerns", "AANGEKLAAGDE",
                "reason", "ONHOUDBARE_SITUATIE", "request", "Graag tijdelijk op een andere verdieping werken."));
        // before admissibility the accused is a name on paper, not yet a party who logs in (art 10.3)
        String onPaper = k.file();
        aboutMe.put("accusedId", k.accusedId(onPaper));
        k.asAccused().body(aboutMe).post("/klachten/{id}/tijdelijke-voorzieningen", onPaper).then().statusCode(404)
                .contentType("application/problem+json");

        String id = k.admissible();
        aboutMe.put("accusedId", k.accusedId(id));
        String requestId = k.asAccused().body(aboutMe).post("/klachten/{id}/tijdelijke-voorzieningen", id).then()
                .statusCode(201).body("employerTenantId", equalTo(k.accusedTenant)).extract().path("id");
        String reference = k.asSecretary().get("/klachten/{id}", id).then().extract().path("reference");
        k.asEmployerB().get("/tijdelijke-voorzieningen").then().statusCode(200)
                .body("id", hasItem(requestId)).body("caseReference", hasItem(reference))
                .body("request", hasItem("Graag tijdelijk op een andere verdieping werken."));
        k.asEmployerA().get("/tijdelijke-voorzieningen").then().statusCode(200).body("id", not(hasItem(requestId)));
        // the same event as the complainant's request, so the decider is told; ids and dates only
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> TopicReader
                .withKey("klacht.events.v1", id).stream()
                .anyMatch(e -> e.type().endsWith("tijdelijke-voorziening-gevraagd.v1") && e.json().contains(requestId)));
        org.assertj.core.api.Assertions.assertThat(TopicReader.withKey("klacht.events.v1", id))
                .filteredOn(e -> e.type().endsWith("tijdelijke-voorziening-gevraagd.v1"))
                .extracting(TopicReader.Event::json)
                .allSatisfy(json -> org.assertj.core.api.Assertions.assertThat(json)
                        .contains("\"employerTenantId\":\"" + k.accusedTenant + "\"")
                        .doesNotContain("verdieping", "Bert", "example.nl"));
        k.asEmployerB().body(Map.of("measures", "Tijdelijk andere verdieping.", "commissionConsultedOn",
                today().toString())).post("/tijdelijke-voorzieningen/{r}/maatregelen", requestId).then()
                .statusCode(200);
    }

    @Test
    void aMemberInvolvedInTheBehaviourReadsNothingOfTheCaseAndTheDeputyFromTheSameSideSits() {
        Klachten k = new Klachten();
        String id = k.admissible();
        k.asMember(k.memberPolitiek).get("/klachten/{id}", id).then().statusCode(404);
        k.asMember(k.memberPolitiek).get("/klachten").then().statusCode(200).body("id", not(hasItem(id)));
        k.asMember(k.memberPolitiek).body(Map.of("text", "x")).post("/klachten/{id}/aanvullingsverzoek", id).then()
                .statusCode(404);
        k.asMember(k.deputyPolitiek).get("/klachten/{id}", id).then().statusCode(200)
                .body("as", equalTo("COMMISSIE"))
                .body("composition.find { it.seat == 'UITGESLOTEN' }.personId", equalTo(k.memberPolitiek.toString()))
                .body("composition.find { it.personId == '" + k.deputyPolitiek + "' }.seat", equalTo("LID"))
                .body("composition.find { it.personId == '" + k.deputyPolitiek + "' }.side", equalTo("POLITIEK"))
                .body("composition.find { it.personId == '" + k.deputyPolitiek + "' }.replaces",
                        equalTo(k.memberPolitiek.toString()));
        k.asMember(k.memberAmbtelijk).get("/klachten").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void everyReadOfTheDossierIsRecordedAndOnlyTheChairOfTheCaseInspectsTheTrail() {
        Klachten k = new Klachten();
        String id = k.admissible();
        k.asMember(k.memberAmbtelijk).get("/klachten/{id}", id).then().statusCode(200);
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(200);
        k.asMember(k.memberAmbtelijk).get("/klachten/{id}/inzage", id).then().statusCode(403);
        k.asSecretary().get("/klachten/{id}/inzage", id).then().statusCode(403);
        k.asChair().get("/klachten/{id}/inzage", id).then().statusCode(200)
                .body("personId", hasItems(k.memberAmbtelijk.toString(), k.complainant.toString(),
                        k.secretary.toString(), k.chair.toString()))
                .body("asParty", hasItems("COMMISSIE", "KLAGER", "VOORZITTER"))
                .body("findAll { it.personId == '" + k.chair + "' }.part", hasItem("INZAGELOG"));
    }

    @Test
    void aStepThatAnswersWithTheDossierIsRecordedAsAReadOfIt() {
        Klachten k = new Klachten();
        // the chair's only act so far: deciding admissibility, which answers with the dossier
        String id = k.admissible();
        k.asChair().get("/klachten/{id}/inzage", id).then().statusCode(200)
                .body("findAll { it.personId == '" + k.chair + "' }.part", contains("DOSSIER", "INZAGELOG"))
                .body("find { it.personId == '" + k.chair + "' }.asParty", equalTo("VOORZITTER"));
    }

    @Test
    void aCommissionRoleWhoseSubjectHoldsNoSeatTodayReadsNoComplaint() {
        Klachten k = new Klachten();
        String id = k.admissible();
        UUID neverAppointed = UUID.randomUUID();
        UUID upcoming = UUID.randomUUID();
        Commission.appoint(Commission.appointment(upcoming, "DEPUTY_MEMBER", "CIVIL_SERVICE", true,
                Commission.window()));
        for (UUID person : List.of(neverAppointed, upcoming)) {
            for (String role : List.of(Roles.COMMISSION_MEMBER, Roles.COMMISSION_SECRETARY)) {
                Klachten.as(person, "tk", role).get("/klachten/{id}", id).then().statusCode(404)
                        .contentType("application/problem+json");
                Klachten.as(person, "tk", role).get("/klachten").then().statusCode(200).body("id", not(hasItem(id)));
                Klachten.as(person, "tk", role).body(Map.of("text", "x"))
                        .post("/klachten/{id}/aanvullingsverzoek", id).then().statusCode(404);
            }
        }
        // the role must match the seat: the secretary is no member, a member no secretary (art 7.1, 8)
        Klachten.as(k.secretary, "tk", Roles.COMMISSION_MEMBER).get("/klachten/{id}", id).then().statusCode(404);
        Klachten.as(k.memberAmbtelijk, "tk", Roles.COMMISSION_SECRETARY).get("/klachten/{id}", id).then()
                .statusCode(404);
        // a klaagschrift on paper is registered by today's secretary only
        Map<String, Object> paper = Map.of("tenantId", k.complainantTenant, "klaagschrift", k.klaagschrift(),
                "signature", Klachten.signature(), "receivedOn", Klachten.today().toString());
        Klachten.as(neverAppointed, "tk", Roles.COMMISSION_SECRETARY).body(paper).post("/klachten/papier").then()
                .statusCode(403).contentType("application/problem+json");
        // the seated ones still read it
        k.asMember(k.memberAmbtelijk).get("/klachten/{id}", id).then().statusCode(200);
        k.asSecretary().get("/klachten/{id}", id).then().statusCode(200).body("as", equalTo("SECRETARIS"));
    }
}
