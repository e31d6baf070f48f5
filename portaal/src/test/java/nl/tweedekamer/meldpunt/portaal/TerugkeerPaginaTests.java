package nl.tweedekamer.meldpunt.portaal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.portaal.support.Formulieren;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService.Antwoord;

@QuarkusTest
@WithTestResource(NepMeldingService.class)
class TerugkeerPaginaTests {

    private static final String CODE = "ABCDEFGHIJKL-MNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOP";
    private static final String DOSSIER = "{\"meldingId\":\"0b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f\","
            + "\"reference\":\"M-2026-ABCD2345\",\"tenantId\":\"fractie-voorbeeld\",\"status\":\"OPEN\","
            + "\"anonymous\":true,\"kind\":\"ADVIESVRAAG\",\"department\":\"ONBEKEND\","
            + "\"description\":\"Mijn vraag\",\"vertrouwenspersoon\":{\"personId\":\"" + NepMeldingService.VP_ID
            + "\",\"name\":\"Anna de Vries\",\"kind\":\"POOL\"},\"receivedOn\":\"2026-12-06\","
            + "\"messages\":[{\"messageId\":\"1b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f\",\"from\":\"VERTROUWENSPERSOON\","
            + "\"postedAt\":\"2026-12-06T10:15:00Z\",\"closureConfirmation\":false,\"text\":\"Dank voor uw bericht.\"}],"
            + "\"attachments\":[],\"consents\":[]}";

    @BeforeEach
    void wis() {
        NepMeldingService.wis();
    }

    @Test
    void aPastedCodeOpensTheConversationAndTravelsOnlyInAHeader() {
        NepMeldingService.antwoord("GET /mailbox", Antwoord.json(200, DOSSIER));
        String html = Formulieren.vanaf("/terugkeren").formParam("code", "  abcdefghijkl-mnopqrstuvwxyz234567\n"
                + "ABCDEFGHIJKLMNOP ").post("/terugkeren").then().statusCode(200).extract().asString();
        assertThat(html).contains("<title>Uw melding - ", "M-2026-ABCD2345", "Mijn vraag", "Anna de Vries",
                "Dank voor uw bericht.", "6 december 2026, 11:15", "name=\"antwoord\"");
        NepMeldingService.Verzoek verzoek = NepMeldingService.laatste("GET /mailbox").orElseThrow();
        assertThat(verzoek.kop("X-Receipt-Code")).isEqualTo(CODE);
        assertThat(verzoek.kop("X-Forwarded-For")).isEqualTo("127.0.0.1");
        assertThat(NepMeldingService.verzoeken()).allSatisfy(v -> assertThat(v.pad()).doesNotContain(CODE));
    }

    @Test
    void anUnknownCodeIsAnErrorAtTheCodeField() {
        NepMeldingService.antwoord("GET /mailbox", Antwoord.probleem(404,
                "{\"title\":\"Unknown receipt code\",\"status\":404}", Map.of()));
        Formulieren.vanaf("/terugkeren").formParam("code", CODE).post("/terugkeren").then().statusCode(200)
                .body(containsString("<title>Fout: Antwoord lezen met uw code"))
                .body(containsString("href=\"#code\""))
                .body(containsString("id=\"code-fout\">Met deze code vinden we geen melding."))
                .body(not(containsString(CODE)));
    }

    @Test
    void tooManyGuessesAreSaidInDutch() {
        NepMeldingService.antwoord("GET /mailbox", Antwoord.probleem(429,
                "{\"title\":\"Too many attempts\",\"status\":429}", Map.of("Retry-After", "61")));
        Formulieren.vanaf("/terugkeren").formParam("code", CODE).post("/terugkeren").then().statusCode(200)
                .body(containsString("Wacht 2 minuten"));
    }

    @Test
    void aReplyIsSentWithTheCodeAndTheConversationShownAgain() {
        NepMeldingService.antwoord("GET /mailbox", Antwoord.json(200, DOSSIER));
        NepMeldingService.antwoord("POST /mailbox/berichten", Antwoord.json(201, "{}"));
        Formulieren.vanaf("/terugkeren").formParam("code", CODE).formParam("antwoord", "Ik wil graag bellen.")
                .post("/terugkeren/antwoord").then().statusCode(200)
                .body(containsString("Uw antwoord is verstuurd."));
        NepMeldingService.Verzoek verzoek = NepMeldingService.laatste("POST /mailbox/berichten").orElseThrow();
        assertThat(verzoek.body()).isEqualTo("{\"text\":\"Ik wil graag bellen.\"}");
        assertThat(verzoek.kop("X-Receipt-Code")).isEqualTo(CODE);
    }

    @Test
    void anEmptyReplyIsAnErrorAtTheReplyField() {
        NepMeldingService.antwoord("GET /mailbox", Antwoord.json(200, DOSSIER));
        Formulieren.vanaf("/terugkeren").formParam("code", CODE).formParam("antwoord", " ")
                .post("/terugkeren/antwoord").then().statusCode(200)
                .body(containsString("<title>Fout: Uw melding"))
                .body(containsString("id=\"antwoord-fout\">Schrijf een bericht."));
        assertThat(NepMeldingService.laatste("POST /mailbox/berichten")).isEmpty();
    }

    @Test
    void theAnonymousMelderAnswersTheConsentQuestionsThatApplyWithTheCodeInTheBodyOnly() {
        NepMeldingService.antwoord("GET /mailbox", Antwoord.json(200, DOSSIER));
        NepMeldingService.antwoord("POST /mailbox/toestemmingen", Antwoord.json(201, "{}"));
        String html = Formulieren.vanaf("/terugkeren").formParam("code", CODE).post("/terugkeren").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("Mag de vertrouwenspersoon een bemiddelaar inschakelen?", "Ja, dat mag",
                "action=\"/terugkeren/toestemming\"")
                // no details to pass on, and a complaint is never anonymous: those questions are not asked
                .doesNotContain("zodat u een klacht kunt indienen", "uw gegevens doorgeven");

        Formulieren.vanaf("/terugkeren").formParam("code", CODE).formParam("scope", "BEMIDDELING")
                .formParam("antwoord", "ja").post("/terugkeren/toestemming").then().statusCode(200)
                .body(containsString("Uw toestemming is vastgelegd."));
        NepMeldingService.Verzoek verzoek = NepMeldingService.laatste("POST /mailbox/toestemmingen").orElseThrow();
        assertThat(verzoek.body()).isEqualTo("{\"scope\":\"BEMIDDELING\"}");
        assertThat(verzoek.kop("X-Receipt-Code")).isEqualTo(CODE);

        Formulieren.vanaf("/terugkeren").formParam("code", CODE).formParam("scope", "OVERDRACHT_KLACHT")
                .formParam("antwoord", "ja").post("/terugkeren/toestemming").then().statusCode(200)
                .body(containsString("<title>Fout: "));
        assertThat(NepMeldingService.verzoeken()).filteredOn(v -> v.pad().equals("/mailbox/toestemmingen"))
                .hasSize(1);
        assertThat(NepMeldingService.verzoeken()).allSatisfy(v -> assertThat(v.pad()).doesNotContain(CODE));
    }

    @Test
    void theAnonymousMelderAddsAndDownloadsFilesWithTheCodeInTheBodyNeverInAUrl() {
        String bijlage = "4b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f";
        NepMeldingService.antwoord("GET /mailbox", Antwoord.json(200, DOSSIER.replace("\"attachments\":[]",
                "\"attachments\":[{\"attachmentId\":\"" + bijlage + "\",\"from\":\"VERTROUWENSPERSOON\","
                        + "\"uploadedAt\":\"2026-12-06T11:00:00Z\",\"contentType\":\"application/pdf\","
                        + "\"sizeBytes\":300,\"filename\":\"folder.pdf\"}]")));
        NepMeldingService.antwoord("POST /mailbox/bijlagen", Antwoord.json(201, "{}"));
        NepMeldingService.antwoord("GET /mailbox/bijlagen/" + bijlage, new Antwoord(200, "application/pdf",
                "%PDF-1.4", Map.of("Content-Disposition", "attachment; filename*=UTF-8''folder.pdf")));

        String html = Formulieren.vanaf("/terugkeren").formParam("code", CODE).post("/terugkeren").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("folder.pdf (1 kB)", "van de vertrouwenspersoon", "folder.pdf downloaden",
                "action=\"/terugkeren/bijlagen\"", "name=\"bijlage\" value=\"" + bijlage + "\"");
        assertThat(html).doesNotContain("?code=", "/mailbox/bijlagen/");

        Formulieren.metBestand("/terugkeren").multiPart("code", CODE)
                .multiPart("bijlage", "notities.txt", "Wat er gebeurde".getBytes(), "text/plain")
                .post("/terugkeren/bijlagen").then().statusCode(200).body(containsString("De bijlage is toegevoegd."));
        NepMeldingService.Verzoek verzoek = NepMeldingService.laatste("POST /mailbox/bijlagen").orElseThrow();
        assertThat(verzoek.kop("X-Receipt-Code")).isEqualTo(CODE);
        assertThat(verzoek.kop("X-Filename")).isEqualTo("notities.txt");
        assertThat(verzoek.body()).isEqualTo("Wat er gebeurde");

        Formulieren.vanaf("/terugkeren").formParam("code", CODE).formParam("bijlage", bijlage)
                .post("/terugkeren/bijlage").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename*=UTF-8''folder.pdf"))
                .body(equalTo("%PDF-1.4"));
        assertThat(NepMeldingService.laatste("GET /mailbox/bijlagen/" + bijlage).orElseThrow().kop("X-Receipt-Code"))
                .isEqualTo(CODE);
    }
}
