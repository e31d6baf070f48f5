package nl.tweedekamer.meldpunt.portaal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import nl.tweedekamer.meldpunt.portaal.beveiliging.Beveiligingskoppen;
import nl.tweedekamer.meldpunt.portaal.support.Formulieren;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService.Antwoord;

/**
 * The complaint pages against stand-ins of klacht- and termijn-service: the commission's worklist, most urgent first
 * with a lapsed term said in words, and a complaint's page that says its next step and due date in words for its
 * reader; what a service refuses is not found.
 */
@QuarkusTest
@WithTestResource(NepMeldingService.class)
class KlachtPaginasTests {

    static final String KLACHT = "1b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f";
    static final String ANDERE = "2b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f";
    static final String ZONDER = "3b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f";
    static final String SECRETARIS = "00000000-0000-4000-8000-000000000006";

    @BeforeEach
    void wis() {
        NepMeldingService.wis();
    }

    @Test
    @TestSecurity(user = "secretaris", roles = "commission-secretary")
    @OidcSecurity(claims = @Claim(key = "sub", value = SECRETARIS))
    void theWorklistPutsTheLapsedTermFirstAndSaysItAndEveryDueDateInWordsWithoutNames() {
        NepMeldingService.antwoord("GET /klachten", Antwoord.json(200, "["
                + regel(ZONDER, "K-2026-0001", "INGEDIEND") + "," + regel(ANDERE, "K-2026-0002", "ONTVANKELIJK") + ","
                + regel(KLACHT, "K-2026-0003", "ONTVANGEN") + "]"));
        NepMeldingService.antwoord("GET /termijnen", Antwoord.json(200, "["
                + termijn(ANDERE, "K-2026-0002", "T4", "het advies van de klachtencommissie aan de werkgever (artikel 12.2"
                        + " Klachtenregeling)", "2026-12-21", "OPEN", null)
                + "," + termijn(KLACHT, "K-2026-0003", "T3", "de beslissing over de ontvankelijkheid (artikel 10.1"
                        + " Klachtenregeling)", "2026-12-04", "LAPSED", "2026-12-07")
                + "]"));

        String html = given().get("/commissie/klachten").then().statusCode(200).extract().asString();

        assertThat(html).contains("<title>Klachten van de commissie - ",
                "Termijn verstreken op maandag 7 december 2026: de beslissing over de ontvankelijkheid (artikel 10.1"
                        + " Klachtenregeling).",
                "Volgende stap: het advies van de klachtencommissie aan de werkgever (artikel 12.2 Klachtenregeling),"
                        + " uiterlijk maandag 21 december 2026.",
                "Stand: ingediend, de ontvangst is nog niet bevestigd.", "Er loopt geen termijn.",
                "href=\"/klachten/" + KLACHT + "\"");
        assertThat(html.indexOf("K-2026-0003")).as("the lapsed term first")
                .isLessThan(html.indexOf("K-2026-0002"));
        assertThat(html.indexOf("K-2026-0002")).as("then the nearest due date, then no term")
                .isLessThan(html.indexOf("K-2026-0001"));
        assertThat(NepMeldingService.laatste("GET /klachten").orElseThrow().kop("Authorization")).startsWith("Bearer ey");
        assertThat(NepMeldingService.laatste("GET /termijnen").orElseThrow().kop("Authorization")).startsWith("Bearer ey");
    }

    @Test
    @TestSecurity(user = "secretaris", roles = "commission-secretary")
    @OidcSecurity(claims = @Claim(key = "sub", value = SECRETARIS))
    void withoutTermijnServiceTheWorklistStillListsTheCasesAndSaysTheOrderIsNotByDueDate() {
        NepMeldingService.antwoord("GET /klachten", Antwoord.json(200, "[" + regel(KLACHT, "K-2026-0003", "ONTVANGEN")
                + "]"));
        NepMeldingService.antwoord("GET /termijnen", Antwoord.probleem(503, "{}", Map.of()));
        assertThat(given().get("/commissie/klachten").then().statusCode(200).extract().asString())
                .contains("K-2026-0003", "De termijnen kunnen nu niet worden getoond.");
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "00000000-0000-4000-8000-000000000003"),
            @Claim(key = "tenant", value = "fractie-voorbeeld") })
    void theWorklistIsForTheCommissionAndTheStartPageOffersItOnlyThem() {
        assertThat(given().get("/commissie/klachten").then().statusCode(200).extract().asString())
                .contains("Deze lijst is voor de leden en de secretaris van de klachtencommissie.");
        assertThat(NepMeldingService.laatste("GET /klachten")).isEmpty();
        assertThat(given().get("/mijn").then().statusCode(200).extract().asString())
                .doesNotContain("href=\"/commissie/klachten\"");
    }

    @Test
    @TestSecurity(user = "secretaris", roles = "commission-secretary")
    @OidcSecurity(claims = @Claim(key = "sub", value = SECRETARIS))
    void theStartPageLinksTheWorklistForTheCommission() {
        assertThat(given().get("/mijn").then().statusCode(200).extract().asString())
                .contains("href=\"/commissie/klachten\"", "Klachten van de commissie");
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "00000000-0000-4000-8000-000000000003"),
            @Claim(key = "tenant", value = "fractie-voorbeeld") })
    void theComplainantReadsTheNextStepWithItsDueDateInWordsWhoSitsAndTheActsThatExist() {
        NepMeldingService.antwoord("GET /klachten/" + KLACHT, Antwoord.json(200, "{\"id\":\"" + KLACHT
                + "\",\"reference\":\"K-2026-0003\",\"tenantId\":\"fractie-voorbeeld\",\"status\":\"ONTVANGEN\","
                + "\"as\":\"KLAGER\",\"filedOn\":\"2026-12-04\",\"klaagschrift\":{\"complainant\":{\"address\":"
                + "\"Lange Poten 4\"}},\"procedure\":{\"receiptConfirmedOn\":\"2026-12-05\",\"completeOn\":\"2026-12-04\"},"
                + "\"composition\":[{\"personId\":\"00000000-0000-4000-8000-000000000005\",\"name\":\"Cor Commissie\","
                + "\"seat\":\"VOORZITTER\"},{\"personId\":\"00000000-0000-4000-8000-000000000008\",\"name\":\"Lot Lid\","
                + "\"seat\":\"LID\",\"side\":\"AMBTELIJK\"}],\"documents\":[],\"employers\":[],"
                + "\"terms\":[{\"term\":\"T3\",\"dueOn\":\"2026-12-21\",\"extensionDaysTotal\":0}]}"));

        String html = given().get("/klachten/" + KLACHT).then().statusCode(200).extract().asString();

        assertThat(html).contains("<title>Klacht K-2026-0003 - ", "Stand: ontvangen.",
                "Ingediend op 4 december 2026.",
                "De commissie beslist uiterlijk maandag 21 december 2026 of uw klacht ontvankelijk is.",
                "Cor Commissie, voorzitter", "Lot Lid, lid (ambtelijke zijde)", "u kunt bezwaar maken (artikel 7.8)",
                "href=\"/klachten/" + KLACHT + "/akten/ontvangstbevestiging\"")
                .doesNotContain("/akten/advies", "/akten/besluit", "Lange Poten", "/commissie/klachten");
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "00000000-0000-4000-8000-000000000003"),
            @Claim(key = "tenant", value = "fractie-voorbeeld") })
    void art11_4TheInvitedPartyReadsWhenAndWhereTheHearingIsWhoElseComesAndUntilWhenDocumentsAreTaken() {
        NepMeldingService.antwoord("GET /klachten/" + KLACHT, Antwoord.json(200, "{\"id\":\"" + KLACHT
                + "\",\"reference\":\"K-2026-0003\",\"status\":\"HOORZITTING_GEPLAND\",\"as\":\"AANGEKLAAGDE\","
                + "\"hearings\":[{\"hearingOn\":\"2027-01-21\",\"startsAt\":\"09:30:00\",\"location\":"
                + "\"Zaal 2 & 3, Prinses Irenestraat 6\",\"partiesTogether\":false,\"documentsDueOn\":\"2027-01-14\","
                + "\"otherInvitees\":\"Getuige G. Gezien\",\"counsel\":\"mr. R. Raad\"}]}"));

        String html = given().get("/klachten/" + KLACHT).then().statusCode(200).extract().asString();

        assertThat(html).contains("Uitnodiging voor de hoorzitting",
                "De klachtencommissie hoort de partijen op donderdag 21 januari 2027 om 9:30 uur (artikel 11.1).",
                "Plaats: Zaal 2 &amp; 3, Prinses Irenestraat 6",
                "Klager en aangeklaagde worden buiten elkaars aanwezigheid gehoord (artikel 11.1, 11.5).",
                "Verder uitgenodigd: Getuige G. Gezien (artikel 11.4).",
                "Nadere stukken kunt u indienen tot en met donderdag 14 januari 2027 (artikel 11.4).")
                .as("the counsel a party named is the commission's to read").doesNotContain("R. Raad");
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "00000000-0000-4000-8000-000000000003"),
            @Claim(key = "tenant", value = "fractie-voorbeeld") })
    void withoutAKnownDueDateTheNextStepIsSaidWithTheRegulationsTermAndTheDecisionOfTheEmployerByItsDate() {
        NepMeldingService.antwoord("GET /klachten/" + KLACHT, Antwoord.json(200, "{\"id\":\"" + KLACHT
                + "\",\"reference\":\"K-2026-0003\",\"status\":\"ONTVANGEN\",\"as\":\"KLAGER\",\"terms\":[]}"));
        assertThat(given().get("/klachten/" + KLACHT).then().statusCode(200).extract().asString()).contains(
                "De commissie beslist binnen twee weken nadat uw klacht compleet is of uw klacht ontvankelijk is.");

        NepMeldingService.antwoord("GET /klachten/" + KLACHT, Antwoord.json(200, "{\"id\":\"" + KLACHT
                + "\",\"reference\":\"K-2026-0003\",\"status\":\"ADVIES_UITGEBRACHT\",\"as\":\"AANGEKLAAGDE\","
                + "\"advice\":{\"adoptedOn\":\"2026-11-20\",\"issuedOn\":\"2026-11-23\"},"
                + "\"employers\":[{\"employerTenantId\":\"fractie-a\",\"adviceReceivedOn\":\"2026-11-23\","
                + "\"decisionDueOn\":\"2026-12-21\"}],\"documents\":[{\"kind\":\"HOORVERSLAG\"}]}"));
        assertThat(given().get("/klachten/" + KLACHT).then().statusCode(200).extract().asString()).contains(
                "De werkgever beslist uiterlijk maandag 21 december 2026 op het advies.",
                "href=\"/klachten/" + KLACHT + "/akten/advies\"").doesNotContain("/akten/besluit");
    }

    @Test
    @TestSecurity(user = "secretaris", roles = "commission-secretary")
    @OidcSecurity(claims = @Claim(key = "sub", value = SECRETARIS))
    void aComplaintKlachtServiceRefusesIsNotFoundAndAnActComesWithItsOwnPolicy() {
        NepMeldingService.antwoord("GET /klachten/" + ANDERE, Antwoord.probleem(403,
                "{\"title\":\"Forbidden\",\"status\":403}", Map.of()));
        assertThat(given().get("/klachten/" + ANDERE).then().statusCode(404).extract().asString())
                .contains("Niet gevonden").doesNotContain("Exception");
        given().get("/klachten/" + ZONDER).then().statusCode(404);
        NepMeldingService.antwoord("GET /klachten/" + KLACHT, Antwoord.probleem(503, "{}", Map.of()));
        assertThat(given().get("/klachten/" + KLACHT).then().statusCode(503).extract().asString())
                .contains("Even niet beschikbaar");

        NepMeldingService.antwoord("GET /klachten/" + KLACHT + "/akten/advies", new Antwoord(200,
                "text/html;charset=UTF-8", "<!doctype html><title>Advies K-2026-0003</title><p>Advies</p>", Map.of()));
        given().get("/klachten/" + KLACHT + "/akten/advies").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(Beveiligingskoppen.AKTE_POLICY))
                .header("Cache-Control", equalTo("no-store"))
                .body(org.hamcrest.Matchers.containsString("<title>Advies K-2026-0003</title>"));
        given().get("/klachten/" + KLACHT + "/akten/iets-anders").then().statusCode(404);
        given().get("/klachten/" + KLACHT + "/akten/besluit").then().statusCode(404);
    }

    private static String regel(String id, String kenmerk, String status) {
        return "{\"id\":\"" + id + "\",\"reference\":\"" + kenmerk + "\",\"tenantId\":\"fractie-voorbeeld\","
                + "\"status\":\"" + status + "\",\"filedOn\":\"2026-11-20\"}";
    }

    private static String termijn(String zaak, String kenmerk, String term, String omschrijving, String dueOn,
            String state, String lapsedOn) {
        return "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"term\":\"" + term + "\",\"description\":\""
                + omschrijving + "\",\"caseId\":\"" + zaak + "\",\"caseReference\":\"" + kenmerk + "\",\"dueOn\":\""
                + dueOn + "\",\"state\":\"" + state + "\",\"lapsedOn\":" + (lapsedOn == null ? "null"
                        : "\"" + lapsedOn + "\"") + "}";
    }

    @Test
    @TestSecurity(user = "secretaris", roles = "commission-secretary")
    @OidcSecurity(claims = @Claim(key = "sub", value = SECRETARIS))
    void aCalendarLinkIsShownOnceInTheAnswerThatMadeItAndCanBeRevoked() {
        String feed = "4b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f";
        NepMeldingService.antwoord("GET /agenda/feeds", Antwoord.json(200, "[{\"id\":\"" + feed + "\","
                + "\"createdAt\":\"2026-12-01T09:00:00Z\"}]"));
        NepMeldingService.antwoord("POST /agenda/feeds", Antwoord.json(201, "{\"id\":\"" + feed + "\","
                + "\"url\":\"https://meldpunt.example/api/agenda/geheim123.ics\",\"createdAt\":\"2026-12-07T09:00:00Z\"}"));
        NepMeldingService.antwoord("DELETE /agenda/feeds/" + feed, Antwoord.json(204, ""));

        assertThat(given().get("/commissie/agenda").then().statusCode(200).extract().asString())
                .contains("<title>Termijnen in uw agenda - ", "Gemaakt op 1 december 2026, 10:00")
                .doesNotContain("geheim123");
        String gemaakt = Formulieren.vanaf("/commissie/agenda").post("/commissie/agenda").then().statusCode(200)
                .extract().asString();
        assertThat(gemaakt).contains("value=\"https://meldpunt.example/api/agenda/geheim123.ics\" readonly",
                "hij wordt niet nog eens getoond");
        assertThat(given().get("/commissie/agenda").then().extract().asString()).doesNotContain("geheim123");

        Formulieren.vanaf("/commissie/agenda").post("/commissie/agenda/" + feed + "/intrekken").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("/commissie/agenda?ingetrokken=true"));
        assertThat(NepMeldingService.laatste("DELETE /agenda/feeds/" + feed)).isPresent();
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    void onlyTheCommissionMakesACalendarLink() {
        given().get("/commissie/agenda").then().statusCode(403);
        assertThat(NepMeldingService.laatste("GET /agenda/feeds")).isEmpty();
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = "00000000-0000-4000-8000-000000000003"))
    void aDraftsPageWhereTheMailBeforeItLapsesLinksLeadsItsAuthorBackToTheKlaagschrift() {
        NepMeldingService.antwoord("GET /klachten/" + KLACHT, Antwoord.json(200, "{\"id\":\"" + KLACHT + "\","
                + "\"status\":\"CONCEPT\",\"as\":\"KLAGER\"}"));
        assertThat(given().get("/klachten/" + KLACHT).then().statusCode(200).extract().asString())
                .contains("U hebt uw klaagschrift nog niet ondertekend en ingediend.",
                        "href=\"/klachten/" + KLACHT + "/klaagschrift/controle\"");
    }
}
