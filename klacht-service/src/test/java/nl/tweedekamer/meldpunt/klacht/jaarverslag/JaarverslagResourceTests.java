package nl.tweedekamer.meldpunt.klacht.jaarverslag;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.signature;
import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.Onboarding;
import nl.tweedekamer.meldpunt.klacht.support.TestClock;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * The commission's annual report (art 14; domain.md §8): counts per employer, with counts from 1 to 4 hidden as
 * "< 5", for the employer, today's commission and — further anonymised — the works council. Complaints are filed
 * this year; the report over this year is read on 5 January of the next, when the year is over.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class JaarverslagResourceTests {

    private static final int YEAR = today().getYear();

    @Inject
    TestClock clock;

    @AfterEach
    void systemClockAgain() {
        clock.reset();
    }

    private void yearIsOver() {
        clock.setLocal((YEAR + 1) + "-01-05T10:00");
    }

    private static String file(Klachten k, String category, String complainantName, String behaviour) {
        Map<String, Object> content = new HashMap<>(k.klaagschrift());
        content.put("category", category);
        if (complainantName != null) {
            content.put("complainant", Map.of("name", complainantName, "address", "Geheimstraat 1, Den Haag",
                    "function", "Medewerker", "email", "geheim@example.nl"));
            content.put("behaviour", behaviour);
        }
        String id = k.draft(content);
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);
        return id;
    }

    private static String file(Klachten k, String category) {
        return file(k, category, null, null);
    }

    private static ValidatableResponse employerReport(Klachten k, String tenant, String edition) {
        var as = tenant.equals(k.complainantTenant) ? k.asEmployerA() : k.asEmployerB();
        if (edition != null) {
            as = as.queryParam("edition", edition);
        }
        return as.get("/tenants/{t}/jaarverslag/{y}", tenant, YEAR).then().statusCode(200);
    }

    private static String inadmissible(Klachten k) {
        String id = file(k, "INTIMIDATIE");
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        k.asChair().body(k.takingPart(Map.of("admissible", false, "grounds", List.of("F_KENNELIJK_ONVOLDOENDE"),
                "mediationExplored", false, "reasons", "Kennelijk onvoldoende gewicht (art 9.5.f).")))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200);
        return id;
    }

    private static String adviceBothPreventiveAndCorrective(Klachten k) {
        String id = k.factOverviewSent();
        Map<String, Object> advice = new HashMap<>(k.advice("VOOR", "VOOR", "VOOR"));
        advice.put("nature", "PREVENTIEF_EN_CORRECTIEF");
        k.asSecretary().body(advice).post("/klachten/{id}/advies", id).then().statusCode(200);
        k.asChair().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200)
                .body("status", equalTo("ADVIES_UITGEBRACHT"));
        return id;
    }

    @Test
    void countsFromOneToFourShowAsLessThanFiveZeroAsZeroFiveAndUpExactlyAndATotalThatWouldRevealOneIsHidden() {
        Klachten k = new Klachten();
        for (int i = 0; i < 5; i++) {
            file(k, "PESTEN");
        }
        file(k, "DISCRIMINATIE");
        file(k, "DISCRIMINATIE");
        yearIsOver();

        employerReport(k, k.complainantTenant, null)
                .body("year", equalTo(YEAR)).body("edition", equalTo("WERKGEVER"))
                .body("tenantId", equalTo(k.complainantTenant))
                .body("cijfers.klachtenOntvangen.counts.PESTEN", equalTo("5"))
                .body("cijfers.klachtenOntvangen.counts.DISCRIMINATIE", equalTo("< 5"))
                .body("cijfers.klachtenOntvangen.counts.STALKEN", equalTo("0"))
                // 7 would give away the 2 discrimination complaints
                .body("cijfers.klachtenOntvangen.total", equalTo("< 5"))
                .body("cijfers.adviezenGegeven.total", equalTo("0"));

        // a third hidden count: 5 + 2 + 1 = 8 pins neither hidden count, so the total shows
        clock.reset();
        file(k, "STALKEN");
        yearIsOver();
        employerReport(k, k.complainantTenant, null)
                .body("cijfers.klachtenOntvangen.counts.STALKEN", equalTo("< 5"))
                .body("cijfers.klachtenOntvangen.total", equalTo("8"));
    }

    @Test
    void aComplaintAcrossOrganisationsCountsForTheComplainantsAndTheAccusedsEmployerAndNoOtherOne() {
        Klachten k = new Klachten();
        for (int i = 0; i < 6; i++) {
            file(k, "PESTEN");
        }
        String unrelated = Onboarding.newTenantId();
        Onboarding.registerDeclaredFractie(unrelated);
        yearIsOver();

        employerReport(k, k.complainantTenant, null).body("cijfers.klachtenOntvangen.total", equalTo("6"));
        employerReport(k, k.accusedTenant, null).body("cijfers.klachtenOntvangen.total", equalTo("6"))
                .body("cijfers.klachtenOntvangen.counts.PESTEN", equalTo("6"));
        Klachten.as(UUID.randomUUID(), unrelated, Roles.EMPLOYER).get("/tenants/{t}/jaarverslag/{y}", unrelated, YEAR)
                .then().statusCode(200).body("cijfers.klachtenOntvangen.total", equalTo("0"));

        // the commission's overall figures count each complaint once: its employers' lines show both organisations
        JsonPath all = k.asSecretary().get("/jaarverslagen/{y}", YEAR).then().statusCode(200).extract().jsonPath();
        assertThat(all.getString("employers.find { it.tenantId == '" + k.complainantTenant
                + "' }.cijfers.klachtenOntvangen.total")).isEqualTo("6");
        assertThat(all.getString("employers.find { it.tenantId == '" + k.accusedTenant
                + "' }.cijfers.klachtenOntvangen.total")).isEqualTo("6");
        assertThat(all.getString("employers.find { it.tenantId == '" + unrelated
                + "' }.cijfers.klachtenOntvangen.total")).isEqualTo("0");
    }

    @Test
    void anAdviceCountsForTheEmployerItWasGivenTo() {
        // art 12.2: the advice on an admissible complaint goes to the accused's employer
        Klachten advised = new Klachten();
        adviceBothPreventiveAndCorrective(advised);
        // art 10.4: the advice on inadmissibility goes to the complainant's employer
        Klachten refused = new Klachten();
        inadmissible(refused);
        yearIsOver();

        employerReport(advised, advised.accusedTenant, null)
                .body("cijfers.adviezenGegeven.counts.PREVENTIEF_EN_CORRECTIEF", equalTo("< 5"))
                .body("cijfers.adviezenGegeven.counts.NIET_ONTVANKELIJK", equalTo("0"));
        employerReport(advised, advised.complainantTenant, null)
                .body("cijfers.adviezenGegeven.total", equalTo("0"))
                .body("cijfers.klachtenOntvangen.counts.PESTEN", equalTo("< 5"));
        employerReport(refused, refused.complainantTenant, null)
                .body("cijfers.adviezenGegeven.counts.NIET_ONTVANKELIJK", equalTo("< 5"))
                .body("cijfers.klachtenOntvangen.counts.INTIMIDATIE", equalTo("< 5"));
        employerReport(refused, refused.accusedTenant, null)
                .body("cijfers.adviezenGegeven.total", equalTo("0"));
    }

    @Test
    void theWorksCouncilEditionRevealsLessThanTheEmployers() {
        Klachten k = new Klachten();
        for (int i = 0; i < 5; i++) {
            file(k, "PESTEN");
        }
        for (int i = 0; i < 5; i++) {
            file(k, "DISCRIMINATIE");
        }
        file(k, "STALKEN");
        yearIsOver();

        employerReport(k, k.complainantTenant, null)
                .body("cijfers.klachtenOntvangen.counts.PESTEN", equalTo("5"))
                .body("cijfers.klachtenOntvangen.counts.DISCRIMINATIE", equalTo("5"))
                .body("cijfers.klachtenOntvangen.total", equalTo("< 5"))
                .body("cijfers.adviezenGegeven.counts", hasKey("CORRECTIEF"));
        employerReport(k, k.complainantTenant, "ondernemingsraad")
                .body("edition", equalTo("ONDERNEMINGSRAAD"))
                // broader groups instead of categories; exact only where the employer's edition is exact
                .body("cijfers.klachtenOntvangen.counts.PESTEN_EN_DISCRIMINATIE", equalTo("10"))
                .body("cijfers.klachtenOntvangen.counts.INTIMIDATIE_EN_STALKEN", equalTo("< 5"))
                .body("cijfers.klachtenOntvangen.counts.AGRESSIE_GEWELD_EN_EXTREMISME", equalTo("0"))
                .body("cijfers.klachtenOntvangen.counts", not(hasKey("PESTEN")))
                .body("cijfers.klachtenOntvangen.counts", not(hasKey("STALKEN")))
                // the total the employer's edition hides stays hidden; advice as a total, without kinds
                .body("cijfers.klachtenOntvangen.total", equalTo("< 5"))
                .body("cijfers.adviezenGegeven.counts", anEmptyMap())
                .body("cijfers.adviezenGegeven.total", equalTo("0"));
    }

    @Test
    void thePrintableReportShowsTheSameFiguresAndNoNameOrTextOfAComplaint() {
        Klachten k = new Klachten();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String name = "Zwanhilde Geheimnaam-" + marker;
        String text = "Onvergetelijk-geheime-beschrijving-" + marker;
        for (int i = 0; i < 5; i++) {
            file(k, "PESTEN", name, text);
        }
        file(k, "EXTREMISME", name, text);
        yearIsOver();

        String json = k.asEmployerA().get("/tenants/{t}/jaarverslag/{y}", k.complainantTenant, YEAR).then()
                .statusCode(200).contentType("application/json").extract().asString();
        String html = k.asEmployerA().accept("text/html")
                .get("/tenants/{t}/jaarverslag/{y}", k.complainantTenant, YEAR).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        String commission = k.asSecretary().accept("text/html").get("/jaarverslagen/{y}", YEAR).then()
                .statusCode(200).extract().asString();
        for (String report : List.of(json, html, commission)) {
            assertThat(report).doesNotContain(marker).doesNotContain("Zwanhilde").doesNotContain("Geheimstraat")
                    .doesNotContain("Bert Beschuldigd").doesNotContain("buitengesloten").doesNotContain("K-" + YEAR);
        }
        assertThat(html).contains("<html lang=\"nl\"").contains("@media print")
                .contains("Jaarverslag klachtencommissie ongewenste omgangsvormen " + YEAR)
                .contains("Pesten of treiteren</th><td>5</td>")
                .contains("Extremisme</th><td>&lt; 5</td>")
                .contains("Stalken</th><td>0</td>")
                // 6 would give away the single extremism complaint
                .contains("Totaal</th><td>&lt; 5</td>");
    }

    @Test
    void anEmployerCannotReadAnotherOrganisationsReportAndGetsTheAnswerOfAnUnknownOne() {
        Klachten k = new Klachten();
        yearIsOver();
        String other = k.asEmployerA().get("/tenants/{t}/jaarverslag/{y}", k.accusedTenant, YEAR).then()
                .statusCode(404).contentType("application/problem+json").extract().path("title");
        String unknown = k.asEmployerA().get("/tenants/{t}/jaarverslag/{y}", "fr-onbekend", YEAR).then()
                .statusCode(404).extract().path("title");
        assertThat(other).isEqualTo(unknown);
        // nor the report over every employer
        k.asEmployerA().get("/jaarverslagen/{y}", YEAR).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theHrPortalEmployeesAndAdministratorsAreRefused() {
        Klachten k = new Klachten();
        yearIsOver();
        for (String role : List.of(Roles.HR_PORTAL, Roles.EMPLOYEE, Roles.FRACTIE_ADMIN, Roles.PLATFORM_ADMIN,
                Roles.VERTROUWENSPERSOON)) {
            Klachten.as(UUID.randomUUID(), k.complainantTenant, role)
                    .get("/tenants/{t}/jaarverslag/{y}", k.complainantTenant, YEAR).then().statusCode(403)
                    .contentType("application/problem+json");
            Klachten.as(UUID.randomUUID(), k.complainantTenant, role).get("/jaarverslagen/{y}", YEAR).then()
                    .statusCode(403);
        }
        // a commission role without a seat on today's commission reads nothing either
        Klachten.as(UUID.randomUUID(), "tk", Roles.COMMISSION_MEMBER).get("/jaarverslagen/{y}", YEAR).then()
                .statusCode(403).body("detail", containsString("art 14"));
        Klachten.as(UUID.randomUUID(), "tk", Roles.COMMISSION_MEMBER)
                .get("/tenants/{t}/jaarverslag/{y}", k.complainantTenant, YEAR).then().statusCode(404);
        // today's chair reads an employer's report
        k.asChair().get("/tenants/{t}/jaarverslag/{y}", k.complainantTenant, YEAR).then().statusCode(200);
    }

    @Test
    void onlyAYearThatIsOverFromTheRegulationsFirstYearOnIsReported() {
        Klachten k = new Klachten();
        k.asSecretary().get("/jaarverslagen/{y}", YEAR).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("1 January " + (YEAR + 1)));
        k.asSecretary().get("/jaarverslagen/{y}", YEAR + 1).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("future"));
        k.asSecretary().get("/jaarverslagen/2020").then().statusCode(400).body("detail", containsString("2021"));
        k.asSecretary().get("/jaarverslagen/twintig").then().statusCode(400);
        k.asEmployerA().get("/tenants/{t}/jaarverslag/{y}", k.complainantTenant, YEAR + 5).then().statusCode(400);
        k.asSecretary().queryParam("edition", "pers").get("/jaarverslagen/{y}", YEAR - 1).then().statusCode(400)
                .body("detail", containsString("ondernemingsraad"));
        k.asSecretary().get("/jaarverslagen/{y}", YEAR - 1).then().statusCode(200).body("year", equalTo(YEAR - 1));
    }
}
