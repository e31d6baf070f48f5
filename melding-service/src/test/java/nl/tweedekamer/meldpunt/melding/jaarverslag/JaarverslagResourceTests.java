package nl.tweedekamer.meldpunt.melding.jaarverslag;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intervention;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.ownVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractieAdmin;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.platformAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** The VPs' annual report (art 4.4): counts only, small ones suppressed, a fractie's own VPs to that fractie. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class JaarverslagResourceTests {

    private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aFractiesOwnVpsReportToItsAdministratorWithSmallCountsSuppressedAndNoVpNamed() {
        String tenant = fractie("EIGEN");
        UUID own = ownVp(tenant);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> body = intake(own, planted());
            body.put("category", i < 5 ? "INTIMIDATIE" : "PESTEN");
            ids.add(report(UUID.randomUUID().toString(), tenant, body));
        }
        vp(own, tenant).body(intervention("GEEN_INTERVENTIE_OP_VERZOEK_MELDER", "0.50"))
                .post("/meldingen/{id}/interventies", ids.get(0)).then().statusCode(201);
        vp(own, tenant).body(Map.of("outcome", "ONBEKEND", "confirmation", "Afgehandeld."))
                .post("/meldingen/{id}/sluiting", ids.get(0)).then().statusCode(200);

        String json = fractieAdmin(tenant).get("/tenants/{t}/jaarverslag/{y}", tenant, YEAR).then().statusCode(200)
                // 8 meldingen, 5 and 3 by category: 8 - 5 would give the 3 away, so the 5 is hidden too
                .body("meldingen", equalTo("8"))
                .body("categories.counts.INTIMIDATIE", equalTo("< 5"))
                .body("categories.counts.PESTEN", equalTo("< 5"))
                .body("categories.counts.STALKEN", equalTo("0"))
                .body("categories.total", equalTo("8"))
                .body("kinds.counts.ONGEWENSTE_OMGANGSVORMEN", equalTo("8"))
                .body("origin.counts.FRACTIE", equalTo("8"))
                .body("noInterventionAtMeldersRequest", equalTo("< 5"))
                .body("closed", equalTo("< 5"))
                .body("outcomes.total", equalTo("< 5"))
                // 7 in progress and 1 closed: 8 - 7 would give the 1 away
                .body("statusAtYearEnd.counts.IN_BEHANDELING", equalTo("< 5"))
                .body("statusAtYearEnd.counts.AFGEROND_RESULTAAT_ONBEKEND", equalTo("< 5"))
                .body("statusAtYearEnd.total", equalTo("8"))
                .body("hours", equalTo(0.5f))
                .extract().asString();
        assertThat(json).doesNotContain(own.toString(), "Vp Naam");

        fractieAdmin(tenant).accept("text/html").get("/tenants/{t}/jaarverslag/{y}", tenant, YEAR).then()
                .statusCode(200).contentType(containsString("text/html")).body(containsString("&lt; 5"));
    }

    @Test
    void theCentralFiguresAreForThePlatformAdministratorAndAFractiesForItsOwnAdministratorOnly() {
        String tenant = fractie("EIGEN");
        platformAdmin().get("/jaarverslag/{y}", YEAR).then().statusCode(200).body("scope", equalTo("POOL"));
        fractieAdmin(tenant).get("/jaarverslag/{y}", YEAR).then().statusCode(403);
        fractieAdmin(fractie("EIGEN")).get("/tenants/{t}/jaarverslag/{y}", tenant, YEAR).then().statusCode(404);
        platformAdmin().get("/tenants/{t}/jaarverslag/{y}", tenant, YEAR).then().statusCode(403);
        platformAdmin().get("/jaarverslag/{y}", 1999).then().statusCode(400);
    }

    @Test
    void art4_4AVpReadsTheFiguresOfTheReportTheyWriteThePoolsOrTheirFractiesOwn() {
        String tenant = fractie("EIGEN");
        UUID own = ownVp(tenant);
        for (int i = 0; i < 6; i++) {
            report(UUID.randomUUID().toString(), tenant, intake(own, planted()));
        }
        vp(own, tenant).get("/vertrouwenspersoon/jaarverslag/{y}", YEAR).then().statusCode(200)
                .body("scope", equalTo("EIGEN:" + tenant)).body("meldingen", equalTo("6"));
        UUID pool = nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp();
        vp(pool).get("/vertrouwenspersoon/jaarverslag/{y}", YEAR).then().statusCode(200)
                .body("scope", equalTo("POOL"));
        // someone with the role but no appointment reads nothing
        vp(UUID.randomUUID()).get("/vertrouwenspersoon/jaarverslag/{y}", YEAR).then().statusCode(404);
        vp(pool).get("/vertrouwenspersoon/jaarverslag/{y}", 1999).then().statusCode(400);
    }
}
