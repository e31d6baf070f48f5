package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.signature;
import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.Onboarding;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** Scope before acceptance (art 1, 2.j), the 1-year look-back (art 10.2) and the grounds of art 9.5. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class ReikwijdteEnOntvankelijkheidTests {

    @Test
    void aComplaintAboutAKamerlidIsRefusedWithAReferralToTheCollegeVanOnderzoekIntegriteit() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift(today().minusMonths(1), "KAMERLID"));
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://meldpunt.tweedekamer.nl/problems/kamerlid"))
                .body("detail", containsString("College van onderzoek integriteit"));
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(200).body("status", equalTo("CONCEPT"));
    }

    @Test
    void aComplaintAboutSomeoneWhoIsNoMedewerkerIsOutsideTheRegulation() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift(today().minusMonths(1), "EXTERN"));
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(422)
                .body("type", equalTo("https://meldpunt.tweedekamer.nl/problems/buiten-regeling"))
                .body("detail", containsString("art 2.j"));
    }

    @Test
    void withoutADeclarationInForceForTheComplainantsFractieTheComplaintIsRefusedWithHowToJoin() {
        Klachten k = new Klachten();
        String undeclared = Onboarding.newTenantId();
        Onboarding.platformAdmin().body(Onboarding.fractie(undeclared)).post("/tenants").then().statusCode(201);
        String id = Klachten.as(k.complainant, undeclared, "employee").body(k.klaagschrift()).post("/klachten")
                .then().statusCode(201).extract().path("id");
        Klachten.as(k.complainant, undeclared, "employee").body(signature()).post("/klachten/{id}/indiening", id)
                .then().statusCode(422)
                .body("type", equalTo("https://meldpunt.tweedekamer.nl/problems/geen-verklaring"))
                .body("detail", containsString("your organisation"))
                .body("detail", containsString("POST /tenants/{tenantId}/declarations"));
    }

    @Test
    void withoutADeclarationInForceForTheAccusedsEmployerTheComplaintIsRefused() {
        Klachten k = new Klachten();
        String undeclared = Onboarding.newTenantId();
        Onboarding.platformAdmin().body(Onboarding.fractie(undeclared)).post("/tenants").then().statusCode(201);
        Map<String, Object> content = k.klaagschrift();
        content.put("accused", List.of(Map.of("name", "Bert", "relation", "MEDEWERKER_FRACTIE",
                "employerTenantId", undeclared)));
        String id = k.draft(content);
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(422)
                .body("detail", containsString("the employer of an accused (" + undeclared + ")"));
    }

    @Test
    void behaviourOnTheSameDateOneYearBeforeFilingLiesWithinTheYear() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift(today().minusYears(1), "MEDEWERKER_FRACTIE"));
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);
        k.asSecretary().get("/klachten/{id}", id).then().statusCode(200).body("outsideOneYear", equalTo(false))
                .body("earliestBehaviourDateAllowed", equalTo(today().minusYears(1).toString()));
    }

    @Test
    void behaviourOneDayEarlierIsFlaggedNotRefusedAndCannotBeDeclaredAdmissible() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift(today().minusYears(1).minusDays(1), "MEDEWERKER_FRACTIE"));
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(200)
                .body("status", equalTo("INGEDIEND"));
        k.asSecretary().get("/klachten/{id}", id).then().body("outsideOneYear", equalTo(true));
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", false, "reasons", "x",
                "accusedLinks", List.of(k.rosteredLink(k.accusedId(id))))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(409)
                .body("detail", containsString("art 10.2"));
        k.asChair().body(k.takingPart(Map.of("admissible", false, "grounds", List.of("BUITEN_JAARTERMIJN"),
                "mediationExplored", false, "reasons", "Te laat ingediend."))).post("/klachten/{id}/ontvankelijkheid", id)
                .then().statusCode(200).body("status", equalTo("NIET_ONTVANKELIJK"))
                .body("procedure.inadmissibilityGrounds", hasItem("BUITEN_JAARTERMIJN"));
    }

    @Test
    void theYearGroundCannotBeUsedForBehaviourWithinTheYear() {
        Klachten k = new Klachten();
        String id = k.file();
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        k.asChair().body(k.takingPart(Map.of("admissible", false, "grounds", List.of("BUITEN_JAARTERMIJN"),
                "mediationExplored", false, "reasons", "x"))).post("/klachten/{id}/ontvankelijkheid", id)
                .then().statusCode(400);
    }

    @ParameterizedTest
    @EnumSource(value = NietOntvankelijkheidsgrond.class, names = "BUITEN_JAARTERMIJN", mode = EnumSource.Mode.EXCLUDE)
    void everyGroundOfArticle9_5MakesTheComplaintInadmissibleAndTheComplainantsEmployerDecides(
            NietOntvankelijkheidsgrond ground) {
        Klachten k = new Klachten();
        String id = k.file();
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        k.asChair().body(k.takingPart(Map.of("admissible", false, "grounds", List.of(ground.name()), "mediationExplored", true,
                "reasons", "Grond " + ground + " is van toepassing."))).post("/klachten/{id}/ontvankelijkheid", id)
                .then().statusCode(200).body("status", equalTo("NIET_ONTVANKELIJK"))
                .body("procedure.inadmissibilityGrounds", equalTo(List.of(ground.name())));

        // art 10.4: the advice goes to the complainant's employer; the accused's employer learns nothing
        k.asEmployerB().get("/klachten/{id}", id).then().statusCode(404);
        k.asEmployerA().get("/klachten/{id}", id).then().statusCode(200)
                .body("documents.kind", hasItem("ONTVANKELIJKHEIDSBESLISSING"))
                .body("klaagschrift.accused", hasSize(0));
        k.asEmployerA().body(Map.of("text", "De klacht is niet-ontvankelijk; klager is schriftelijk geïnformeerd."))
                .post("/klachten/{id}/besluit", id).then().statusCode(200)
                .body("status", equalTo("BEEINDIGD")).body("ending", equalTo("NIET_ONTVANKELIJK"))
                .body("endDate", equalTo(today().plusWeeks(6).toString()));
    }

    @Test
    void inadmissibilityNeedsAtLeastOneGround() {
        Klachten k = new Klachten();
        String id = k.file();
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        k.asChair().body(k.takingPart(Map.of("admissible", false, "grounds", List.of(), "mediationExplored", false,
                "reasons", "x"))).post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(400);
    }
}
