package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * A fractie's onboarding in a real browser, from registration to the first confirmation, each person signed in at
 * Keycloak as themselves: the platform administrator registers Fractie Zuid (a faulty address first, said at its
 * field), reads what offboarding it would mean and opens the commission's composition, the pool of vertrouwenspersonen and the Atw decrees; its fractie administrator declares the regulation applicable, imports a staff list of 50 from a
 * spreadsheet's CSV after its preview, adds a department and names the standing decider; a staff member on that list
 * confirms the declaration; Fractie Zuid and its department are offered on the start page and in the anonymous form
 * (melding-service's public directory, no setting of the portal); the administrator's staff list then says it was
 * confirmed by 1 of the 50; technical
 * operations reads the requests to confirm as sent in the delivery log, without an address. Every page
 * passes the portal's checks (axe-core WCAG 2.1 AA, one h1 that begins the title, TAB reaches every control, no
 * sideways scroll at 320 px).
 */
@Tag("postgres")
class PortaalOnboardingBrowserIT {

    private static final System.Logger LOG = System.getLogger("e2e");
    private static final String TENANT = "fractie-zuid";
    private static final String BEHEERDER_ZUID = "fractiebeheerder-zuid";
    private static final String MEDEWERKER_ZUID = "medewerker-zuid";
    private static final String MEDEWERKER_ZUID_SUB = "00000000-0000-4000-8000-000000000011";
    private static final DateTimeFormatter DAG_MAAND_JAAR = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private static PlatformStack stack;
    private static String portaal;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String deputy = UUID.randomUUID().toString();

    @BeforeAll
    static void startPlatformWithKeycloakAndPortal() throws IOException {
        stack = PlatformStack.get();
        portaal = stack.portaal().baseUri();
    }

    @AfterAll
    static void report() {
        Browser.AXE_RESULTS.forEach(line -> LOG.log(System.Logger.Level.INFO, "axe-core {0}", line));
    }

    @Test
    void aFractieIsRegisteredDeclaresImportsFiftyStaffNamesItsDeciderAndGetsItsFirstConfirmation() throws IOException {
        long begin = System.nanoTime();
        try (Browser beheerder = new Browser(portaal, true, Browser.AXE)) {
            PortaalDemo.signIn(beheerder, stack, portaal, "beheerder");
            beheerder.press("main a[href='/beheer/organisaties']");
            assertThat(beheerder.checkPage("organisaties")).isEqualTo("Organisaties");
            beheerder.find("#id").sendKeys(TENANT);
            beheerder.find("#naam").sendKeys("Fractie Zuid");
            beheerder.find("#afkorting").sendKeys("FZ");
            beheerder.find("#rechtspersoon").sendKeys("Stichting Fractie Zuid");
            beheerder.find("#contactadres").sendKeys("post-zuid");
            beheerder.press("form[action='/beheer/organisaties'] button");
            assertThat(beheerder.title()).startsWith("Fout: Organisaties");
            beheerder.checkPage("organisaties-fout");
            assertThat(beheerder.find("#contactadres").getAttribute("aria-invalid")).isEqualTo("true");
            beheerder.find("#contactadres").sendKeys(Keys.END, "@fractie-zuid.example");
            beheerder.press("form[action='/beheer/organisaties'] button");
            assertThat(beheerder.find("main [role=status]").getText()).contains("De organisatie is geregistreerd.");
            assertThat(beheerder.find("#organisaties").getText()).contains("Fractie Zuid (FZ)", "Doet mee");
            assertThat(klacht("platform-admin", "tk").get("/tenants/{t}", TENANT).then().statusCode(200).extract()
                    .jsonPath().getString("status")).isEqualTo("ACTIVE");
            // what offboarding would mean is said first (not done here)
            beheerder.press("a[href='/beheer/organisaties/" + TENANT + "/afmelden']");
            assertThat(beheerder.checkPage("organisatie-afmelden")).isEqualTo("Fractie Zuid afmelden");
            assertThat(beheerder.find("main").getText()).contains("Dit kunt u hier niet terugdraaien.");
            // the commission's composition, as the platform administrator keeps it
            beheerder.open("/mijn");
            beheerder.press("main a[href='/beheer/commissie']");
            assertThat(beheerder.checkPage("beheer-commissie")).isEqualTo("De klachtencommissie");
            beheerder.open("/mijn");
            beheerder.press("main a[href='/beheer/vertrouwenspersonen']");
            assertThat(beheerder.checkPage("beheer-pool")).isEqualTo("Vertrouwenspersonen van de Tweede Kamer");
            beheerder.open("/mijn");
            beheerder.press("main a[href='/beheer/atw']");
            assertThat(beheerder.checkPage("beheer-atw")).isEqualTo("Feestdagen bij koninklijk besluit");
        }

        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        try (Browser fractie = new Browser(portaal, true, Browser.AXE)) {
            PortaalDemo.signIn(fractie, stack, portaal, BEHEERDER_ZUID);
            // the declaration, as the model letter makes it
            fractie.press("main a[href='/organisaties/" + TENANT + "/regeling']");
            assertThat(fractie.checkPage("zuid-regeling")).isEqualTo("De Klachtenregeling van toepassing verklaren");
            fractie.find("#vanaf").sendKeys(DAG_MAAND_JAAR.format(vandaag));
            fractie.find("#ondertekendDoor").sendKeys("Fractievoorzitter");
            fractie.find("#ondertekendOp").sendKeys(DAG_MAAND_JAAR.format(vandaag));
            fractie.find("#vpKeuze-POOL").sendKeys(Keys.SPACE);
            fractie.press("form[action$='/regeling'] button");
            assertThat(fractie.find("main [role=status]").getText()).contains("De verklaring is vastgelegd.");
            fractie.open("/mijn");

            // fifty staff from a spreadsheet: previewed, then imported whole
            fractie.press("main a[href='/organisaties/" + TENANT + "/personeel']");
            assertThat(fractie.checkPage("zuid-personeel")).isEqualTo("Personeel van Fractie Zuid");
            fractie.chooseFile("#bestand", "personeel.csv", staff(50));
            fractie.press("form[action$='/voorbeeld'] button");
            assertThat(fractie.checkPage("zuid-personeel-voorbeeld")).isEqualTo("Controleer de lijst");
            assertThat(fractie.find("main").getText()).contains("50 nieuw, 0 al op de lijst, 0 met een fout.");
            fractie.press("form[action$='/import'] button");
            assertThat(fractie.find("main [role=status]").getText()).contains("Toegevoegd aan de lijst: 50.");
            assertThat(fractie.find("main").getText()).contains("is bevestigd door 0 van de 50.");

            // a department melders may name
            fractie.open("/mijn");
            fractie.press("main a[href='/organisaties/" + TENANT + "/afdelingen']");
            assertThat(fractie.checkPage("zuid-afdelingen")).isEqualTo("Afdelingen van Fractie Zuid");
            assertThat(fractie.find("main").getText()).contains("Er staan nog geen afdelingen op de lijst.");
            fractie.find("#naam").sendKeys("Fractiestaf Zuid");
            fractie.press("form[action='/organisaties/" + TENANT + "/afdelingen'] button");
            assertThat(fractie.find("main [role=status]").getText()).contains("De afdeling staat op de lijst.");
            assertThat(fractie.find("#afdelingen").getText()).contains("Fractiestaf Zuid", "FRACTIESTAF-ZUID");
            fractie.checkPage("zuid-afdelingen-toegevoegd");
            assertThat(klacht("fractie-admin", TENANT).get("/tenants/{t}/departments", TENANT).then().statusCode(200)
                    .extract().jsonPath().getList("code", String.class)).containsExactly("FRACTIESTAF-ZUID");

            // the organisation is offered on the start page and in the anonymous form with its department,
            // without any setting of the portal: once melding-service's public directory has it (tenants.v1 is
            // asynchronous, so wait for that, never sleep)
            await("melding-service's directory lists Fractie Zuid with its department").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> given().baseUri(stack.service("melding-service").baseUri()).get("/organisaties")
                            .then().statusCode(200).extract().jsonPath()
                            .getList("find { it.id == '" + TENANT + "' }.departments.code", String.class),
                            codes -> codes != null && codes.contains("FRACTIESTAF-ZUID"));
            fractie.open("/");
            assertThat(fractie.find("main").getText()).contains("Fractie Zuid");
            fractie.open("/anoniem-melden");
            assertThat(fractie.all("#afdeling option[value='" + TENANT + "/FRACTIESTAF-ZUID']")).hasSize(1);

            // the standing decider and deputy, from the staff with a login
            fractie.open("/organisaties/" + TENANT + "/beslisser");
            assertThat(fractie.checkPage("zuid-beslisser")).isEqualTo("Wie beslist als werkgever");
            new Select(fractie.find("#beslisser")).selectByValue(deputy);
            new Select(fractie.find("#plaatsvervanger")).selectByValue(MEDEWERKER_ZUID_SUB);
            fractie.press("form[action$='/beslisser'] button");
            assertThat(fractie.find("main [role=status]").getText())
                    .contains("De beslisser en de plaatsvervanger zijn vastgelegd.");
        }

        // the first confirmation, by a staff member on the list
        try (Browser medewerker = new Browser(portaal, true, Browser.AXE)) {
            PortaalDemo.signIn(medewerker, stack, portaal, MEDEWERKER_ZUID);
            medewerker.press("main a[href='/organisaties/" + TENANT + "/verklaring']");
            assertThat(medewerker.checkPage("zuid-verklaring")).isEqualTo("Verklaring onderschrijven");
            medewerker.press("form[action='/organisaties/" + TENANT + "/verklaring'] button");
            assertThat(medewerker.find("main [role=status]").getText()).contains("U hebt de verklaring onderschreven.");
        }
        try (Browser fractie = new Browser(portaal, true, Browser.AXE)) {
            PortaalDemo.signIn(fractie, stack, portaal, BEHEERDER_ZUID);
            fractie.open("/organisaties/" + TENANT + "/personeel");
            assertThat(fractie.find("main").getText()).contains("is bevestigd door 1 van de 50.");
        }
        // the requests to confirm went out by email: technical operations sees them in the delivery log, no address
        try (Browser techniek = new Browser(portaal, true, Browser.AXE)) {
            PortaalDemo.signIn(techniek, stack, portaal, "techniek");
            techniek.press("main a[href='/techniek/bezorging']");
            assertThat(techniek.checkPage("techniek-bezorging")).isEqualTo("Verstuurde e-mail");
            assertThat(techniek.find("main").getText()).doesNotContain("@fractie-zuid.example", tag);
            new Select(techniek.find("#stand")).selectByValue("SENT");
            techniek.press("form[action='/techniek/bezorging'] button");
            assertThat(techniek.all("#bezorging tbody tr")).isNotEmpty()
                    .allSatisfy(rij -> assertThat(rij.getText()).contains("Verstuurd"));
        }
        LOG.log(System.Logger.Level.INFO, "e2e: the onboarding from registration to the first confirmation took {0} ms",
                (System.nanoTime() - begin) / 1_000_000);
    }

    /** Fifty staff as a Dutch spreadsheet saves them; the first two have a login (the demo staff member first). */
    private String staff(int count) {
        StringBuilder csv = new StringBuilder("Naam;Werkadres;Functie;Soort;In dienst vanaf;Account\r\n");
        for (int i = 0; i < count; i++) {
            String account = i == 0 ? MEDEWERKER_ZUID_SUB : i == 1 ? deputy : "";
            csv.append("Medewerker ").append(tag).append(' ').append(i).append(';').append("z").append(i).append('-')
                    .append(tag).append("@fractie-zuid.example;Beleidsmedewerker;medewerker;01-02-2024;")
                    .append(account).append("\r\n");
        }
        return csv.toString();
    }

    private static RequestSpecification klacht(String role, String tenant) {
        return given().baseUri(stack.service("klacht-service").baseUri()).auth()
                .oauth2(TestTokens.as(role).tenant(tenant).subject("e2e-onboarding").sign());
    }
}
