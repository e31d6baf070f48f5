package nl.tweedekamer.meldpunt.portaal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import nl.tweedekamer.meldpunt.portaal.melding.OrganisatieGids;
import nl.tweedekamer.meldpunt.portaal.support.Formulieren;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService.Antwoord;

/**
 * The signed-in melding pages (a named melder, their vertrouwenspersoon) against a stand-in melding-service: what
 * is sent with the person's own token, what is shown to whom, and how refusals read. The signed-in person comes from
 * {@code @TestSecurity} (no identity provider here); deploy/'s browser tests sign in at a real Keycloak.
 */
@QuarkusTest
@WithTestResource(NepMeldingService.class)
class MeldingPaginasTests {

    static final String MELDER_SUB = "00000000-0000-4000-8000-000000000003";
    static final String ID = "0b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f";
    static final String PAGINA = "/meldingen/" + ID;

    static String melding(String status, String closedOn, String consents, String extra) {
        return "{\"meldingId\":\"" + ID + "\",\"reference\":\"M-2026-ABCD2345\",\"tenantId\":\"fractie-voorbeeld\","
                + "\"status\":\"" + status + "\",\"anonymous\":false,\"kind\":\"ONGEWENSTE_OMGANGSVORMEN\","
                + "\"category\":\"PESTEN\",\"relation\":\"COLLEGA\",\"department\":\"FRACTIESTAF\","
                + "\"description\":\"Mijn collega lacht mij steeds uit.\","
                + "\"identity\":{\"name\":\"Mila Medewerker\",\"email\":\"mila@thuis.example\"},"
                + "\"vertrouwenspersoon\":{\"personId\":\"" + NepMeldingService.VP_ID
                + "\",\"name\":\"Anna de Vries\",\"kind\":\"POOL\"},\"receivedOn\":\"2026-12-01\","
                + (closedOn == null ? "" : "\"closedOn\":\"" + closedOn + "\",\"destructionDueOn\":\"2028-12-01\","
                        + "\"outcome\":\"OPGELOST\",")
                + "\"messages\":[{\"messageId\":\"1b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f\",\"from\":\"VERTROUWENSPERSOON\","
                + "\"postedAt\":\"2026-12-02T09:30:00Z\",\"closureConfirmation\":false,"
                + "\"text\":\"Zullen we dinsdag praten?\"}],\"attachments\":[],\"consents\":" + consents + extra + "}";
    }

    static final String OPEN = melding("OPEN", null, "[{\"consentId\":\"2b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f\","
            + "\"scope\":\"BEMIDDELING\",\"givenAt\":\"2026-12-02T10:00:00Z\"}]", "");

    @Inject
    OrganisatieGids gids;

    @BeforeEach
    void wis() {
        NepMeldingService.wis();
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "tenant", value = "fractie-voorbeeld"), @Claim(key = "sub", value = MELDER_SUB) })
    void aMemberOfStaffReportsWithTheirOwnTokenToAVpOfTheirOrganisationAndLandsOnTheMelding() {
        NepMeldingService.antwoord("POST /meldingen",
                Antwoord.json(201, "{\"meldingId\":\"" + ID + "\",\"reference\":\"M-2026-ABCD2345\"}"));
        given().get("/mijn/meldingen/nieuw").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body(containsString("<title>Melding doen bij een vertrouwenspersoon - "),
                        containsString("Anna de Vries"), containsString("name=\"emailGewenst\""));

        Formulieren.vanaf("/mijn/meldingen/nieuw")
                .formParam("vertrouwenspersoon", "fractie-voorbeeld/" + NepMeldingService.VP_ID)
                .formParam("soort", "ADVIESVRAAG").formParam("beschrijving", "Hoe ga ik om met mijn leidinggevende?")
                .post("/mijn/meldingen/nieuw").then().statusCode(303)
                .header("Location", containsString(PAGINA + "?gedaan=verstuurd"));

        NepMeldingService.Verzoek verzoek = NepMeldingService.laatste("POST /meldingen").orElseThrow();
        assertThat(verzoek.kop("Authorization")).startsWith("Bearer ey");
        assertThat(verzoek.body()).contains("\"vertrouwenspersoonId\":\"" + NepMeldingService.VP_ID + "\"",
                "\"kind\":\"ADVIESVRAAG\"", "\"department\":null", "\"emailWanted\":false",
                "\"category\":null", "\"identity\":null");
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "tenant", value = "fractie-voorbeeld"), @Claim(key = "sub", value = MELDER_SUB) })
    void anEmailWishWithoutAnAddressAndAVpOfAnotherOrganisationAreRefusedBeforeAnythingIsSent() {
        String html = Formulieren.vanaf("/mijn/meldingen/nieuw")
                .formParam("vertrouwenspersoon", "andere-fractie/" + NepMeldingService.VP_ID)
                .formParam("soort", "ONGEWENSTE_OMGANGSVORMEN").formParam("categorie", "PESTEN")
                .formParam("relatie", "COLLEGA").formParam("beschrijving", "Het gebeurt elke week.")
                .formParam("naam", "Mila").formParam("emailGewenst", "ja")
                .post("/mijn/meldingen/nieuw").then().statusCode(200).extract().asString();
        assertThat(html).contains("<title>Fout: Melding doen bij een vertrouwenspersoon", "href=\"#vertrouwenspersoon\"",
                "href=\"#email\"", "id=\"email-fout\"", "Vul een e-mailadres in",
                // nothing typed is lost
                "Het gebeurt elke week.", "value=\"Mila\"", "name=\"emailGewenst\" value=\"ja\" checked");
        assertThat(NepMeldingService.laatste("POST /meldingen")).isEmpty();
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "tenant", value = "fractie-voorbeeld"), @Claim(key = "sub", value = MELDER_SUB) })
    void theMelderReadsTheRepliesAndAnswersEachConsentQuestionOnItsOwn() {
        NepMeldingService.antwoord("GET " + PAGINA, Antwoord.json(200, OPEN));
        NepMeldingService.antwoord("POST " + PAGINA + "/toestemmingen", Antwoord.json(201, "{}"));
        NepMeldingService.antwoord("DELETE " + PAGINA + "/toestemmingen/BEMIDDELING", Antwoord.json(200, "{}"));
        String html = given().get(PAGINA + "?gedaan=verstuurd").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store")).extract().asString();
        assertThat(html).contains("<title>Melding M-2026-ABCD2345 - ", "Uw melding is verstuurd.",
                "Mijn collega lacht mij steeds uit.", "Zullen we dinsdag praten?", "Uw vertrouwenspersoon: Anna de Vries",
                "Afdeling: Fractiestaf",
                "Mag de vertrouwenspersoon een bemiddelaar inschakelen?", "Toestemming intrekken", "Ja, dat mag",
                "/meldingen/" + ID + "/inzage");
        // the vertrouwenspersoon's tools are not the melder's
        assertThat(html).doesNotContain("/interventies", "/sluiting", "/overdracht\"");

        Formulieren.vanaf(PAGINA).formParam("scope", "OVERDRACHT_KLACHT").formParam("antwoord", "ja")
                .post(PAGINA + "/toestemmingen").then().statusCode(303)
                .header("Location", containsString(PAGINA + "?gedaan=toestemming"));
        assertThat(NepMeldingService.laatste("POST " + PAGINA + "/toestemmingen").orElseThrow().body())
                .isEqualTo("{\"scope\":\"OVERDRACHT_KLACHT\"}");
        Formulieren.vanaf(PAGINA).formParam("scope", "BEMIDDELING").formParam("antwoord", "intrekken")
                .post(PAGINA + "/toestemmingen").then().statusCode(303);
        assertThat(NepMeldingService.laatste("DELETE " + PAGINA + "/toestemmingen/BEMIDDELING")).isPresent();
    }

    @Test
    @TestSecurity(user = "vertrouwenspersoon", roles = "vertrouwenspersoon")
    @OidcSecurity(claims = @Claim(key = "sub", value = NepMeldingService.VP_ID))
    void theVpRecordsHoursAsPeopleTypeThemAndIsToldInDutchWhenTheMelderHasNotConsented() {
        NepMeldingService.antwoord("GET " + PAGINA, Antwoord.json(200, melding("OPEN", null, "[]",
                ",\"interventions\":[{\"interventionId\":\"4b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f\",\"kind\":\"GEHOORD\","
                        + "\"hours\":1.50,\"recordedOn\":\"2026-12-02\",\"detailsShared\":false}],\"totalHours\":1.50")));
        String html = given().get(PAGINA).then().statusCode(200).extract().asString();
        assertThat(html).contains("Wat de melder schreef", "mila@thuis.example", "Interventies en uren", "Totaal: 1,5 uur.",
                "Melding afsluiten", "Overdragen kan pas als de melder daar toestemming voor geeft.");

        NepMeldingService.antwoord("POST " + PAGINA + "/interventies", Antwoord.json(201, "{}"));
        Formulieren.vanaf(PAGINA).formParam("interventie", "GEHOORD").formParam("uren", "1,5")
                .post(PAGINA + "/interventies").then().statusCode(303);
        assertThat(NepMeldingService.laatste("POST " + PAGINA + "/interventies").orElseThrow().body())
                .isEqualTo("{\"kind\":\"GEHOORD\",\"hours\":1.5,\"detailsShared\":false,\"note\":null}");

        NepMeldingService.antwoord("POST " + PAGINA + "/interventies", Antwoord.probleem(409,
                "{\"title\":\"No consent of the melder\",\"status\":409}", Map.of()));
        Formulieren.vanaf(PAGINA).formParam("interventie", "BEMIDDELING").formParam("uren", "2")
                .post(PAGINA + "/interventies").then().statusCode(200)
                .body(containsString("<title>Fout: Melding M-2026-ABCD2345"),
                        containsString("Voor deze stap is eerst de toestemming van de melder nodig."),
                        containsString("value=\"2\""));
    }

    @Test
    @TestSecurity(user = "vertrouwenspersoon", roles = "vertrouwenspersoon")
    @OidcSecurity(claims = @Claim(key = "sub", value = NepMeldingService.VP_ID))
    void closingNeedsAnOutcomeAndAWrittenConfirmationToTheMelder() {
        NepMeldingService.antwoord("GET " + PAGINA, Antwoord.json(200, OPEN));
        Formulieren.vanaf(PAGINA).formParam("bevestiging", " ").post(PAGINA + "/sluiting").then().statusCode(200)
                .body(containsString("<title>Fout: "), containsString("href=\"#uitkomst-OPGELOST\""),
                        containsString("href=\"#bevestiging\""), containsString("aria-invalid=\"true\""));
        assertThat(NepMeldingService.laatste("POST " + PAGINA + "/sluiting")).isEmpty();

        NepMeldingService.antwoord("POST " + PAGINA + "/sluiting", Antwoord.json(200, "{}"));
        Formulieren.vanaf(PAGINA).formParam("uitkomst", "OPGELOST")
                .formParam("bevestiging", "Fijn dat het is opgelost. Ik sluit uw melding af.")
                .post(PAGINA + "/sluiting").then().statusCode(303)
                .header("Location", containsString(PAGINA + "?gedaan=gesloten"));
        assertThat(NepMeldingService.laatste("POST " + PAGINA + "/sluiting").orElseThrow().body()).isEqualTo(
                "{\"outcome\":\"OPGELOST\",\"confirmation\":\"Fijn dat het is opgelost. Ik sluit uw melding af.\"}");
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "tenant", value = "fractie-voorbeeld"), @Claim(key = "sub", value = MELDER_SUB) })
    void aClosedMeldingShowsItsOutcomeAndTheDayItsFileIsDestroyedAndTakesNoMoreInput() {
        NepMeldingService.antwoord("GET " + PAGINA, Antwoord.json(200, melding("GESLOTEN", "2026-12-03", "[]", "")));
        String html = given().get(PAGINA).then().statusCode(200).extract().asString();
        assertThat(html).contains("Deze melding is afgesloten op 3 december 2026.", "Opgelost",
                "Het dossier wordt vernietigd op 1 december 2028.");
        assertThat(html).doesNotContain("<form method=\"post\" action=\"/meldingen/");
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "tenant", value = "fractie-voorbeeld"), @Claim(key = "sub", value = MELDER_SUB) })
    void aMeldingThatIsNotYoursShowsNothingAndTheTrailShowsWhoReadItWithoutContent() {
        given().get(PAGINA).then().statusCode(404)
                .body(containsString("Melding niet gevonden"), not(containsString("Mijn collega")));
        NepMeldingService.antwoord("GET " + PAGINA + "/audit", Antwoord.json(200,
                "[{\"id\":\"3b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f\",\"meldingId\":\"" + ID + "\","
                        + "\"occurredAt\":\"2026-12-02T09:00:00Z\",\"actor\":\"VERTROUWENSPERSOON\","
                        + "\"actorId\":\"" + NepMeldingService.VP_ID + "\",\"action\":\"READ\"}]"));
        given().get(PAGINA + "/inzage").then().statusCode(200)
                .body(containsString("2 december 2026, 10:00: De vertrouwenspersoon las de melding."),
                        not(containsString(NepMeldingService.VP_ID)));
    }

    @Test
    @TestSecurity(user = "vertrouwenspersoon", roles = "vertrouwenspersoon")
    @OidcSecurity(claims = @Claim(key = "sub", value = NepMeldingService.VP_ID))
    void theVpInboxSortsTheMeldingenByWhoseTurnItIs() {
        NepMeldingService.antwoord("GET /vertrouwenspersoon/meldingen", Antwoord.json(200, "["
                + regel("1", "OPEN", null, null) + "," + regel("2", "OPEN", null, "MELDER") + ","
                + regel("3", "OPEN", null, "VERTROUWENSPERSOON") + "," + regel("4", "GESLOTEN", "2026-12-04", "MELDER")
                + "]"));
        String html = given().get("/vertrouwenspersoon/meldingen").then().statusCode(200).extract().asString();
        assertThat(html).contains("Nieuw (1)", "Wacht op uw antwoord (1)", "Wacht op de melder (1)", "Afgesloten (1)",
                "afgesloten op 4 december 2026");
        assertThat(html.indexOf("M-2026-NUMMER1")).isLessThan(html.indexOf("M-2026-NUMMER2"));
        assertThat(html.indexOf("M-2026-NUMMER2")).isLessThan(html.indexOf("M-2026-NUMMER3"));
        assertThat(html.indexOf("M-2026-NUMMER3")).isLessThan(html.indexOf("M-2026-NUMMER4"));
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "tenant", value = "fractie-voorbeeld"), @Claim(key = "sub", value = MELDER_SUB) })
    void theInboxIsForVertrouwenspersonenOnly() {
        given().get("/vertrouwenspersoon/meldingen").then().statusCode(403)
                .body(containsString("Deze pagina is voor vertrouwenspersonen."));
        assertThat(NepMeldingService.laatste("GET /vertrouwenspersoon/meldingen")).isEmpty();
    }

    @Test
    @TestSecurity(user = "vertrouwenspersoon", roles = "vertrouwenspersoon")
    @OidcSecurity(claims = @Claim(key = "sub", value = NepMeldingService.VP_ID))
    void theVpSendsAPatternSignalWithCountsOnlyAndIsToldWhyARefusedOneCannotGo() {
        NepMeldingService.antwoord("GET /vertrouwenspersoon/patroonsignalen", Antwoord.json(200,
                "[{\"basis\":\"AFDELING\",\"tenantId\":\"fractie-voorbeeld\",\"departmentCode\":\"FRACTIESTAF\","
                        + "\"count\":\"< 5\"}]"));
        given().get("/vertrouwenspersoon/patroonsignalen").then().statusCode(200)
                .body(containsString("Fractie Voorbeeld: afdeling Fractiestaf"), containsString("Aantal meldingen: &lt; 5"));
        NepMeldingService.antwoord("POST /vertrouwenspersoon/patroonsignalen", Antwoord.json(201, "{}"));
        Formulieren.vanaf("/vertrouwenspersoon/patroonsignalen").formParam("basis", "AFDELING")
                .formParam("organisatie", "fractie-voorbeeld").formParam("afdeling", "FRACTIESTAF")
                .formParam("melding", "").formParam("omvang", "25").formParam("advies", "Bespreek de omgangsvormen.")
                .post("/vertrouwenspersoon/patroonsignalen").then().statusCode(303)
                .header("Location", containsString("/vertrouwenspersoon/patroonsignalen?verstuurd=true"));
        assertThat(NepMeldingService.laatste("POST /vertrouwenspersoon/patroonsignalen").orElseThrow().body())
                .isEqualTo("{\"basis\":\"AFDELING\",\"tenantId\":\"fractie-voorbeeld\",\"departmentCode\":\"FRACTIESTAF\","
                        + "\"meldingId\":null,\"unitSize\":25,\"advice\":\"Bespreek de omgangsvormen.\"}");

        NepMeldingService.antwoord("POST /vertrouwenspersoon/patroonsignalen", Antwoord.probleem(409,
                "{\"title\":\"Unit too small without consent\",\"status\":409}", Map.of()));
        Formulieren.vanaf("/vertrouwenspersoon/patroonsignalen").formParam("basis", "AFDELING")
                .formParam("organisatie", "fractie-voorbeeld").formParam("afdeling", "FRACTIESTAF")
                .post("/vertrouwenspersoon/patroonsignalen").then().statusCode(200)
                .body(containsString("<title>Fout: Patroonsignalen"), containsString("de afdeling is te klein"));
    }

    @Test
    @TestSecurity(user = "vertrouwenspersoon", roles = "vertrouwenspersoon")
    @OidcSecurity(claims = @Claim(key = "sub", value = NepMeldingService.VP_ID))
    void theVpReadsTheFiguresOfTheirAnnualReportInWordsWithSmallCountsHidden() {
        int jaar = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear();
        NepMeldingService.antwoord("GET /vertrouwenspersoon/jaarverslag/" + jaar, Antwoord.json(200,
                "{\"year\":" + jaar + ",\"scope\":\"POOL\",\"meldingen\":\"12\","
                        + "\"origin\":{\"counts\":{\"FRACTIE\":\"7\",\"AMBTELIJKE_ORGANISATIE\":\"5\"},\"total\":\"12\"},"
                        + "\"kinds\":{\"counts\":{\"ONGEWENSTE_OMGANGSVORMEN\":\"12\"},\"total\":\"12\"},"
                        + "\"categories\":{\"counts\":{\"PESTEN\":\"< 5\"},\"total\":\"12\"},"
                        + "\"relations\":{\"counts\":{\"COLLEGA\":\"12\"},\"total\":\"12\"},"
                        + "\"interventions\":{\"counts\":{\"GEHOORD\":\"6\"},\"total\":\"6\"},\"closed\":\"6\","
                        + "\"noInterventionAtMeldersRequest\":\"0\","
                        + "\"statusAtYearEnd\":{\"counts\":{\"IN_BEHANDELING\":\"6\"},\"total\":\"12\"},"
                        + "\"outcomes\":{\"counts\":{\"OPGELOST\":\"6\"},\"total\":\"6\"},\"hours\":14.5}"));
        given().get("/vertrouwenspersoon/jaarverslag").then().statusCode(200)
                .body(containsString("<title>Jaarverslag " + jaar), containsString("gedeelde pool"),
                        containsString("Uit een fractie — 7"), containsString("Een collega — 12"),
                        containsString("— &lt; 5"), containsString("Uren: 14,5"), containsString("Nog in behandeling — 6"),
                        containsString("href=\"/vertrouwenspersoon/jaarverslag?jaar=2021\""));
    }

    @Test
    @TestSecurity(user = "vertrouwenspersoon", roles = "vertrouwenspersoon")
    @OidcSecurity(claims = @Claim(key = "sub", value = NepMeldingService.VP_ID))
    void aVpRecordsAMeldingTakenByPhoneForAnOrganisationTheyServeAndSeesTheCodeForTheMelderOnce() {
        given().get("/vertrouwenspersoon/meldingen/telefonisch").then().statusCode(200)
                .body(containsString("<option value=\"fractie-voorbeeld\">Fractie Voorbeeld</option>"));
        // nothing chosen: the errors stand at the organisation and the text, nothing is sent
        Formulieren.vanaf("/vertrouwenspersoon/meldingen/telefonisch").formParam("soort", "ADVIESVRAAG")
                .post("/vertrouwenspersoon/meldingen/telefonisch").then().statusCode(200)
                .body(containsString("href=\"#organisatie\""), containsString("id=\"organisatie-fout\""),
                        containsString("href=\"#beschrijving\""));
        assertThat(NepMeldingService.laatste("POST /vertrouwenspersoon/meldingen/telefonisch")).isEmpty();

        NepMeldingService.antwoord("POST /vertrouwenspersoon/meldingen/telefonisch", Antwoord.json(201,
                "{\"meldingId\":\"" + ID + "\",\"reference\":\"M-2026-TELEFOON\",\"receiptCode\":\"ABCDEFGHIJKL-"
                        + "MNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOP\"}"));
        Formulieren.vanaf("/vertrouwenspersoon/meldingen/telefonisch").formParam("organisatie", "fractie-voorbeeld")
                .formParam("soort", "ADVIESVRAAG").formParam("beschrijving", "Belde over een conflict met de chef.")
                .post("/vertrouwenspersoon/meldingen/telefonisch").then().statusCode(200)
                .body(containsString("ABCDEFGHIJKL-MNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOP"),
                        containsString("M-2026-TELEFOON"), containsString("href=\"" + PAGINA + "\""));
        assertThat(NepMeldingService.laatste("POST /vertrouwenspersoon/meldingen/telefonisch").orElseThrow().body())
                .contains("\"tenantId\":\"fractie-voorbeeld\"",
                        "\"vertrouwenspersoonId\":\"" + NepMeldingService.VP_ID + "\"", "\"kind\":\"ADVIESVRAAG\"");
    }

    @Test
    @TestSecurity(user = "vertrouwenspersoon", roles = "vertrouwenspersoon")
    @OidcSecurity(claims = @Claim(key = "sub", value = NepMeldingService.VP_ID))
    void aVpSaysUntilWhenTheyAreAwayAndMeldersSeeItBesideTheName() {
        NepMeldingService.antwoord("GET /vertrouwenspersoon/meldingen", Antwoord.json(200, "[]"));
        NepMeldingService.antwoord("PUT /vertrouwenspersoon/afwezigheid", Antwoord.json(200, "{\"until\":\"2026-12-24\"}"));
        Formulieren.vanaf("/vertrouwenspersoon/meldingen").formParam("afwezigTot", "2026-12-24")
                .post("/vertrouwenspersoon/afwezigheid").then().statusCode(303)
                .header("Location", containsString("/vertrouwenspersoon/meldingen?afwezigheid=true"));
        assertThat(NepMeldingService.laatste("PUT /vertrouwenspersoon/afwezigheid").orElseThrow().body())
                .isEqualTo("{\"until\":\"2026-12-24\"}");
        Formulieren.vanaf("/vertrouwenspersoon/meldingen").formParam("afwezigTot", "morgen")
                .post("/vertrouwenspersoon/afwezigheid").then().statusCode(200)
                .body(containsString("href=\"#afwezigTot\""), containsString("id=\"afwezigTot-fout\""));

        NepMeldingService.antwoord("GET /vertrouwenspersoon/afwezigheid", Antwoord.json(200, "{\"until\":\"2026-12-24\"}"));
        given().get("/vertrouwenspersoon/meldingen").then().statusCode(200)
                .body(containsString("afwezig bent tot en met 24 december 2026"), containsString("Ik ben er weer"));
        NepMeldingService.antwoord("GET /organisaties", NepMeldingService.gids(
                "[{\"personId\":\"" + NepMeldingService.VP_ID + "\",\"name\":\"Anna de Vries\",\"kind\":\"POOL\","
                        + "\"absentUntil\":\"2026-12-24\"}]"));
        gids.vergeet();
        given().get("/anoniem-melden").then().statusCode(200)
                .body(containsString("Anna de Vries (vertrouwenspersoon voor iedereen (gedeelde pool); afwezig tot en met 24 december 2026)"));
        // the other tests read the list as the stand-in gives it by default
        NepMeldingService.wis();
        gids.vergeet();
    }

    private static String regel(String n, String status, String closedOn, String laatste) {
        return "{\"meldingId\":\"0b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6" + n + "\",\"reference\":\"M-2026-NUMMER" + n
                + "\",\"tenantId\":\"fractie-voorbeeld\",\"status\":\"" + status + "\",\"anonymous\":false,"
                + "\"receivedOn\":\"2026-12-0" + n + "\"" + (closedOn == null ? "" : ",\"closedOn\":\"" + closedOn + "\"")
                + (laatste == null ? "" : ",\"lastMessageFrom\":\"" + laatste + "\"") + "}";
    }

    static final String BIJLAGE_ID = "4b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f";

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "tenant", value = "fractie-voorbeeld"), @Claim(key = "sub", value = MELDER_SUB) })
    void aFileIsAddedWithThePersonsOwnTokenAndListedWithWhoAddedItAndItsSize() {
        NepMeldingService.antwoord("GET " + PAGINA, Antwoord.json(200, OPEN.replace("\"attachments\":[]",
                "\"attachments\":[{\"attachmentId\":\"" + BIJLAGE_ID + "\",\"from\":\"MELDER\","
                        + "\"uploadedAt\":\"2026-12-02T11:00:00Z\",\"contentType\":\"image/png\",\"sizeBytes\":2048,"
                        + "\"filename\":\"schermafdruk.png\"}]")));
        NepMeldingService.antwoord("POST " + PAGINA + "/bijlagen", Antwoord.json(201, "{}"));
        String html = given().get(PAGINA).then().statusCode(200).extract().asString();
        assertThat(html).contains("Bijlagen", "href=\"" + PAGINA + "/bijlagen/" + BIJLAGE_ID + "\"",
                "schermafdruk.png (2 kB)", "van u", "enctype=\"multipart/form-data\"");

        Formulieren.metBestand(PAGINA).multiPart("bijlage", "brief aan HR.pdf", AnoniemMeldenPaginaTests.PDF,
                "application/pdf").post(PAGINA + "/bijlagen").then().statusCode(303)
                .header("Location", containsString(PAGINA + "?gedaan=bijlage"));
        NepMeldingService.Verzoek verzoek = NepMeldingService.laatste("POST " + PAGINA + "/bijlagen").orElseThrow();
        assertThat(verzoek.kop("Authorization")).startsWith("Bearer ey");
        assertThat(verzoek.kop("X-Filename")).isEqualTo("brief%20aan%20HR.pdf");
        assertThat(verzoek.body()).startsWith("%PDF-1.4");

        // no file chosen: said at the field, nothing sent
        int voor = NepMeldingService.verzoeken().size();
        Formulieren.metBestand(PAGINA).multiPart("bijlage", "", new byte[0], "application/octet-stream")
                .post(PAGINA + "/bijlagen").then().statusCode(200)
                .body(containsString("<title>Fout: "), containsString("Kies een bestand om toe te voegen."));
        assertThat(NepMeldingService.verzoeken().stream().skip(voor).filter(v -> v.methode().equals("POST")))
                .isEmpty();
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "tenant", value = "fractie-voorbeeld"), @Claim(key = "sub", value = MELDER_SUB) })
    void anAttachmentIsAlwaysADownloadUnderItsOwnNameNeverAPageOfThePortal() {
        NepMeldingService.antwoord("GET " + PAGINA + "/bijlagen/" + BIJLAGE_ID, new Antwoord(200, "text/html",
                "<script>alert(1)</script>", Map.of("Content-Disposition", "inline")));
        given().get(PAGINA + "/bijlagen/" + BIJLAGE_ID).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment"))
                .header("X-Content-Type-Options", equalTo("nosniff")).header("Cache-Control", equalTo("no-store"));
        NepMeldingService.antwoord("GET " + PAGINA + "/bijlagen/" + BIJLAGE_ID, new Antwoord(200, "application/pdf",
                "%PDF-1.4", Map.of("Content-Disposition", "attachment; filename*=UTF-8''brief%20aan%20HR.pdf")));
        given().get(PAGINA + "/bijlagen/" + BIJLAGE_ID).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename*=UTF-8''brief%20aan%20HR.pdf"))
                .body(equalTo("%PDF-1.4"));
        assertThat(NepMeldingService.laatste("GET " + PAGINA + "/bijlagen/" + BIJLAGE_ID).orElseThrow()
                .kop("Authorization")).startsWith("Bearer ey");
        // not theirs (or none): the same page as for a melding that is not theirs
        NepMeldingService.antwoord("GET " + PAGINA + "/bijlagen/" + BIJLAGE_ID, Antwoord.probleem(404,
                "{\"title\":\"Not Found\",\"status\":404}", Map.of()));
        given().get(PAGINA + "/bijlagen/" + BIJLAGE_ID).then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "tenant", value = "fractie-voorbeeld"), @Claim(key = "sub", value = MELDER_SUB) })
    void whatAMelderTypedIsKeptAsTheirOwnDraftAndComesBackInTheFormUntilTheMeldingIsSent() {
        NepMeldingService.antwoord("PUT /concepten/nieuwe-melding", Antwoord.json(200, "{}"));
        NepMeldingService.antwoord("DELETE /concepten/nieuwe-melding", Antwoord.json(204, ""));
        Formulieren.vanaf("/mijn/meldingen/nieuw").formParam("soort", "ADVIESVRAAG")
                .formParam("beschrijving", "Half af: wat er dinsdag gebeurde").formParam("actie", "bewaren")
                .post("/mijn/meldingen/nieuw").then().statusCode(303)
                .header("Location", containsString("/mijn/meldingen/nieuw?gedaan=bewaard"));
        NepMeldingService.Verzoek bewaard = NepMeldingService.laatste("PUT /concepten/nieuwe-melding").orElseThrow();
        assertThat(bewaard.kop("Authorization")).startsWith("Bearer ey");
        assertThat(bewaard.body()).contains("\"soort\":\"ADVIESVRAAG\"", "Half af: wat er dinsdag gebeurde")
                .doesNotContain("\"naam\"", "actie");
        // nothing was sent as a melding
        assertThat(NepMeldingService.laatste("POST /meldingen")).isEmpty();

        NepMeldingService.antwoord("GET /concepten/nieuwe-melding", Antwoord.json(200,
                "{\"form\":\"nieuwe-melding\",\"fields\":{\"soort\":\"ADVIESVRAAG\","
                        + "\"beschrijving\":\"Half af: wat er dinsdag gebeurde\"},\"savedAt\":\"2026-12-07T09:15:00Z\"}"));
        given().get("/mijn/meldingen/nieuw?gedaan=bewaard").then().statusCode(200)
                .body(containsString("Uw concept is bewaard."))
                .body(containsString(">Half af: wat er dinsdag gebeurde</textarea>"))
                .body(containsString("value=\"ADVIESVRAAG\" checked"));
        given().get("/mijn/meldingen/nieuw").then().statusCode(200).body(containsString("U schreef hier eerder aan."))
                .body(containsString("value=\"weggooien\""));

        // a form that comes back with errors is kept too; a melding that is sent throws the draft away
        int voor = NepMeldingService.verzoeken().size();
        Formulieren.vanaf("/mijn/meldingen/nieuw").formParam("beschrijving", "Nog zonder vertrouwenspersoon")
                .post("/mijn/meldingen/nieuw").then().statusCode(200).body(containsString("<title>Fout: "));
        assertThat(NepMeldingService.verzoeken().stream().skip(voor).filter(v -> v.methode().equals("PUT"))
                .map(NepMeldingService.Verzoek::body)).anyMatch(b -> b.contains("Nog zonder vertrouwenspersoon"));
        NepMeldingService.antwoord("POST /meldingen",
                Antwoord.json(201, "{\"meldingId\":\"" + ID + "\",\"reference\":\"M-2026-ABCD2345\"}"));
        Formulieren.vanaf("/mijn/meldingen/nieuw")
                .formParam("vertrouwenspersoon", "fractie-voorbeeld/" + NepMeldingService.VP_ID)
                .formParam("soort", "ADVIESVRAAG").formParam("beschrijving", "Nu af.").post("/mijn/meldingen/nieuw")
                .then().statusCode(303);
        assertThat(NepMeldingService.laatste("DELETE /concepten/nieuwe-melding")).isPresent();
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "tenant", value = "fractie-voorbeeld"), @Claim(key = "sub", value = MELDER_SUB) })
    void aMessageInTheMakingIsKeptAsADraftOfThatMeldingAndShownAgainInItsForm() {
        String concept = "/concepten/bericht-" + ID;
        NepMeldingService.antwoord("GET " + PAGINA, Antwoord.json(200, OPEN));
        NepMeldingService.antwoord("PUT " + concept, Antwoord.json(200, "{}"));
        Formulieren.vanaf(PAGINA).formParam("bericht", "Ik wil graag dinsdag").formParam("actie", "bewaren")
                .post(PAGINA + "/berichten").then().statusCode(303)
                .header("Location", containsString(PAGINA + "?gedaan=concept"));
        assertThat(NepMeldingService.laatste("PUT " + concept).orElseThrow().body()).contains("Ik wil graag dinsdag");
        assertThat(NepMeldingService.laatste("POST " + PAGINA + "/berichten")).isEmpty();

        NepMeldingService.antwoord("GET " + concept, Antwoord.json(200, "{\"form\":\"bericht-" + ID
                + "\",\"fields\":{\"bericht\":\"Ik wil graag dinsdag\"},\"savedAt\":\"2026-12-07T09:15:00Z\"}"));
        given().get(PAGINA + "?gedaan=concept").then().statusCode(200)
                .body(containsString("Uw bericht is als concept bewaard."))
                .body(containsString(">Ik wil graag dinsdag</textarea>"))
                .body(containsString("data-concept=\"bericht-" + ID + "\""));
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "tenant", value = "fractie-voorbeeld"), @Claim(key = "sub", value = MELDER_SUB) })
    void thePagesScriptSavesOnlyThePortalsOwnFormsAndTheirOwnFields() {
        NepMeldingService.antwoord("PUT /concepten/nieuwe-melding", Antwoord.json(200, "{}"));
        Formulieren.vanaf("/mijn/meldingen/nieuw").header("X-Requested-With", "JavaScript")
                .formParam("beschrijving", "Terwijl ik typ").formParam("iets", "anders")
                .post("/concepten/nieuwe-melding").then().statusCode(204);
        assertThat(NepMeldingService.laatste("PUT /concepten/nieuwe-melding").orElseThrow().body())
                .contains("Terwijl ik typ").doesNotContain("iets", "anders");
        Formulieren.vanaf("/mijn/meldingen/nieuw").formParam("beschrijving", "x").post("/concepten/iets-anders")
                .then().statusCode(404);
        // melding-service did not take it: the script says so beside the form
        NepMeldingService.antwoord("PUT /concepten/nieuwe-melding", Antwoord.probleem(503, "{}", Map.of()));
        Formulieren.vanaf("/mijn/meldingen/nieuw").formParam("beschrijving", "x").post("/concepten/nieuwe-melding")
                .then().statusCode(502);
    }

    @Test
    @TestSecurity(user = "medewerker", roles = "employee")
    @OidcSecurity(claims = { @Claim(key = "tenant", value = "fractie-voorbeeld"), @Claim(key = "sub", value = MELDER_SUB) })
    void aMeldingHandedOverToAComplaintSaysItsDestructionWaitsForTheComplaintsEnd() {
        String overgedragen = melding("GESLOTEN", "2026-12-05", "[]",
                ",\"handoverId\":\"8b5e0c3e-4a9a-4d55-9c35-1b2a3c4d5e6f\"")
                .replace("\"destructionDueOn\":\"2028-12-01\",", "");
        NepMeldingService.antwoord("GET " + PAGINA, Antwoord.json(200, overgedragen));
        assertThat(given().get(PAGINA).then().statusCode(200).extract().asString())
                .contains("twee jaar na het einde van de klachtprocedure vernietigd")
                .doesNotContain("Het dossier wordt vernietigd op");
    }
}
