package nl.tweedekamer.meldpunt.portaal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.tweedekamer.meldpunt.portaal.support.Formulieren;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService.Antwoord;

@QuarkusTest
@WithTestResource(NepMeldingService.class)
class AnoniemMeldenPaginaTests {

    private static final String CODE = "ABCDEFGHIJKL-MNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOP";
    private static final String VP = "fractie-voorbeeld/" + NepMeldingService.VP_ID;

    @BeforeEach
    void wis() {
        NepMeldingService.wis();
    }

    @Test
    void theFormOffersTheVertrouwenspersonenByOrganisationAndCarriesACsrfToken() {
        given().get("/anoniem-melden").then().statusCode(200)
                .body(containsString("<optgroup label=\"Fractie Voorbeeld\">"))
                .body(containsString("<option value=\"" + VP + "\">Anna de Vries"))
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("<title>Anoniem melden - "));
    }

    @Test
    void aSentMeldingShowsTheReceiptCodeOnceInTheAnswerToThePostNeverInAUrl() {
        NepMeldingService.antwoord("POST /mailbox/meldingen", Antwoord.json(201,
                "{\"meldingId\":\"0b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f\",\"reference\":\"M-2026-ABCD2345\",\"receiptCode\":\""
                        + CODE + "\"}"));
        Response antwoord = Formulieren.vanaf("/anoniem-melden")
                .formParam("vertrouwenspersoon", VP).formParam("soort", "ONGEWENSTE_OMGANGSVORMEN")
                .formParam("categorie", "PESTEN").formParam("relatie", "COLLEGA")
                .formParam("afdeling", "fractie-voorbeeld/FRACTIESTAF")
                .formParam("beschrijving", "Mijn leidinggevende scheldt mij uit.")
                .post("/anoniem-melden");
        antwoord.then().statusCode(200).header("Location", nullValue()).header("Cache-Control", equalTo("no-store"))
                .body(containsString(CODE)).body(containsString("M-2026-ABCD2345"))
                .body(containsString("wachtwoordmanager")).body(containsString("<title>Uw melding is verstuurd - "));
        assertThat(antwoord.asString()).doesNotContain("href=\"/anoniem-melden?", "?lang=");

        NepMeldingService.Verzoek verzoek = NepMeldingService.laatste("POST /mailbox/meldingen").orElseThrow();
        assertThat(verzoek.body()).contains("\"tenantId\":\"fractie-voorbeeld\"",
                "\"vertrouwenspersoonId\":\"" + NepMeldingService.VP_ID + "\"", "\"kind\":\"ONGEWENSTE_OMGANGSVORMEN\"",
                "\"category\":\"PESTEN\"", "\"relation\":\"COLLEGA\"", "\"department\":\"FRACTIESTAF\"",
                "Mijn leidinggevende scheldt mij uit.");
        // the caller's own address goes along, for melding-service's rate limit per caller
        assertThat(verzoek.kop("X-Forwarded-For")).isEqualTo("127.0.0.1");
    }

    @Test
    void theCodeCanBePrintedFromTheReceiptPageWithAWarningAboutSharedPrinters() {
        Formulieren.vanaf("/anoniem-melden").formParam("code", CODE).formParam("kenmerk", "M-2026-ABCD2345")
                .post("/anoniem-melden/afdrukken").then().statusCode(200)
                .body(containsString(CODE)).body(containsString("printer die u met anderen deelt"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndNothingIsSent() {
        given().contentType("application/x-www-form-urlencoded").formParam("beschrijving", "x")
                .post("/anoniem-melden").then().statusCode(403)
                .body(containsString("<title>Fout: Het formulier is verlopen"));
        String cookie = given().get("/anoniem-melden").cookie("csrf-token");
        given().contentType("application/x-www-form-urlencoded").cookie("csrf-token", cookie)
                .formParam("csrf-token", "not-" + cookie).formParam("beschrijving", "x")
                .post("/anoniem-melden").then().statusCode(403);
        assertThat(NepMeldingService.laatste("POST /mailbox/meldingen")).isEmpty();
    }

    @Test
    void anIncompleteFormComesBackWithAnErrorSummaryLinkingToEachFieldAndNothingTypedIsLost() {
        String html = Formulieren.vanaf("/anoniem-melden").formParam("soort", "ONGEWENSTE_OMGANGSVORMEN")
                .formParam("beschrijving", "Wat ik al schreef").post("/anoniem-melden")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("<title>Fout: Anoniem melden - ", "href=\"#vertrouwenspersoon\"",
                "href=\"#categorie-INTIMIDATIE\"", "href=\"#relatie-COLLEGA\"", "Kies een vertrouwenspersoon.",
                "aria-describedby=\"vertrouwenspersoon-uitleg vertrouwenspersoon-fout\" aria-invalid=\"true\"",
                "Wat ik al schreef", "value=\"ONGEWENSTE_OMGANGSVORMEN\" checked");
        assertThat(NepMeldingService.laatste("POST /mailbox/meldingen")).isEmpty();
    }

    @Test
    void theServicesProblemBecomesDutchNextToTheFieldItConcerns() {
        NepMeldingService.antwoord("POST /mailbox/meldingen", Antwoord.probleem(400,
                "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"detail\":\"description: size must be between 0 and 20000\","
                        + "\"errors\":[{\"field\":\"description\",\"message\":\"size must be between 0 and 20000\"}]}",
                Map.of()));
        String html = Formulieren.vanaf("/anoniem-melden").formParam("vertrouwenspersoon", VP)
                .formParam("soort", "ADVIESVRAAG").formParam("beschrijving", "tekst").post("/anoniem-melden")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("<title>Fout: Anoniem melden", "href=\"#beschrijving\"",
                "id=\"beschrijving-fout\">Uw tekst is te lang.",
                "aria-describedby=\"beschrijving-uitleg beschrijving-fout\" aria-invalid=\"true\"");
        assertThat(html).doesNotContain("size must be between");
    }

    @Test
    void tooManyMeldingenFromOneCallerIsSaidInDutchWithTheWait() {
        NepMeldingService.antwoord("POST /mailbox/meldingen", Antwoord.probleem(429,
                "{\"title\":\"Too many attempts\",\"status\":429}", Map.of("Retry-After", "600")));
        Formulieren.vanaf("/anoniem-melden").formParam("vertrouwenspersoon", VP).formParam("soort", "ADVIESVRAAG")
                .formParam("beschrijving", "tekst").post("/anoniem-melden").then().statusCode(200)
                .body(containsString("<title>Fout: Anoniem melden"))
                .body(containsString("U heeft het te vaak geprobeerd. Wacht 10 minuten"))
                .body(containsString(">tekst</textarea>"));
    }

    @Test
    void theDepartmentIsOptionalAndPickedFromTheListOfTheVertrouwenspersoonsOrganisation() {
        given().get("/anoniem-melden").then().statusCode(200)
                .body(containsString("Weet ik niet of zeg ik liever niet"))
                .body(containsString("<option value=\"fractie-voorbeeld/FRACTIESTAF\">Fractiestaf</option>"));
        NepMeldingService.antwoord("POST /mailbox/meldingen", Antwoord.json(201,
                "{\"meldingId\":\"0b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f\",\"reference\":\"M-2026-ABCD2345\",\"receiptCode\":\""
                        + CODE + "\"}"));
        // none chosen: nothing is sent for it, melding-service records it as unknown
        Formulieren.vanaf("/anoniem-melden").formParam("vertrouwenspersoon", VP).formParam("soort", "ADVIESVRAAG")
                .formParam("afdeling", "").formParam("beschrijving", "Een vraag.").post("/anoniem-melden").then()
                .statusCode(200);
        assertThat(NepMeldingService.laatste("POST /mailbox/meldingen").orElseThrow().body())
                .contains("\"department\":null");
        // a department that is not on the organisation's list is refused at its field, nothing sent
        int voor = NepMeldingService.verzoeken().size();
        Formulieren.vanaf("/anoniem-melden").formParam("vertrouwenspersoon", VP).formParam("soort", "ADVIESVRAAG")
                .formParam("afdeling", "fractie-voorbeeld/VERZONNEN").formParam("beschrijving", "Een vraag.")
                .post("/anoniem-melden").then().statusCode(200)
                .body(containsString("href=\"#afdeling\""), containsString("id=\"afdeling-fout\""));
        assertThat(NepMeldingService.verzoeken().stream().skip(voor)
                .filter(v -> v.pad().equals("/mailbox/meldingen"))).isEmpty();
    }

    static final String CODE_ID = "3b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f";

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static void ontvangstOpMelding() {
        NepMeldingService.antwoord("POST /mailbox/meldingen", Antwoord.json(201,
                "{\"meldingId\":\"0b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f\",\"reference\":\"M-2026-ABCD2345\",\"receiptCode\":\""
                        + CODE + "\"}"));
    }

    @Test
    void aFileSentWithTheMeldingGoesToItsMailboxWithItsKindAndItsNameWhole() {
        ontvangstOpMelding();
        NepMeldingService.antwoord("POST /mailbox/bijlagen", Antwoord.json(201, "{\"attachmentId\":\"" + CODE_ID + "\"}"));
        Formulieren.metBestand("/anoniem-melden").multiPart("vertrouwenspersoon", VP)
                .multiPart("soort", "ONGEWENSTE_OMGANGSVORMEN").multiPart("categorie", "PESTEN")
                .multiPart("relatie", "COLLEGA").multiPart("beschrijving", "Zie de bijlage.")
                .multiPart("bijlage", "verslag één.pdf", PDF, "application/pdf").post("/anoniem-melden").then()
                .statusCode(200).body(containsString(CODE)).body(not(containsString("de bijlage niet")));
        NepMeldingService.Verzoek bijlage = NepMeldingService.laatste("POST /mailbox/bijlagen").orElseThrow();
        assertThat(bijlage.kop("X-Receipt-Code")).isEqualTo(CODE);
        assertThat(bijlage.kop("Content-Type")).startsWith("application/pdf");
        assertThat(bijlage.kop("X-Filename")).isEqualTo("verslag%20%C3%A9%C3%A9n.pdf");
        assertThat(bijlage.body()).startsWith("%PDF-1.4");
    }

    @Test
    void aFileOfAKindThatCannotGoOrTooLargeComesBackAtItsFieldAndNothingIsSent() {
        ontvangstOpMelding();
        String html = Formulieren.metBestand("/anoniem-melden").multiPart("vertrouwenspersoon", VP)
                .multiPart("soort", "ADVIESVRAAG").multiPart("beschrijving", "Wat ik al schreef")
                .multiPart("bijlage", "programma.exe", new byte[] { 'M', 'Z', 0 }, "application/octet-stream")
                .post("/anoniem-melden").then().statusCode(200).extract().asString();
        assertThat(html).contains("<title>Fout: Anoniem melden", "href=\"#bijlage\"", "id=\"bijlage-fout\"",
                "Dit soort bestand kan niet mee", "Wat ik al schreef");
        String groot = Formulieren.metBestand("/anoniem-melden").multiPart("vertrouwenspersoon", VP)
                .multiPart("soort", "ADVIESVRAAG").multiPart("beschrijving", "tekst")
                .multiPart("bijlage", "foto.png", new byte[524_289], "image/png").post("/anoniem-melden").then()
                .statusCode(200).extract().asString();
        assertThat(groot).contains("Het bestand is groter dan 512 kB");
        assertThat(NepMeldingService.laatste("POST /mailbox/meldingen")).isEmpty();
    }

    @Test
    void aFileTheServiceRefusesAfterTheMeldingWentIsToldOnTheReceiptPageBesideTheCode() {
        ontvangstOpMelding();
        NepMeldingService.antwoord("POST /mailbox/bijlagen", Antwoord.probleem(415,
                "{\"title\":\"Attachment is not what it claims\",\"status\":415}", Map.of()));
        Formulieren.metBestand("/anoniem-melden").multiPart("vertrouwenspersoon", VP)
                .multiPart("soort", "ADVIESVRAAG").multiPart("beschrijving", "tekst")
                .multiPart("bijlage", "verslag.pdf", "geen pdf".getBytes(), "application/pdf").post("/anoniem-melden")
                .then().statusCode(200).body(containsString(CODE))
                .body(containsString("Uw melding is verstuurd, maar de bijlage niet: Het bestand is niet wat zijn naam zegt"));
    }
}
