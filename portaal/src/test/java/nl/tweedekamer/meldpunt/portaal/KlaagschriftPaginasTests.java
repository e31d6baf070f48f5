package nl.tweedekamer.meldpunt.portaal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The complainant's klaagschrift (art 9) against a stand-in klacht-service: "Mijn klachten", each step of the wizard
 * saving its own part into the whole draft, klacht-service's faults at the field with what was typed, the check page
 * saying what art 9.1 still misses, filing with today's signature and on to the case page; what is not theirs is
 * "Niet gevonden".
 */
@QuarkusTest
@WithTestResource(NepMeldingService.class)
@TestSecurity(user = "medewerker", roles = "employee")
@OidcSecurity(claims = { @Claim(key = "sub", value = "00000000-0000-4000-8000-000000000003"),
        @Claim(key = "tenant", value = "fractie-voorbeeld") })
class KlaagschriftPaginasTests {

    static final String ID = "4b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f";
    static final String ANDER = "5b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f";
    static final String STAP = "/klachten/" + ID + "/klaagschrift/";

    @BeforeEach
    void wis() {
        NepMeldingService.wis();
    }

    @Test
    void myComplaintsListDraftsToTheirWizardAndFiledOnesToTheirPageAndOfferANewOne() {
        NepMeldingService.antwoord("GET /klachten", Antwoord.json(200, "[{\"id\":\"" + ID + "\",\"tenantId\":"
                + "\"fractie-voorbeeld\",\"status\":\"CONCEPT\"},{\"id\":\"" + ANDER + "\",\"reference\":\"K-2026-0007\","
                + "\"tenantId\":\"fractie-voorbeeld\",\"status\":\"ONTVANGEN\",\"filedOn\":\"2026-11-20\"}]"));

        String html = given().get("/mijn/klachten").then().statusCode(200).extract().asString();

        assertThat(html).contains("<title>Mijn klachten - ", "href=\"/klachten/" + ID + "/klaagschrift/soort\"",
                "Concept 1", "href=\"/klachten/" + ANDER + "\"", "Klacht K-2026-0007", "ingediend op 20 november 2026",
                "action=\"/mijn/klachten/nieuw\"", "Nieuwe klacht");
        assertThat(NepMeldingService.laatste("GET /klachten").orElseThrow().kop("Authorization")).startsWith("Bearer ey");
        assertThat(given().get("/mijn").then().statusCode(200).extract().asString())
                .contains("href=\"/mijn/klachten\"");
    }

    @Test
    void aNewComplaintStartsAnEmptyDraftAndOpensItsFirstStep() {
        NepMeldingService.antwoord("GET /klachten", Antwoord.json(200, "[]"));
        NepMeldingService.antwoord("POST /klachten", Antwoord.json(201, concept("{}")));

        String waar = Formulieren.vanaf("/mijn/klachten").post("/mijn/klachten/nieuw").then().statusCode(303)
                .extract().header("Location");

        assertThat(waar).endsWith(STAP + "soort");
        assertThat(NepMeldingService.laatste("POST /klachten").orElseThrow().body()).contains("\"accused\":[]");
    }

    @Test
    void eachStepSavesItsOwnPartIntoTheWholeDraftAndGoesOnBackOrAway() {
        NepMeldingService.antwoord("GET /klachten/" + ID, Antwoord.json(200, concept(
                "{\"behaviour\":\"Uitgelachen in het overleg.\",\"accused\":[{\"name\":\"Bert\",\"relation\":"
                        + "\"MEDEWERKER_FRACTIE\",\"employerTenantId\":\"fractie-voorbeeld\"}]}")));
        NepMeldingService.antwoord("PUT /klachten/" + ID + "/klaagschrift", Antwoord.json(200, concept("{}")));

        String soort = given().get(STAP + "soort").then().statusCode(200).extract().asString();
        assertThat(soort).contains("<title>Soort gedrag - ", "Stap 1 van 8", "Werkdruk alleen valt er niet onder",
                "Pesten of treiteren", "Bewaren en later verder", "aria-current=\"step\"");

        String verder = Formulieren.vanaf(STAP + "soort").formParam("categorie", "PESTEN").formParam("actie", "verder")
                .post(STAP + "soort").then().statusCode(303).extract().header("Location");
        assertThat(verder).endsWith(STAP + "gebeurd");
        String body = NepMeldingService.laatste("PUT /klachten/" + ID + "/klaagschrift").orElseThrow().body();
        assertThat(body).contains("\"category\":\"PESTEN\"", "\"behaviour\":\"Uitgelachen in het overleg.\"",
                "\"name\":\"Bert\"");

        String terug = Formulieren.vanaf(STAP + "waar-en-wanneer").formParam("plaats", "Fractiekamer")
                .formParam("wanneer", "Elke week").formParam("eersteDatum", "3-3-2026")
                .formParam("laatsteDatum", "2026-11-20").formParam("actie", "terug").post(STAP + "waar-en-wanneer")
                .then().statusCode(303).extract().header("Location");
        assertThat(terug).endsWith(STAP + "gebeurd");
        assertThat(NepMeldingService.laatste("PUT /klachten/" + ID + "/klaagschrift").orElseThrow().body())
                .contains("\"place\":\"Fractiekamer\"", "\"firstBehaviourOn\":\"2026-03-03\"",
                        "\"latestBehaviourOn\":\"2026-11-20\"");

        String weg = Formulieren.vanaf(STAP + "stappen").formParam("stappen", "Gesprek met mijn leidinggevende.")
                .formParam("actie", "bewaren").post(STAP + "stappen").then().statusCode(303).extract()
                .header("Location");
        assertThat(weg).endsWith("/mijn/klachten?gedaan=bewaard");
        assertThat(NepMeldingService.laatste("PUT /klachten/" + ID + "/klaagschrift").orElseThrow().body())
                .contains("\"stepsTaken\":\"Gesprek met mijn leidinggevende.\"");
    }

    @Test
    void aFaultIsShownAtItsFieldWithWhatWasTypedAndTheRestIsSaved() {
        NepMeldingService.antwoord("GET /klachten/" + ID, Antwoord.json(200, concept("{}")));
        NepMeldingService.antwoord("PUT /klachten/" + ID + "/klaagschrift", Antwoord.probleem(400,
                "{\"title\":\"Invalid request\",\"status\":400,\"errors\":[{\"field\":\"complainant.address\","
                        + "\"message\":\"size must be between 0 and 1000\"}]}", Map.of()));

        String html = Formulieren.vanaf(STAP + "uw-gegevens").formParam("naam", "Klara Klager")
                .formParam("adres", "Lange Poten 4").formParam("functie", "Beleidsmedewerker")
                .formParam("actie", "verder").post(STAP + "uw-gegevens").then().statusCode(422).extract().asString();

        assertThat(html).contains("<title>Fout: Uw gegevens - ", "href=\"#adres\"",
                "id=\"adres-fout\">Deze tekst is te lang.", "Klara Klager", "Lange Poten 4");
        assertThat(html).containsPattern("id=\"adres\"[^>]*aria-invalid=\"true\"");

        // the portal's own check: a date it cannot read is said at its field; the place is saved all the same
        NepMeldingService.antwoord("PUT /klachten/" + ID + "/klaagschrift", Antwoord.json(200, concept("{}")));
        String datum = Formulieren.vanaf(STAP + "waar-en-wanneer").formParam("plaats", "Fractiekamer")
                .formParam("laatsteDatum", "vorige week").formParam("actie", "verder").post(STAP + "waar-en-wanneer")
                .then().statusCode(422).extract().asString();
        assertThat(datum).contains("id=\"laatsteDatum-fout\">Vul een datum in zoals 21-11-2026", "vorige week");
        assertThat(NepMeldingService.laatste("PUT /klachten/" + ID + "/klaagschrift").orElseThrow().body())
                .contains("\"place\":\"Fractiekamer\"").doesNotContain("vorige week");
    }

    @Test
    void theAccusedStepSavesCompleteRowsAndSaysAtTheRowWhatIsMissing() {
        NepMeldingService.antwoord("GET /klachten/" + ID, Antwoord.json(200, concept("{}")));
        NepMeldingService.antwoord("PUT /klachten/" + ID + "/klaagschrift", Antwoord.json(200, concept("{}")));

        String pagina = given().get(STAP + "aangeklaagde").then().statusCode(200).extract().asString();
        assertThat(pagina).contains("College van onderzoek integriteit", "<option value=\"fractie-voorbeeld\">Fractie Voorbeeld</option>");

        Formulieren.vanaf(STAP + "aangeklaagde").formParam("aangeklaagdeNaam", "Bert Beschuldigd", "")
                .formParam("aangeklaagdeFunctie", "Adviseur", "").formParam("aangeklaagdeRelatie", "MEDEWERKER_FRACTIE", "")
                .formParam("aangeklaagdeWerkgever", "fractie-voorbeeld", "").formParam("actie", "verder")
                .post(STAP + "aangeklaagde").then().statusCode(303);
        assertThat(NepMeldingService.laatste("PUT /klachten/" + ID + "/klaagschrift").orElseThrow().body())
                .contains("\"accused\":[{\"name\":\"Bert Beschuldigd\",\"function\":\"Adviseur\",\"relation\":"
                        + "\"MEDEWERKER_FRACTIE\",\"employerTenantId\":\"fractie-voorbeeld\"}]");

        String fout = Formulieren.vanaf(STAP + "aangeklaagde").formParam("aangeklaagdeNaam", "", "")
                .formParam("aangeklaagdeFunctie", "Adviseur", "").formParam("aangeklaagdeRelatie", "", "")
                .formParam("aangeklaagdeWerkgever", "", "").formParam("actie", "verder").post(STAP + "aangeklaagde")
                .then().statusCode(422).extract().asString();
        assertThat(fout).contains("href=\"#aangeklaagde-0-naam\"", "Vul de naam in van deze persoon.",
                "Kies wie deze persoon is.", "value=\"Adviseur\"");
    }

    @Test
    void theCheckPageShowsEachPartWithAChangeLinkAndSaysPlainlyWhatArt91StillMisses() {
        NepMeldingService.antwoord("GET /klachten/" + ID, Antwoord.json(200, concept("{\"category\":\"PESTEN\","
                + "\"behaviour\":\"Uitgelachen in het overleg.\",\"place\":\"Fractiekamer\",\"when\":\"Elke week\","
                + "\"latestBehaviourOn\":\"2026-11-20\",\"complainant\":{\"name\":\"Klara Klager\",\"function\":"
                + "\"Beleidsmedewerker\"},\"accused\":[{\"name\":\"Bert\",\"relation\":\"KAMERLID\"}]}")));
        NepMeldingService.antwoord("GET /klachten/" + ID + "/bijlagen", Antwoord.json(200, "[{\"id\":\"" + ANDER
                + "\",\"filename\":\"verslag.pdf\",\"contentType\":\"application/pdf\",\"size\":2048}]"));
        NepMeldingService.antwoord("GET /tenants/fractie-voorbeeld/declarations/in-force", Antwoord.json(200, "{}"));

        String html = given().get(STAP + "controle").then().statusCode(200).extract().asString();

        assertThat(html).contains("<title>Controleren en indienen - ", "Pesten of treiteren", "Uitgelachen in het overleg.",
                "20 november 2026", "Dit ontbreekt nog", "uw adres", "de stappen die u al hebt gezet",
                "U kunt het klaagschrift toch indienen", "(artikel 9.3)", "over een Kamerlid neemt de klachtencommissie",
                "verslag.pdf (2 kB)", "href=\"" + STAP + "uw-gegevens\">Uw gegevens wijzigen",
                "href=\"" + STAP + "soort\">Soort gedrag wijzigen", "value=\"Klara Klager\"",
                "action=\"/klachten/" + ID + "/indiening\"")
                .doesNotContain("de soort gedrag</a>", "Uw organisatie doet (nog) niet mee");
    }

    @Test
    void filingSignsWithTodayAndLandsOnTheCasePageSayingItWasFiledAndWhatComesNext() {
        NepMeldingService.antwoord("GET /klachten/" + ID, Antwoord.json(200, concept("{}")));
        NepMeldingService.antwoord("GET /klachten/" + ID + "/bijlagen", Antwoord.json(200, "[]"));
        NepMeldingService.antwoord("POST /klachten/" + ID + "/indiening", Antwoord.json(200, concept("{}")));

        String zonder = Formulieren.vanaf(STAP + "controle").formParam("ondertekening", "Klara Klager")
                .post("/klachten/" + ID + "/indiening").then().statusCode(422).extract().asString();
        assertThat(zonder).contains("href=\"#waarheid\"", "Vink aan dat u het klaagschrift naar waarheid");
        assertThat(NepMeldingService.laatste("POST /klachten/" + ID + "/indiening")).isEmpty();

        String waar = Formulieren.vanaf(STAP + "controle").formParam("ondertekening", "Klara Klager")
                .formParam("waarheid", "ja").post("/klachten/" + ID + "/indiening").then().statusCode(303).extract()
                .header("Location");
        assertThat(waar).endsWith("/klachten/" + ID + "?gedaan=ksIngediend");
        assertThat(NepMeldingService.laatste("POST /klachten/" + ID + "/indiening").orElseThrow().body()).contains(
                "\"name\":\"Klara Klager\"", "\"signedOn\":\"" + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + "\"");

        NepMeldingService.antwoord("GET /klachten/" + ID, Antwoord.json(200, "{\"id\":\"" + ID + "\",\"reference\":"
                + "\"K-2026-0009\",\"status\":\"INGEDIEND\",\"as\":\"KLAGER\",\"filedOn\":\"2026-12-07\",\"terms\":[]}"));
        assertThat(given().get("/klachten/" + ID + "?gedaan=ksIngediend").then().statusCode(200).extract().asString())
                .contains("Uw klaagschrift is ondertekend en ingediend", "De secretaris bevestigt de ontvangst");
        // a filed klaagschrift is no longer a wizard: its steps lead to the case page
        assertThat(given().redirects().follow(false).get(STAP + "gebeurd").then().statusCode(303).extract()
                .header("Location")).endsWith("/klachten/" + ID);
    }

    @Test
    void aKamerlidsRefusalAndAnOrganisationWithoutTheRegulationAreExplainedInWords() {
        NepMeldingService.antwoord("GET /klachten/" + ID, Antwoord.json(200, concept("{}")));
        NepMeldingService.antwoord("GET /klachten/" + ID + "/bijlagen", Antwoord.json(200, "[]"));
        NepMeldingService.antwoord("POST /klachten/" + ID + "/indiening", Antwoord.probleem(422,
                "{\"type\":\"https://meldpunt.tweedekamer.nl/problems/kamerlid-klager\",\"title\":\"A Kamerlid files no"
                        + " complaint\",\"status\":422}", Map.of()));
        String kamerlid = Formulieren.vanaf(STAP + "controle").formParam("ondertekening", "Karel Kamerlid")
                .formParam("waarheid", "ja").post("/klachten/" + ID + "/indiening").then().statusCode(422).extract()
                .asString();
        assertThat(kamerlid).contains("Als Kamerlid kunt u geen klacht indienen", "(artikel 2.c)",
                "vertrouwenspersoon (artikel 3)");

        NepMeldingService.antwoord("POST /klachten/" + ID + "/indiening", Antwoord.probleem(422,
                "{\"type\":\"https://meldpunt.tweedekamer.nl/problems/geen-verklaring\",\"title\":\"Regulation not"
                        + " declared applicable\",\"status\":422,\"detail\":\"On 2026-12-07 the employer of an accused"
                        + " (fractie-zuid) had not declared the Klachtenregeling applicable\"}", Map.of()));
        String werkgever = Formulieren.vanaf(STAP + "controle").formParam("ondertekening", "Klara Klager")
                .formParam("waarheid", "ja").post("/klachten/" + ID + "/indiening").then().statusCode(422).extract()
                .asString();
        assertThat(werkgever).contains("De organisatie waar een aangeklaagde werkt, heeft de Klachtenregeling niet van"
                + " toepassing verklaard (artikel 1)");

        // the person's own organisation without a declaration in force is said before they try
        assertThat(given().get(STAP + "controle").then().statusCode(200).extract().asString())
                .contains("Uw organisatie doet (nog) niet mee", "Uw concept blijft bewaard");
    }

    @Test
    void anotherPersonsDraftIsNotFound() {
        NepMeldingService.antwoord("GET /klachten/" + ANDER, Antwoord.probleem(404,
                "{\"title\":\"Not Found\",\"status\":404}", Map.of()));
        for (String stap : new String[] { "soort", "aangeklaagde", "controle" }) {
            assertThat(given().get("/klachten/" + ANDER + "/klaagschrift/" + stap).then().statusCode(404).extract()
                    .asString()).contains("Niet gevonden").doesNotContain("Exception");
        }
        NepMeldingService.antwoord("GET /klachten/" + ID, Antwoord.json(200, concept("{}")));
        Formulieren.vanaf(STAP + "gebeurd").formParam("gedrag", "tekst").formParam("actie", "verder")
                .post("/klachten/" + ANDER + "/klaagschrift/gebeurd").then().statusCode(404);
        assertThat(NepMeldingService.laatste("PUT /klachten/" + ANDER + "/klaagschrift")).isEmpty();
    }

    @Test
    void anAttachmentGoesAsTheRawFileWithItsNamePercentEncodedAndCanBeRemoved() {
        NepMeldingService.antwoord("GET /klachten/" + ID, Antwoord.json(200, concept("{}")));
        NepMeldingService.antwoord("GET /klachten/" + ID + "/bijlagen", Antwoord.json(200, "[]"));
        NepMeldingService.antwoord("POST /klachten/" + ID + "/bijlagen", Antwoord.json(201, "{\"id\":\"" + ANDER
                + "\",\"filename\":\"e-mail van één collega.pdf\",\"contentType\":\"application/pdf\",\"size\":9}"));
        NepMeldingService.antwoord("DELETE /klachten/" + ID + "/bijlagen/" + ANDER, new Antwoord(204, "text/plain", "",
                Map.of()));

        String waar = Formulieren.metBestand(STAP + "bijlagen").multiPart("actie", "toevoegen")
                .multiPart("bestand", "e-mail van één collega.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.UTF_8),
                        "application/pdf")
                .post(STAP + "bijlagen").then().statusCode(303).extract().header("Location");
        assertThat(waar).endsWith(STAP + "bijlagen?gedaan=toegevoegd");
        NepMeldingService.Verzoek upload = NepMeldingService.laatste("POST /klachten/" + ID + "/bijlagen").orElseThrow();
        assertThat(upload.kop("X-Filename")).isEqualTo("e-mail%20van%20%C3%A9%C3%A9n%20collega.pdf");
        assertThat(upload.kop("Content-Type")).startsWith("application/pdf");
        assertThat(upload.body()).isEqualTo("%PDF-1.4\n");

        // a scanned statement of 3 MiB fits (klacht-service's limit, not a melding's); 10 MiB and one byte does not
        byte[] scan = new byte[3 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.UTF_8), 0, scan, 0, 9);
        Formulieren.metBestand(STAP + "bijlagen").multiPart("actie", "toevoegen")
                .multiPart("bestand", "verklaring.pdf", scan, "application/pdf")
                .post(STAP + "bijlagen").then().statusCode(303);
        assertThat(NepMeldingService.laatste("POST /klachten/" + ID + "/bijlagen").orElseThrow().kop("X-Filename"))
                .isEqualTo("verklaring.pdf");
        byte[] teGroot = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.UTF_8), 0, teGroot, 0, 9);
        assertThat(Formulieren.metBestand(STAP + "bijlagen").multiPart("actie", "toevoegen")
                .multiPart("bestand", "te-groot.pdf", teGroot, "application/pdf")
                .post(STAP + "bijlagen").then().statusCode(422).extract().asString())
                .contains("Dit bestand is groter dan 10240 kB.");

        String soort = Formulieren.metBestand(STAP + "bijlagen").multiPart("actie", "toevoegen")
                .multiPart("bestand", "notitie.txt", "tekst".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(STAP + "bijlagen").then().statusCode(422).extract().asString();
        assertThat(soort).contains("id=\"bestand-fout\">Kies een PDF, PNG of JPEG.");

        NepMeldingService.antwoord("GET /klachten/" + ID + "/bijlagen", Antwoord.json(200, "[{\"id\":\"" + ANDER
                + "\",\"filename\":\"e-mail van één collega.pdf\",\"contentType\":\"application/pdf\",\"size\":9}]"));
        assertThat(given().get(STAP + "bijlagen?gedaan=toegevoegd").then().statusCode(200).extract().asString())
                .contains("Het stuk is toegevoegd.", "e-mail van één collega.pdf (1 kB)", "Verwijderen");
        String weg = Formulieren.vanaf(STAP + "bijlagen").formParam("bijlage", ANDER)
                .post(STAP + "bijlagen/verwijderen").then().statusCode(303).extract().header("Location");
        assertThat(weg).endsWith(STAP + "bijlagen?gedaan=verwijderd");
        assertThat(NepMeldingService.laatste("DELETE /klachten/" + ID + "/bijlagen/" + ANDER)).isPresent();
    }

    private static String concept(String klaagschrift) {
        return "{\"id\":\"" + ID + "\",\"tenantId\":\"fractie-voorbeeld\",\"status\":\"CONCEPT\",\"as\":\"KLAGER\","
                + "\"klaagschrift\":" + klaagschrift + "}";
    }
}
