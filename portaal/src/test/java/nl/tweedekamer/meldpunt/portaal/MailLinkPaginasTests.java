package nl.tweedekamer.meldpunt.portaal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService.Antwoord;

/**
 * The pages a reminder or a notice links to beside the melding's own: one term (termijn-service), an organisation's
 * pattern signals (melding-service), each read with the signed-in person's own token and shown in words.
 */
@QuarkusTest
@WithTestResource(NepMeldingService.class)
class MailLinkPaginasTests {

    static final String TERMIJN = "5b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f";
    static final String MELDING = "0b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f";

    @BeforeEach
    void wis() {
        NepMeldingService.wis();
    }

    @Test
    @TestSecurity(user = "vp", roles = "vertrouwenspersoon")
    @OidcSecurity(claims = @Claim(key = "sub", value = NepMeldingService.VP_ID))
    void aTermSaysWhatMustHappenByWhenInWordsAndLeadsToItsMelding() {
        NepMeldingService.antwoord("GET /termijnen/" + TERMIJN, Antwoord.json(200, "{\"termijn\":{\"id\":\"" + TERMIJN
                + "\",\"term\":\"T6\",\"description\":\"de vernietiging van het dossier van de vertrouwenspersoon"
                + " (artikel 5.6 Klachtenregeling)\",\"article\":\"art 5.6\",\"caseId\":\"" + MELDING
                + "\",\"caseReference\":\"M-2026-ABCD2345\",\"dueOn\":\"2028-12-21\",\"state\":\"OPEN\","
                + "\"remainingDays\":745},\"history\":[],\"reminders\":[]}"));
        String html = given().get(PortalRoutes.termijn(java.util.UUID.fromString(TERMIJN))).then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("<title>Termijn - ",
                "Deze termijn gaat over de vernietiging van het dossier van de vertrouwenspersoon",
                "Uiterlijk op donderdag 21 december 2028.", "Nog 745 dagen.", "Stand: loopt.",
                "href=\"/meldingen/" + MELDING + "\"", "Naar melding M-2026-ABCD2345");
        assertThat(NepMeldingService.laatste("GET /termijnen/" + TERMIJN).orElseThrow().kop("Authorization"))
                .startsWith("Bearer ey");
    }

    @Test
    @TestSecurity(user = "vp", roles = "vertrouwenspersoon")
    @OidcSecurity(claims = @Claim(key = "sub", value = NepMeldingService.VP_ID))
    void aTermThatIsNotTheirsIsNotFoundAndAServiceAwayIsSaid() {
        NepMeldingService.antwoord("GET /termijnen/" + TERMIJN, Antwoord.probleem(404,
                "{\"title\":\"Unknown term\",\"status\":404}", Map.of()));
        given().get("/termijnen/" + TERMIJN).then().statusCode(404);
        NepMeldingService.antwoord("GET /termijnen/" + TERMIJN, Antwoord.probleem(503, "{}", Map.of()));
        assertThat(given().get("/termijnen/" + TERMIJN).then().statusCode(503).extract().asString())
                .contains("Even niet beschikbaar");
    }

    @Test
    @TestSecurity(user = "werkgever", roles = "employer")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "fractie-voorbeeld"))
    void anOrganisationReadsItsPatternSignalsAsCountsAndAdviceNeverAMeldingOrAName() {
        NepMeldingService.antwoord("GET /tenants/fractie-voorbeeld/patroonsignalen", Antwoord.json(200,
                "[{\"signalId\":\"6b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f\",\"departmentCode\":\"FRACTIESTAF\","
                        + "\"basis\":\"AFDELING\",\"count\":\"< 5\",\"periodYear\":2026,\"sentOn\":\"2026-12-01\","
                        + "\"advice\":\"Bespreek de omgangsvormen in het teamoverleg.\"},"
                        + "{\"signalId\":\"7b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f\",\"departmentCode\":\"VOORLICHTING\","
                        + "\"basis\":\"PERSOON\",\"count\":\"6\",\"periodYear\":2026,\"sentOn\":\"2026-12-02\"}]"));
        String html = given().get("/organisaties/fractie-voorbeeld/patroonsignalen").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("<title>Patroonsignalen voor Fractie Voorbeeld - ", "Fractiestaf, 2026",
                "Aantal meldingen: minder dan 5.", "Bespreek de omgangsvormen in het teamoverleg.",
                "Voorlichting, 2026", "Meerdere meldingen gaan over één persoon in deze afdeling.",
                "Aantal meldingen: 6.", "De vertrouwenspersoon gaf geen advies mee.");
        // another organisation's signals: melding-service refuses, the page says not found
        NepMeldingService.antwoord("GET /tenants/andere-fractie/patroonsignalen", Antwoord.probleem(403,
                "{\"title\":\"Forbidden\",\"status\":403}", Map.of()));
        given().get("/organisaties/andere-fractie/patroonsignalen").then().statusCode(404);
    }
}
