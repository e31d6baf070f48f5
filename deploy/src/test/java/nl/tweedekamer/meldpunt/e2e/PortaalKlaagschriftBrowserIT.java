package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * The complainant files a klaagschrift in a real browser, against the real services: the demo staff member of
 * fractie-voorbeeld opens "Mijn klachten", starts a new complaint and walks the wizard by keyboard (art 9.1: the kind
 * of behaviour, what happened, where and when, witnesses, their own details, the accused, a person of fractie-noord,
 * and the steps taken), adds a file (9.2), reads on the check page what art 9.1 still misses, completes it, signs and
 * files, and lands on the complaint's page saying it was filed and what comes next. The commission's secretary then
 * reads it as filed. A second browser without JavaScript starts a draft and keeps it for later. Every page passes the
 * portal's checks (axe-core WCAG 2.1 AA, one h1 that begins the title, TAB reaches every control, no sideways scroll
 * at 320 px).
 */
@Tag("postgres")
class PortaalKlaagschriftBrowserIT {

    private static final System.Logger LOG = System.getLogger("e2e");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d-M-uuuu");
    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu",
            Locale.forLanguageTag("nl"));

    private static PlatformStack stack;
    private static String portaal;
    private static Path axe;

    @BeforeAll
    static void bothOrganisationsDeclaredTheRegulationApplicable() throws IOException {
        stack = PlatformStack.get();
        portaal = stack.portaal().baseUri();
        axe = Browser.AXE;
        // today's commission, whose secretary reads the filed complaint
        Commissie.of(stack);
        PortaalDemo.registerOrganisation(stack);
        declare(PlatformStack.PORTAAL_TENANT, PlatformStack.PORTAAL_ORGANISATIE);
        declare(PortaalDemo.NOORD_TENANT, "Fractie Noord");
        // the wizard offers as employers the organisations melding-service's public directory lists
        PortaalDemo.awaitListed(stack, PlatformStack.PORTAAL_TENANT);
        PortaalDemo.awaitListed(stack, PortaalDemo.NOORD_TENANT);
    }

    @AfterAll
    static void report() {
        Browser.AXE_RESULTS.forEach(line -> LOG.log(System.Logger.Level.INFO, "axe-core {0}", line));
    }

    @Test
    void theStaffMemberWalksTheKlaagschriftByKeyboardFilesItAndTheCommissionReceivesIt() throws IOException {
        long begin = System.nanoTime();
        LocalDate laatste = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(6);
        String klachtId;
        try (Browser klager = new Browser(portaal, true, axe)) {
            PortaalDemo.signIn(klager, stack, portaal, PortaalDemo.MEDEWERKER);
            klager.press("main a[href='/mijn/klachten']");
            assertThat(klager.checkPage("ks-mijn-klachten")).isEqualTo("Mijn klachten");

            klager.press("#nieuwe-klacht");
            assertThat(klager.checkPage("ks-soort")).isEqualTo("Soort gedrag");
            assertThat(klager.find("#stapteller").getText()).isEqualTo("Stap 1 van 8");
            klachtId = klager.driver.getCurrentUrl().replaceAll(".*/klachten/([0-9a-f-]{36})/klaagschrift/soort$", "$1");
            assertThat(klachtId).hasSize(36);
            klager.find("#categorie-PESTEN").sendKeys(Keys.SPACE);
            klager.press("#verder");

            assertThat(klager.checkPage("ks-gebeurd")).isEqualTo("Wat er is gebeurd");
            klager.find("#gedrag").sendKeys("In het wekelijkse overleg word ik steeds uitgelachen en buitengesloten.");
            klager.press("#verder");

            assertThat(klager.checkPage("ks-waar-en-wanneer")).isEqualTo("Waar en wanneer");
            klager.find("#plaats").sendKeys("Fractiekamer en de app-groep van de staf");
            klager.find("#wanneer").sendKeys("Elke week sinds het voorjaar");
            klager.find("#eersteDatum").sendKeys(TYPED.format(laatste.minusMonths(8)));
            klager.find("#laatsteDatum").sendKeys(TYPED.format(laatste));
            klager.press("#verder");

            assertThat(klager.checkPage("ks-getuigen")).isEqualTo("Getuigen");
            klager.find("#getuigen").sendKeys("Een collega van de staf zag het in het overleg.");
            klager.press("#verder");

            assertThat(klager.checkPage("ks-uw-gegevens")).isEqualTo("Uw gegevens");
            klager.find("#naam").sendKeys("Mila Medewerker");
            klager.find("#adres").sendKeys("Lange Poten 4, 2511 CL Den Haag");
            klager.find("#functie").sendKeys("Beleidsmedewerker");
            klager.press("#verder");

            assertThat(klager.checkPage("ks-aangeklaagde")).isEqualTo("Over wie u klaagt");
            klager.find("#aangeklaagde-0-naam").sendKeys("Nico Noord");
            klager.find("#aangeklaagde-0-functie").sendKeys("Woordvoerder");
            new Select(klager.find("#aangeklaagde-0-relatie")).selectByValue("MEDEWERKER_FRACTIE");
            new Select(klager.find("#aangeklaagde-0-werkgever")).selectByValue(PortaalDemo.NOORD_TENANT);
            klager.press("#verder");

            // the steps taken are left open for now: the check page says so
            assertThat(klager.checkPage("ks-stappen")).isEqualTo("Wat u al hebt gedaan");
            klager.press("#verder");

            assertThat(klager.checkPage("ks-bijlagen")).isEqualTo("Bijlagen");
            klager.chooseFile("#bestand", "verslag-gesprek.pdf", "%PDF-1.4\n% verslag van het gesprek\n%%EOF\n");
            klager.press("#toevoegen");
            assertThat(klager.checkPage("ks-bijlage-toegevoegd")).isEqualTo("Bijlagen");
            assertThat(klager.find("#gedaan").getText()).isEqualTo("Het stuk is toegevoegd.");
            assertThat(klager.find("#bijlagen").getText()).contains("verslag-gesprek.pdf");
            klager.press("#verder");

            assertThat(klager.checkPage("ks-controle-onvolledig")).isEqualTo("Controleren en indienen");
            assertThat(klager.find("#ontbreekt").getText()).contains("Dit ontbreekt nog",
                    "de stappen die u al hebt gezet", "U kunt het klaagschrift toch indienen");
            assertThat(klager.find("main").getText()).contains("Pesten of treiteren", "Fractiekamer",
                    IN_WORDS.format(laatste), "Nico Noord", "werkt bij Fractie Noord", "verslag-gesprek.pdf");
            klager.press("#ontbreekt a[href$='/klaagschrift/stappen']");
            assertThat(klager.h1()).isEqualTo("Wat u al hebt gedaan");
            klager.find("#stappen").sendKeys("Gesprek met de ambtelijk secretaris; het werd niet beter.");
            klager.press("#verder");
            klager.press("#verder");

            assertThat(klager.checkPage("ks-controle")).isEqualTo("Controleren en indienen");
            assertThat(klager.all("#ontbreekt")).isEmpty();
            assertThat(klager.find("#compleet").getText()).contains("alles wat artikel 9.1");
            assertThat(klager.find("#ondertekening").getAttribute("value")).isEqualTo("Mila Medewerker");
            klager.find("#waarheid").sendKeys(Keys.SPACE);
            klager.press("#indienen");

            assertThat(klager.driver.getCurrentUrl()).isEqualTo(portaal + "/klachten/" + klachtId + "?gedaan=ksIngediend");
            assertThat(klager.checkPage("ks-ingediend")).startsWith("Klacht K-");
            assertThat(klager.find("#gedaan").getText()).contains("Uw klaagschrift is ondertekend en ingediend",
                    "bevestigt de ontvangst schriftelijk (artikel 9.4)");
            assertThat(klager.find("#volgende-stap").getText()).contains("bevestigt de ontvangst");

            // the filed complaint is in "Mijn klachten", no longer a draft
            klager.open("/mijn/klachten");
            assertThat(klager.find("#klachten").getText()).contains("Klacht K-");
        }

        // the commission receives it: the secretary reads it as filed, with the accused of fractie-noord
        Map<String, Object> dossier = given().baseUri(klacht()).auth().oauth2(secretary())
                .get("/klachten/{id}", klachtId).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(dossier.get("status")).isEqualTo("INGEDIEND");
        assertThat(String.valueOf(dossier.get("reference"))).startsWith("K-");
        @SuppressWarnings("unchecked")
        Map<String, Object> klaagschrift = (Map<String, Object>) dossier.get("klaagschrift");
        assertThat(klaagschrift.get("category")).isEqualTo("PESTEN");
        assertThat(klaagschrift.get("signedName")).isEqualTo("Mila Medewerker");
        assertThat(klaagschrift.get("missingAtFiling")).isNull();
        assertThat(String.valueOf(klaagschrift.get("accused"))).contains("Nico Noord", PortaalDemo.NOORD_TENANT);
        List<?> bijlagen = given().baseUri(klacht()).auth().oauth2(secretary()).get("/klachten/{id}/bijlagen", klachtId)
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(bijlagen).hasSize(1);

        LOG.log(System.Logger.Level.INFO, "e2e: the klaagschrift walked, filed and received took {0} ms",
                (System.nanoTime() - begin) / 1_000_000);
    }

    @Test
    void withoutJavaScriptADraftIsStartedAndKeptForLater() throws IOException {
        try (Browser zonderJs = new Browser(portaal, false, axe)) {
            PortaalDemo.signIn(zonderJs, stack, portaal, PortaalDemo.MEDEWERKER);
            zonderJs.open("/mijn/klachten");
            assertThat(zonderJs.checkPage("ks-mijn-klachten")).isEqualTo("Mijn klachten");
            zonderJs.press("#nieuwe-klacht");
            assertThat(zonderJs.checkPage("ks-soort")).isEqualTo("Soort gedrag");
            zonderJs.find("#categorie-INTIMIDATIE").sendKeys(Keys.SPACE);
            zonderJs.press("#bewaren");
            assertThat(zonderJs.checkPage("ks-bewaard")).isEqualTo("Mijn klachten");
            assertThat(zonderJs.find("#gedaan").getText()).startsWith("Uw concept is bewaard.");
            assertThat(zonderJs.find("#concepten").getText()).contains("Concept");
        }
    }

    /** The organisation registered (once) with the regulation declared applicable since 2024 (201, or 409: already). */
    private static void declare(String id, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", name);
        body.put("shortName", id.substring(0, 3).toUpperCase());
        body.put("kind", "FRACTIE");
        body.put("employerEntity", "Stichting " + name);
        body.put("contactEmail", "secretariaat@" + id + ".example.nl");
        given().baseUri(klacht()).auth().oauth2(PortaalDemo.platformAdmin()).contentType(ContentType.JSON).body(body)
                .post("/tenants").then().statusCode(anyOf(is(201), is(409)));
        Map<String, Object> declaration = PortaalDemo.declaration("BEIDE");
        given().baseUri(klacht()).auth().oauth2(TestTokens.as("fractie-admin").tenant(id)
                .subject(UUID.randomUUID().toString()).sign()).contentType(ContentType.JSON).body(declaration)
                .post("/tenants/{t}/declarations", id).then().statusCode(anyOf(is(201), is(409)));
    }

    /** The realm's demo secretary, as the services know them (their Keycloak subject). */
    private static String secretary() {
        return TestTokens.as("commission-secretary").tenant("tk").subject(PortaalDemo.SECRETARIS_SUB).sign();
    }

    private static String klacht() {
        return stack.service("klacht-service").baseUri();
    }
}
