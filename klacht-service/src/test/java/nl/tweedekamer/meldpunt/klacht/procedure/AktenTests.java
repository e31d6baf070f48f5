package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * The written acts as printable copies (art 9.4, 12.5, 13.2; 10.4): each reader receives their own copy, with the
 * reference, the date, the article and the act as the dossier holds it, and never the other party's address.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class AktenTests {

    private static final String NOT_YET = "https://meldpunt.tweedekamer.nl/problems/akte-nog-niet-opgemaakt";
    private static final String DECISION = "Het bevoegd gezag neemt het advies over: een corrigerend gesprek volgt.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    /** The advice issued and the accused's employer decided. */
    private static String decided(Klachten k, String text) {
        String id = k.adviceIssued();
        k.asEmployerB().body(Map.of("text", text)).post("/klachten/{id}/besluit", id).then().statusCode(200);
        return id;
    }

    private static String print(RequestSpecification as, String id, String act) {
        return printed(as, id, act).extract().asString();
    }

    private static ValidatableResponse printed(RequestSpecification as, String id, String act) {
        return as.get("/klachten/{id}/akten/{act}", id, act).then().statusCode(200)
                .contentType(startsWith("text/html"));
    }

    private static String reference(Klachten k, String id) {
        return k.asSecretary().get("/klachten/{id}", id).then().extract().path("reference");
    }

    @Test
    void theComplainantsCopyOfTheDecisionCarriesNoAddressOfTheAccused() {
        Klachten k = new Klachten();
        String id = decided(k, DECISION);
        String copy = print(k.asComplainant(), id, "besluit");
        assertThat(copy).contains(DECISION, reference(k, id), "artikel 13, lid 2", DAY.format(today()),
                "Afschrift voor de klager", "Bert Beschuldigd");
        // the complainant's own address is on their own copy, the accused's is not
        assertThat(copy).contains("Lange Poten 4", "klara@example.nl").doesNotContain("bert@example.nl");
    }

    @Test
    void theAccusedsCopyOfEveryActCarriesNoAddressOfTheComplainant() {
        Klachten k = new Klachten();
        String id = decided(k, DECISION);
        for (String act : List.of("ontvangstbevestiging", "advies", "besluit")) {
            String copy = print(k.asAccused(), id, act);
            assertThat(copy).as(act).contains("Afschrift voor de aangeklaagde", "Klara Klager", "bert@example.nl")
                    .doesNotContain("Lange Poten", "2511 CL", "klara@example.nl");
        }
    }

    @Test
    void theCommissionsAndTheEmployersCopiesCarryNoAddressOfEitherParty() {
        Klachten k = new Klachten();
        String id = decided(k, DECISION);
        List<Supplier<RequestSpecification>> readers = List.of(k::asSecretary, k::asChair, k::asEmployerB);
        for (Supplier<RequestSpecification> reader : readers) {
            for (String act : List.of("advies", "besluit")) {
                assertThat(print(reader.get(), id, act)).as(act).contains("Klara Klager", "Bert Beschuldigd")
                        .doesNotContain("Lange Poten", "klara@example.nl", "bert@example.nl");
            }
        }
    }

    @Test
    void art9_4TheConfirmationOfReceiptIsPrintedOnceTheSecretaryConfirmedIt() {
        Klachten k = new Klachten();
        String id = k.file();
        k.asComplainant().get("/klachten/{id}/akten/ontvangstbevestiging", id).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(NOT_YET))
                .body("detail", containsString("art 9.4"));
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        String copy = print(k.asComplainant(), id, "ontvangstbevestiging");
        assertThat(copy).contains("Ontvangstbevestiging", reference(k, id), "artikel 9, lid 4",
                "bevestigt de ontvangst van klaagschrift " + reference(k, id), DAY.format(today()));
        assertThat(print(k.asSecretary(), id, "ontvangstbevestiging")).contains("Afschrift voor de klachtencommissie");
    }

    @Test
    void art12_5TheAdviceIsPrintedOnceSignedWithItsTextVoteAndMinorityPosition() {
        Klachten k = new Klachten();
        String id = k.factOverviewSent();
        k.asSecretary().body(k.advice("VOOR", "VOOR", "TEGEN")).post("/klachten/{id}/advies", id).then()
                .statusCode(200);
        // adopted, not yet signed by chair and secretary: not yet an act, also not for the commission
        k.asSecretary().get("/klachten/{id}/akten/advies", id).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(NOT_YET))
                .body("detail", containsString("art 12.5"));
        k.asChair().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        String copy = print(k.asComplainant(), id, "advies");
        assertThat(copy).contains("Advies van de klachtencommissie", reference(k, id), "artikel 12, lid 5",
                "Correctief advies", "De klacht is gegrond; de commissie adviseert een corrigerend gesprek.",
                "Bij meerderheid van stemmen vastgesteld", "Een lid acht de klacht ongegrond.",
                "Standpunt van de minderheid");
        // the decider it was addressed to prints it too
        assertThat(print(k.asEmployerB(), id, "advies")).contains("Afschrift voor het bevoegd gezag",
                "De klacht is gegrond");
    }

    @Test
    void art13_2TheDecisionIsPrintedOnceTheEmployerDecided() {
        Klachten k = new Klachten();
        String id = k.adviceIssued();
        k.asComplainant().get("/klachten/{id}/akten/besluit", id).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(NOT_YET))
                .body("detail", containsString("art 13"));
        k.asEmployerB().body(Map.of("text", DECISION)).post("/klachten/{id}/besluit", id).then().statusCode(200);
        assertThat(print(k.asEmployerB(), id, "besluit")).contains(DECISION, "Besluit genomen op");
        assertThat(print(k.asChair(), id, "besluit")).contains(DECISION, "artikel 13, lid 2");
    }

    @Test
    void art10_4AnInadmissibleComplaintsAdviceAndDecisionCiteArticle10_4() {
        Klachten k = new Klachten();
        String id = k.file();
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        k.asChair().body(k.takingPart(Map.of("admissible", false, "grounds", List.of("F_KENNELIJK_ONVOLDOENDE"),
                "mediationExplored", false, "reasons", "Het belang van de klager is kennelijk onvoldoende.")))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200);
        assertThat(print(k.asComplainant(), id, "advies")).contains("artikel 10, lid 4",
                "Het belang van de klager is kennelijk onvoldoende.", "artikel 9, lid 5, onder f");
        k.asEmployerA().body(Map.of("text", "De klacht wordt niet in behandeling genomen."))
                .post("/klachten/{id}/besluit", id).then().statusCode(200);
        assertThat(print(k.asComplainant(), id, "besluit")).contains("artikel 10, lid 4",
                "De klacht wordt niet in behandeling genomen.");
    }

    @Test
    void whoDoesNotReceiveAnActGets404LikeAnUnknownCaseOr403ForTheWrongInvolvement() {
        Klachten k = new Klachten();
        String id = decided(k, DECISION);
        // someone outside the case: as for an unknown case
        Klachten.as(UUID.randomUUID(), k.accusedTenant, Roles.EMPLOYEE).get("/klachten/{id}/akten/besluit", id)
                .then().statusCode(404).contentType("application/problem+json");
        k.asAccused().get("/klachten/{id}/akten/besluit", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        // the complainant's employer is not involved in an admissible complaint
        k.asEmployerA().get("/klachten/{id}/akten/advies", id).then().statusCode(404)
                .contentType("application/problem+json");
        // the employer reaches the case, but the confirmation of receipt is the complainant's
        k.asEmployerB().get("/klachten/{id}/akten/ontvangstbevestiging", id).then().statusCode(403)
                .contentType("application/problem+json");
        // a role that never reads dossiers
        Klachten.as(k.complainant, k.complainantTenant, Roles.FRACTIE_ADMIN).get("/klachten/{id}/akten/besluit", id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aPrintedActIsSelfContainedEscapedAndNeverCached() {
        Klachten k = new Klachten();
        String id = decided(k, "Besluit <script>alert('x')</script> & \"citaat\" <img src=x onerror=alert(1)>");
        ValidatableResponse response = printed(k.asComplainant(), id, "besluit")
                .header("Cache-Control", equalTo("no-store"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        String copy = response.extract().asString();
        assertThat(copy).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\">", "<title>Besluit van het bevoegd gezag")
                .contains("&lt;script&gt;alert(", "&amp;", "&lt;img src=x")
                .doesNotContain("<script", "<img", "src=\"", "href=", "<link", "@import", "url(");
    }

    @Test
    void everyCopyTakenIsRecordedInTheAuditTrail() {
        Klachten k = new Klachten();
        String id = decided(k, DECISION);
        print(k.asComplainant(), id, "besluit");
        print(k.asAccused(), id, "advies");
        k.asEmployerB().get("/klachten/{id}/akten/ontvangstbevestiging", id).then().statusCode(403);
        k.asChair().get("/klachten/{id}/inzage", id).then().statusCode(200)
                .body("findAll { it.part.startsWith('AKTE_') }.part", hasItems("AKTE_BESLUIT", "AKTE_ADVIES"))
                .body("findAll { it.part.startsWith('AKTE_') }.size()", equalTo(2));
    }
}
