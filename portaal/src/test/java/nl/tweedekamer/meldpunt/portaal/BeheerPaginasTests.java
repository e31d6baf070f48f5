package nl.tweedekamer.meldpunt.portaal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import nl.tweedekamer.meldpunt.portaal.support.Formulieren;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService.Antwoord;

/**
 * The administration's pages against a stand-in of klacht-service: the fractie administrator keeps the departments
 * melders pick from (one added or removed at a time, the list replaced whole at klacht-service), and the platform
 * administrator registers and offboards organisations; each refusal is said at its field, and nobody else gets in.
 */
@QuarkusTest
@WithTestResource(NepMeldingService.class)
class BeheerPaginasTests {

    static final String AFDELINGEN = "/organisaties/fractie-voorbeeld/afdelingen";

    @BeforeEach
    void wis() {
        NepMeldingService.wis();
        NepMeldingService.antwoord("GET /tenants/fractie-voorbeeld/departments", Antwoord.json(200,
                "[{\"code\":\"FRACTIESTAF\",\"name\":\"Fractiestaf\"},{\"code\":\"PERS\",\"name\":\"Voorlichting\"}]"));
        NepMeldingService.antwoord("PUT /tenants/fractie-voorbeeld/departments", Antwoord.json(200, "[]"));
        NepMeldingService.antwoord("GET /tenants", Antwoord.json(200, "["
                + "{\"id\":\"fractie-voorbeeld\",\"name\":\"Fractie Voorbeeld\",\"shortName\":\"FV\",\"kind\":\"FRACTIE\","
                + "\"status\":\"ACTIVE\",\"registeredAt\":\"2026-01-05T09:00:00Z\"},"
                + "{\"id\":\"fractie-oud\",\"name\":\"Fractie Oud\",\"shortName\":\"FO\",\"kind\":\"FRACTIE\","
                + "\"status\":\"OFFBOARDING\",\"registeredAt\":\"2025-01-05T09:00:00Z\"}]"));
    }

    @Test
    @TestSecurity(user = "beheerder", roles = "fractie-admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "fractie-voorbeeld"))
    void aDepartmentAddedByNameGetsACodeMadeFromItAndTheWholeListIsReplaced() {
        assertThat(given().get(AFDELINGEN).then().statusCode(200).extract().asString())
                .contains("<title>Afdelingen van ", "Fractiestaf", "FRACTIESTAF", "2 afdelingen op de lijst.");

        Formulieren.vanaf(AFDELINGEN).formParam("naam", "Financiën & Control").formParam("code", "")
                .post(AFDELINGEN).then().statusCode(303)
                .header("Location", containsString(AFDELINGEN + "?gedaan=toegevoegd"));

        assertThat(NepMeldingService.laatste("PUT /tenants/fractie-voorbeeld/departments").orElseThrow().body())
                .isEqualTo("{\"departments\":[{\"code\":\"FRACTIESTAF\",\"name\":\"Fractiestaf\"},"
                        + "{\"code\":\"PERS\",\"name\":\"Voorlichting\"},"
                        + "{\"code\":\"FINANCIEN-CONTROL\",\"name\":\"Financiën & Control\"}]}");
        given().get(AFDELINGEN + "?gedaan=toegevoegd").then().statusCode(200)
                .body(containsString("De afdeling staat op de lijst."));
    }

    @Test
    @TestSecurity(user = "beheerder", roles = "fractie-admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "fractie-voorbeeld"))
    void aCodeInUseOrANameMissingIsSaidAtItsFieldAndNothingIsSent() {
        String html = Formulieren.vanaf(AFDELINGEN).formParam("naam", "Pers").formParam("code", "pers")
                .post(AFDELINGEN).then().statusCode(400).extract().asString();
        assertThat(html).contains("<title>Fout: Afdelingen van ", "De code PERS is al in gebruik.",
                "id=\"code\" name=\"code\" value=\"pers\"", "aria-invalid=\"true\"");
        Formulieren.vanaf(AFDELINGEN).formParam("naam", "  ").post(AFDELINGEN).then().statusCode(400)
                .body(containsString("Vul de naam van de afdeling in"));
        assertThat(NepMeldingService.laatste("PUT /tenants/fractie-voorbeeld/departments")).isEmpty();
    }

    @Test
    @TestSecurity(user = "beheerder", roles = "fractie-admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "fractie-voorbeeld"))
    void removingADepartmentKeepsTheOthersInTheirOrder() {
        Formulieren.vanaf(AFDELINGEN).formParam("code", "FRACTIESTAF").post(AFDELINGEN + "/verwijderen").then()
                .statusCode(303).header("Location", containsString("?gedaan=verwijderd"));
        assertThat(NepMeldingService.laatste("PUT /tenants/fractie-voorbeeld/departments").orElseThrow().body())
                .isEqualTo("{\"departments\":[{\"code\":\"PERS\",\"name\":\"Voorlichting\"}]}");
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "fractie-voorbeeld"))
    void onlyTheFractieAdministratorKeepsTheDepartmentsAndOnlyThePlatformAdministratorTheOrganisations() {
        given().get(AFDELINGEN).then().statusCode(403);
        given().get("/beheer/organisaties").then().statusCode(403);
        assertThat(NepMeldingService.verzoeken()).isEmpty();
    }

    @Test
    @TestSecurity(user = "beheerder", roles = "platform-admin")
    void thePlatformAdministratorSeesEachOrganisationsStateInWordsAndRegistersOne() {
        String html = given().get("/beheer/organisaties").then().statusCode(200).extract().asString();
        assertThat(html).contains("<title>Organisaties - ", "Fractie Voorbeeld (FV)", "Doet mee",
                "Wordt afgemeld: geen nieuwe zaken", "href=\"/beheer/organisaties/fractie-voorbeeld/afmelden\"")
                .doesNotContain("/beheer/organisaties/fractie-oud/afmelden");
        NepMeldingService.antwoord("POST /tenants", Antwoord.json(201, "{\"id\":\"fractie-noord\"}"));

        Formulieren.vanaf("/beheer/organisaties").formParam("id", "Fractie-Noord").formParam("naam", "Fractie Noord")
                .formParam("afkorting", "FN").formParam("soort", "FRACTIE")
                .formParam("rechtspersoon", "Stichting Fractie Noord").formParam("contactadres", "post@noord.example")
                .formParam("hradres", "").post("/beheer/organisaties").then().statusCode(303)
                .header("Location", containsString("/beheer/organisaties?gedaan=geregistreerd"));
        assertThat(NepMeldingService.laatste("POST /tenants").orElseThrow().body()).isEqualTo("{\"id\":\"fractie-noord\","
                + "\"name\":\"Fractie Noord\",\"shortName\":\"FN\",\"kind\":\"FRACTIE\",\"employerEntity\":"
                + "\"Stichting Fractie Noord\",\"contactEmail\":\"post@noord.example\",\"hrContactEmail\":null}");
    }

    @Test
    @TestSecurity(user = "beheerder", roles = "platform-admin")
    void aCodeInUseAndAnAddressRefusedAreSaidAtTheirFields() {
        NepMeldingService.antwoord("POST /tenants", Antwoord.probleem(409, "{\"status\":409}", Map.of()));
        String html = Formulieren.vanaf("/beheer/organisaties").formParam("id", "fractie-voorbeeld")
                .formParam("naam", "Fractie Voorbeeld").formParam("afkorting", "FV").formParam("soort", "FRACTIE")
                .formParam("rechtspersoon", "Stichting").formParam("contactadres", "post@fv.example")
                .post("/beheer/organisaties").then().statusCode(409).extract().asString();
        assertThat(html).contains("Fout: Organisaties", "Er is al een organisatie met deze code.");

        NepMeldingService.antwoord("POST /tenants", Antwoord.probleem(400, "{\"status\":400,\"errors\":["
                + "{\"field\":\"register.registration.contactEmail\",\"message\":\"must be a well-formed email address\"}]}",
                Map.of()));
        assertThat(Formulieren.vanaf("/beheer/organisaties").formParam("id", "fractie-zuid")
                .formParam("naam", "Fractie Zuid").formParam("afkorting", "FZ").formParam("soort", "FRACTIE")
                .formParam("rechtspersoon", "Stichting").formParam("contactadres", "geen adres")
                .post("/beheer/organisaties").then().statusCode(422).extract().asString())
                .contains("Vul een geldig e-mailadres in, zoals post@fractie.nl.", "value=\"geen adres\"");
    }

    @Test
    @TestSecurity(user = "beheerder", roles = "platform-admin")
    void offboardingIsExplainedFirstAndThenDone() {
        given().get("/beheer/organisaties/fractie-voorbeeld/afmelden").then().statusCode(200)
                .body(containsString("Dit kunt u hier niet terugdraaien."))
                .body(containsString("Ja, Fractie Voorbeeld afmelden"));
        NepMeldingService.antwoord("POST /tenants/fractie-voorbeeld/offboarding", Antwoord.json(200, "{}"));
        Formulieren.vanaf("/beheer/organisaties/fractie-voorbeeld/afmelden")
                .post("/beheer/organisaties/fractie-voorbeeld/afmelden").then().statusCode(303)
                .header("Location", containsString("?gedaan=afgemeld"));
        assertThat(NepMeldingService.laatste("POST /tenants/fractie-voorbeeld/offboarding")).isPresent();
        given().get("/beheer/organisaties/fractie-onbekend/afmelden").then().statusCode(404)
                .body(containsString("Niet gevonden"));
        given().get("/beheer/organisaties?gedaan=afgemeld").then().statusCode(200)
                .body(containsString("er komen geen nieuwe zaken meer bij"), containsString("Organisaties"))
                .header("Cache-Control", equalTo("no-store"));
    }

    static final String COMMISSIE = "/beheer/commissie";
    static final String BENOEMING = "7c0e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f";

    private static void commissieVandaag() {
        NepMeldingService.antwoord("GET /commission", Antwoord.json(200, "{\"on\":\"2026-12-07\",\"complete\":false,"
                + "\"seats\":[{\"function\":\"CHAIR\",\"appointee\":{\"appointmentId\":\"" + BENOEMING + "\","
                + "\"name\":\"Vera Voorzitter\",\"appointedFrom\":\"2025-01-01\",\"lastDay\":\"2028-12-31\"}},"
                + "{\"function\":\"MEMBER\",\"side\":\"POLITICAL\",\"appointee\":null}],"
                + "\"issues\":[{\"article\":\"art 7.4\",\"description\":\"No member is appointed.\"},"
                + "{\"article\":\"art 7.5\",\"description\":\"No member of the commission is a woman.\"}]}"));
        NepMeldingService.antwoord("GET /commission/appointments", Antwoord.json(200, "[{\"appointmentId\":\""
                + BENOEMING + "\",\"function\":\"CHAIR\",\"name\":\"Vera Voorzitter\",\"workEmail\":"
                + "\"vera@extern.example\",\"woman\":false,\"appointedFrom\":\"2025-01-01\",\"appointedUntil\":"
                + "\"2028-12-31\",\"renewals\":0,\"status\":\"SERVING\"}]"));
    }

    @Test
    @TestSecurity(user = "beheerder", roles = "platform-admin")
    void theCommissionPageSaysWhichSeatsAreVacantAndThatArt7_5IsNotMetInWords() {
        commissieVandaag();
        String html = given().get(COMMISSIE).then().statusCode(200).extract().asString();
        assertThat(html).contains("<title>De klachtencommissie - ", "Voorzitter: Vera Voorzitter",
                "Lid, politiek deel: <strong>niet bezet</strong>", "De commissie is niet voltallig",
                "artikel 7.5 vraagt ten minste één", "Vera Voorzitter</strong>, Voorzitter. Loopt: 1 januari 2025 tot en met"
                        + " 31 december 2028.",
                "Vera Voorzitter herbenoemen voor vier jaar", "action=\"/beheer/commissie/" + BENOEMING + "/einde\"");
    }

    @Test
    @TestSecurity(user = "beheerder", roles = "platform-admin")
    void anAppointmentIsSentWithItsSideOnlyForMembersAndARuleOfTheRegulationIsSaidWithItsArticle() {
        commissieVandaag();
        NepMeldingService.antwoord("POST /commission/appointments", Antwoord.json(201, "{}"));
        Formulieren.vanaf(COMMISSIE).formParam("functie", "DEPUTY_CHAIR").formParam("zijde", "POLITICAL")
                .formParam("persoon", "00000000-0000-4000-8000-000000000005").formParam("naam", "Piet Plaatsvervanger")
                .formParam("werkadres", "piet@extern.example").formParam("vrouw", "nee").formParam("vanaf", "01-01-2027")
                .post(COMMISSIE).then().statusCode(303).header("Location", containsString("?gedaan=benoemd"));
        assertThat(NepMeldingService.laatste("POST /commission/appointments").orElseThrow().body()).isEqualTo(
                "{\"function\":\"DEPUTY_CHAIR\",\"side\":null,\"personId\":\"00000000-0000-4000-8000-000000000005\","
                        + "\"name\":\"Piet Plaatsvervanger\",\"workEmail\":\"piet@extern.example\",\"woman\":false,"
                        + "\"appointedFrom\":\"2027-01-01\",\"appointedUntil\":null}");

        NepMeldingService.antwoord("POST /commission/appointments", Antwoord.probleem(409, "{\"type\":"
                + "\"https://meldpunt.tweedekamer.nl/problems/commissie-vertrouwenspersoon\",\"status\":409}", Map.of()));
        assertThat(Formulieren.vanaf(COMMISSIE).formParam("functie", "MEMBER").formParam("zijde", "POLITICAL")
                .formParam("persoon", "00000000-0000-4000-8000-000000000005").formParam("naam", "Anna")
                .formParam("werkadres", "anna@vp.example").formParam("vrouw", "ja").formParam("vanaf", "01-01-2027")
                .post(COMMISSIE).then().statusCode(409).extract().asString())
                .contains("Fout: De klachtencommissie", "kan daarom niet in de klachtencommissie zitten (artikel 4.5)");
        // a member without a side, and a last day for anyone but the secretary: refused before anything is sent
        NepMeldingService.wis();
        commissieVandaag();
        assertThat(Formulieren.vanaf(COMMISSIE).formParam("functie", "MEMBER").formParam("persoon", "geen id")
                .formParam("naam", "Anna").formParam("werkadres", "anna@x.example").formParam("vrouw", "ja")
                .formParam("vanaf", "01-01-2027").formParam("tot", "01-01-2028").post(COMMISSIE).then().statusCode(400)
                .extract().asString()).contains("Kies namens welk deel", "Vul het inlog-id in",
                        "Alleen de secretaris krijgt een laatste dag");
        assertThat(NepMeldingService.laatste("POST /commission/appointments")).isEmpty();
    }

    @Test
    @TestSecurity(user = "beheerder", roles = "platform-admin")
    void anAppointmentIsEndedWithItsReasonAndRenewedForFourYears() {
        commissieVandaag();
        NepMeldingService.antwoord("POST /commission/appointments/" + BENOEMING + "/end", Antwoord.json(200, "{}"));
        NepMeldingService.antwoord("POST /commission/appointments/" + BENOEMING + "/renewal", Antwoord.json(200, "{}"));
        Formulieren.vanaf(COMMISSIE).formParam("reden", "PLAUSIBLY_INVOLVED")
                .post(COMMISSIE + "/" + BENOEMING + "/einde").then().statusCode(303)
                .header("Location", containsString("?gedaan=beeindigd"));
        assertThat(NepMeldingService.laatste("POST /commission/appointments/" + BENOEMING + "/end").orElseThrow().body())
                .isEqualTo("{\"reason\":\"PLAUSIBLY_INVOLVED\",\"endedOn\":null}");
        Formulieren.vanaf(COMMISSIE).post(COMMISSIE + "/" + BENOEMING + "/verlenging").then().statusCode(303)
                .header("Location", containsString("?gedaan=verlengd"));
        assertThat(NepMeldingService.laatste("POST /commission/appointments/" + BENOEMING + "/renewal")).isPresent();
    }

    static final String POOL = "/beheer/vertrouwenspersonen";
    static final String ANNA = "6f1f7a52-3c7e-4b51-9d1e-2a9f2f1b8c01";
    static final String BERT = "7f1f7a52-3c7e-4b51-9d1e-2a9f2f1b8c01";

    private static void poolVandaag() {
        NepMeldingService.antwoord("GET /vertrouwenspersonen", Antwoord.json(200, "["
                + "{\"personId\":\"" + ANNA + "\",\"name\":\"Anna de Vries\",\"functionCategory\":\"EXTERNAL\","
                + "\"appointedFrom\":\"2025-01-01\",\"appointedUntil\":\"2099-01-01\",\"renewals\":0,\"filesHandedOver\":0},"
                + "{\"personId\":\"" + BERT + "\",\"name\":\"Bert Bakker\",\"functionCategory\":\"STAFF\","
                + "\"appointedFrom\":\"2020-01-01\",\"appointedUntil\":\"2024-01-01\",\"renewals\":1,"
                + "\"endedOn\":\"2023-06-01\",\"endReason\":\"LEFT_EMPLOYMENT\",\"filesHandedOver\":0}]"));
    }

    @Test
    @TestSecurity(user = "beheerder", roles = "platform-admin")
    void thePoolPageOffersRenewalOnceAndTheHandOverOfAnEndedVpsFilesToOneWhoServes() {
        poolVandaag();
        String html = given().get(POOL).then().statusCode(200).extract().asString();
        assertThat(html).contains("<title>Vertrouwenspersonen van de Tweede Kamer - ", "<strong>Anna de Vries</strong>. Loopt",
                "Anna de Vries herbenoemen voor vier jaar", "<strong>Bert Bakker</strong>. Beëindigd: beëindigd op 1 juni 2023.",
                "Dossiers van Bert Bakker overdragen (artikel 5.7)", "<option value=\"" + ANNA + "\">Anna de Vries</option>")
                .doesNotContain("Bert Bakker herbenoemen", "action=\"/beheer/vertrouwenspersonen/" + BERT + "/einde\"");

        NepMeldingService.antwoord("POST /vertrouwenspersonen/" + BERT + "/overdracht", Antwoord.json(200,
                "{\"moved\":3}"));
        Formulieren.vanaf(POOL).formParam("opvolger", ANNA).post(POOL + "/" + BERT + "/overdracht").then()
                .statusCode(303).header("Location", containsString("?gedaan=overgedragen&verplaatst=3"));
        assertThat(NepMeldingService.laatste("POST /vertrouwenspersonen/" + BERT + "/overdracht").orElseThrow().body())
                .isEqualTo("{\"successorId\":\"" + ANNA + "\"}");
        given().get(POOL + "?gedaan=overgedragen&verplaatst=3").then().body(containsString("Dossiers overgedragen: 3."));
    }

    @Test
    @TestSecurity(user = "beheerder", roles = "platform-admin")
    void hrStaffIsRefusedBeforeAnythingIsSentAndASecondRenewalIsExplainedByArticle4_2() {
        poolVandaag();
        assertThat(Formulieren.vanaf(POOL).formParam("persoon", ANNA).formParam("naam", "Harry HR")
                .formParam("adres", "harry@hr.example").formParam("categorie", "HR").formParam("vanaf", "01-01-2027")
                .post(POOL).then().statusCode(400).extract().asString())
                .contains("Wie bij personeelszaken werkt, kan geen vertrouwenspersoon zijn (artikel 4.5).");
        assertThat(NepMeldingService.laatste("POST /vertrouwenspersonen")).isEmpty();

        NepMeldingService.antwoord("POST /vertrouwenspersonen", Antwoord.json(201, "{}"));
        Formulieren.vanaf(POOL).formParam("persoon", ANNA).formParam("naam", "Anna de Vries")
                .formParam("adres", "anna@vp.example").formParam("categorie", "EXTERNAL").formParam("vanaf", "01-01-2027")
                .post(POOL).then().statusCode(303);
        assertThat(NepMeldingService.laatste("POST /vertrouwenspersonen").orElseThrow().body()).isEqualTo(
                "{\"personId\":\"" + ANNA + "\",\"name\":\"Anna de Vries\",\"email\":\"anna@vp.example\","
                        + "\"functionCategory\":\"EXTERNAL\",\"appointedFrom\":\"2027-01-01\"}");

        NepMeldingService.antwoord("POST /vertrouwenspersonen/" + ANNA + "/renewal", Antwoord.probleem(409,
                "{\"status\":409,\"detail\":\"Art 4.2 allows one renewal\"}", Map.of()));
        assertThat(Formulieren.vanaf(POOL).post(POOL + "/" + ANNA + "/verlenging").then().statusCode(409).extract()
                .asString()).contains("Een benoeming kan maar één keer worden verlengd (artikel 4.2).");
    }

    @Test
    @TestSecurity(user = "beheerder", roles = "platform-admin")
    void aDecreeIsEnteredDayByDayAndTheYearsNoDecreeCoversAreSaid() {
        NepMeldingService.antwoord("GET /atw/decrees", Antwoord.json(200, "[{\"id\":\"" + BENOEMING + "\","
                + "\"title\":\"Besluit 2014-2026\",\"coversFromYear\":2014,\"coversToYear\":2026,"
                + "\"days\":[{\"date\":\"2026-12-24\",\"description\":\"Kerstavond\"}]}]"));
        String html = given().get("/beheer/atw").then().statusCode(200).extract().asString();
        assertThat(html).contains("<title>Feestdagen bij koninklijk besluit - ", "Geldt voor 2014 tot en met 2026.",
                "donderdag 24 december 2026: Kerstavond");
        // this year and the two after it, less those the decree covers
        int ditJaar = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear();
        String zonder = String.join(", ", java.util.stream.IntStream.rangeClosed(ditJaar, ditJaar + 2)
                .filter(j -> j > 2026).mapToObj(String::valueOf).toList());
        assertThat(html).contains("Voor " + zonder + " is nog geen besluit ingevoerd.");

        String fout = Formulieren.vanaf("/beheer/atw").formParam("titel", "Besluit 2027").formParam("vanJaar", "2027")
                .formParam("totJaar", "2027").formParam("dagen", "27-12-2027 Dag na Tweede Kerstdag\nmorgen Vrij")
                .post("/beheer/atw").then().statusCode(400).extract().asString();
        assertThat(fout).contains("Regel 2 is niet te lezen.");
        assertThat(NepMeldingService.laatste("POST /atw/decrees")).isEmpty();

        NepMeldingService.antwoord("POST /atw/decrees", Antwoord.json(201, "{}"));
        Formulieren.vanaf("/beheer/atw").formParam("titel", "Besluit 2027").formParam("vanJaar", "2027")
                .formParam("totJaar", "2028").formParam("gepubliceerd", "")
                .formParam("dagen", "27-12-2027 Dag na Tweede Kerstdag\r\n\r\n2028-05-26 Dag na Hemelvaart")
                .post("/beheer/atw").then().statusCode(303).header("Location", containsString("/beheer/atw?gedaan=true"));
        assertThat(NepMeldingService.laatste("POST /atw/decrees").orElseThrow().body()).isEqualTo("{\"title\":"
                + "\"Besluit 2027\",\"coversFromYear\":2027,\"coversToYear\":2028,\"published\":null,\"days\":["
                + "{\"date\":\"2027-12-27\",\"description\":\"Dag na Tweede Kerstdag\"},"
                + "{\"date\":\"2028-05-26\",\"description\":\"Dag na Hemelvaart\"}]}");

        NepMeldingService.antwoord("POST /atw/decrees", Antwoord.probleem(409, "{\"status\":409}", Map.of()));
        assertThat(Formulieren.vanaf("/beheer/atw").formParam("titel", "Nog eens").formParam("vanJaar", "2026")
                .formParam("totJaar", "2026").formParam("dagen", "24-12-2026 Kerstavond").post("/beheer/atw").then()
                .statusCode(409).extract().asString()).contains("Een van deze jaren valt al onder een ander besluit.");
    }

    @Test
    @TestSecurity(user = "techniek", roles = "operator")
    void technicalOperationsReadsTheDeliveryLogByStateWithoutAnyAddress() {
        NepMeldingService.antwoord("GET /deliveries", Antwoord.json(200, "[{\"id\":\"" + BENOEMING + "\","
                + "\"template\":\"ONTVANGST_BEVESTIGD\",\"recipientRole\":\"KLAGER\",\"addressHash\":"
                + "\"0123456789abcdef0123456789abcdef\",\"state\":\"FAILED\",\"attempts\":8,"
                + "\"createdAt\":\"2026-12-07T09:00:00Z\"}]"));
        String html = given().get("/techniek/bezorging?stand=FAILED").then().statusCode(200).extract().asString();
        assertThat(html).contains("<title>Verstuurde e-mail - ", "ONTVANGST_BEVESTIGD", "klager",
                "Mislukt, wordt niet meer geprobeerd", "<code>0123456789ab</code>", "7 december 2026, 10:00",
                "<option value=\"FAILED\" selected>").doesNotContain("0123456789abcdef0123");
        assertThat(NepMeldingService.laatste("GET /deliveries").orElseThrow().kop("Authorization")).startsWith("Bearer ");
        // a state that is none is ignored: every state is shown
        assertThat(given().get("/techniek/bezorging?stand=KWIJT").then().statusCode(200).extract().asString())
                .doesNotContain(" selected>");
    }

    @Test
    @TestSecurity(user = "beheerder", roles = "platform-admin")
    void thePlatformAdministratorDoesNotReadTheDeliveryLog() {
        given().get("/techniek/bezorging").then().statusCode(403);
        assertThat(NepMeldingService.laatste("GET /deliveries")).isEmpty();
    }
}
