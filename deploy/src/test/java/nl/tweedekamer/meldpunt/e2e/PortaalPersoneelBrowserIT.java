package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * The fractie administrator's staff list in a real browser, signed in at Keycloak: a spreadsheet's CSV of 50 staff with
 * one faulty row is shown row by row and nobody is added; corrected, it is previewed and imported whole, and klacht-service
 * holds the 50 with their function (after the declaration of applicability is made as the model letter does); the page says who confirmed the declaration in force; the standing decider and
 * deputy are chosen from the staff with a login; one more person is added by hand after a refused address. Every page passes the
 * portal's checks (axe-core WCAG 2.1 AA, one h1 that begins the title, TAB reaches every control, no sideways scroll at
 * 320 px).
 */
@Tag("postgres")
class PortaalPersoneelBrowserIT {

    private static final System.Logger LOG = System.getLogger("e2e");
    private static PlatformStack stack;
    private static String portaal;
    private static Path axe;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    /** The logins of the first two staff members, who may then be named to decide for the organisation. */
    private final List<String> accounts = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());

    @BeforeAll
    static void startPlatformWithKeycloakAndPortal() throws IOException {
        stack = PlatformStack.get();
        PortaalDemo.registerOrganisation(stack);
        portaal = stack.portaal().baseUri();
        axe = Browser.AXE;
    }

    @AfterAll
    static void report() {
        Browser.AXE_RESULTS.forEach(line -> LOG.log(System.Logger.Level.INFO, "axe-core {0}", line));
    }

    @Test
    void theAdministratorPreviewsAStaffListOfFiftyRefusesItWithAFaultyRowAndImportsItWholeOnceCorrected()
            throws IOException {
        try (Browser beheerder = new Browser(portaal, true, axe)) {
            PortaalDemo.signIn(beheerder, stack, portaal, PortaalDemo.FRACTIEBEHEERDER);
            String lijst = "/organisaties/" + PlatformStack.PORTAAL_TENANT + "/personeel";
            declare(beheerder);
            beheerder.press("main a[href='" + lijst + "']");
            assertThat(beheerder.checkPage("personeel")).isEqualTo("Personeel van " + PlatformStack.PORTAAL_ORGANISATIE);

            // one row with an address that is none: every row is shown, the fault at its row, nobody is added
            beheerder.chooseFile("#bestand", "personeel.csv", staff(50, 17));
            beheerder.press("form[action$='/voorbeeld'] button");
            assertThat(beheerder.checkPage("personeel-voorbeeld-fout")).isEqualTo("Controleer de lijst");
            assertThat(beheerder.find("main").getText()).contains("49 nieuw, 0 al op de lijst, 1 met een fout.",
                    "Zolang een rij een fout heeft, wordt er niemand toegevoegd.",
                    "Fout: Vul een geldig e-mailadres in, zoals naam@fractie.nl.");
            assertThat(beheerder.all("form[action$='/import']")).isEmpty();
            assertThat(beheerder.all("main tbody tr")).hasSize(50);
            assertThat(rosterAddresses()).noneMatch(a -> a.contains(tag));

            // corrected: previewed, then imported whole with one button
            beheerder.press("main a[href='" + lijst + "']");
            beheerder.chooseFile("#bestand", "personeel.csv", staff(50, -1));
            beheerder.press("form[action$='/voorbeeld'] button");
            assertThat(beheerder.checkPage("personeel-voorbeeld")).isEqualTo("Controleer de lijst");
            assertThat(beheerder.find("main").getText()).contains("50 nieuw, 0 al op de lijst, 0 met een fout.",
                    "Toe te voegen: 50.");
            beheerder.press("form[action$='/import'] button");
            assertThat(beheerder.checkPage("personeel-geimporteerd"))
                    .isEqualTo("Personeel van " + PlatformStack.PORTAAL_ORGANISATIE);
            assertThat(beheerder.find("main [role=status]").getText()).contains("Toegevoegd aan de lijst: 50.");
            assertThat(beheerder.find("main table").getText()).contains("Medewerker " + tag + " 1",
                    "m49-" + tag + "@fractie-voorbeeld.example", "Beleidsmedewerker", "Kamerlid");
            assertThat(rosterAddresses().stream().filter(a -> a.contains(tag))).hasSize(50);
            // who confirmed the declaration in force, as klacht-service counts them
            int confirmed = klacht().get("/tenants/{t}/confirmations", PlatformStack.PORTAAL_TENANT).then()
                    .statusCode(200).extract().path("confirmedCount");
            assertThat(beheerder.find("main").getText()).contains("is bevestigd door " + confirmed + " van de "
                    + rosterAddresses().size() + ".");
            assertThat(beheerder.find("main table").getText()).contains("Verklaring bevestigd", "nog niet");

            // the standing decider and deputy (domain.md §10.2), chosen from the staff with a login
            beheerder.press("main a[href$='/beslisser']");
            assertThat(beheerder.checkPage("beslisser")).isEqualTo("Wie beslist als werkgever");
            new Select(beheerder.find("#beslisser")).selectByValue(accounts.get(0));
            new Select(beheerder.find("#plaatsvervanger")).selectByValue(accounts.get(0));
            beheerder.press("form[action$='/beslisser'] button");
            assertThat(beheerder.title()).startsWith("Fout: Wie beslist als werkgever");
            beheerder.checkPage("beslisser-fout");
            assertThat(beheerder.find("main").getText()).contains("Kies een ander dan de beslisser.");
            new Select(beheerder.find("#plaatsvervanger")).selectByValue(accounts.get(1));
            beheerder.press("form[action$='/beslisser'] button");
            assertThat(beheerder.find("main [role=status]").getText())
                    .contains("De beslisser en de plaatsvervanger zijn vastgelegd.");
            assertThat(beheerder.find("main").getText()).contains("Nu beslist Medewerker " + tag + " 0",
                    "plaatsvervanger is Medewerker " + tag + " 1");
            assertThat(klacht().get("/tenants/{t}/beslisser", PlatformStack.PORTAAL_TENANT).then().statusCode(200)
                    .extract().jsonPath().getString("deciderId")).isEqualTo(accounts.get(0));
            beheerder.press("main a[href='" + lijst + "']");

            // one by hand: a refused address is named at its field, then the person is added
            beheerder.find("#naam").sendKeys("Hanna Handmatig " + tag);
            beheerder.find("#werkadres").sendKeys("hanna-" + tag);
            beheerder.find("#vanaf").sendKeys("01-12-2026");
            beheerder.press("form[action='" + lijst + "'] button");
            assertThat(beheerder.title()).startsWith("Fout: Personeel van");
            beheerder.checkPage("personeel-toevoegen-fout");
            assertThat(beheerder.find("#werkadres").getAttribute("aria-invalid")).isEqualTo("true");
            beheerder.find("#werkadres").sendKeys(Keys.END, "@fractie-voorbeeld.example");
            beheerder.press("form[action='" + lijst + "'] button");
            assertThat(beheerder.find("main [role=status]").getText()).contains("De persoon staat nu op de lijst");
            assertThat(rosterAddresses()).contains("hanna-" + tag + "@fractie-voorbeeld.example");
        }
    }

    /**
     * The declaration of applicability as the model letter makes it (option 1, the shared and own VPs): refused at its
     * field without a signatory, then recorded, unless the demo organisation has one in force already (another test of
     * this JVM declared the same): then the page lists it as in force and refuses a second from the same day.
     */
    private static void declare(Browser beheerder) throws IOException {
        boolean declaredAlready = klacht().get("/tenants/{t}/declarations/in-force", PlatformStack.PORTAAL_TENANT)
                .statusCode() == 200;
        beheerder.press("main a[href$='/regeling']");
        assertThat(beheerder.checkPage("regeling")).isEqualTo("De Klachtenregeling van toepassing verklaren");
        assertThat(beheerder.find("main").getText()).contains("Optie 1: opgenomen in het personeelshandboek",
                "De Klachtenregeling ongewenste omgangsvormen wordt toegevoegd aan het personeelshandboek van de partij.");
        beheerder.find("#vanaf").sendKeys("01-06-2024");
        beheerder.find("#ondertekendOp").sendKeys("20-05-2024");
        beheerder.find("#vpKeuze-BEIDE").sendKeys(Keys.SPACE);
        beheerder.press("form[action$='/regeling'] button");
        assertThat(beheerder.title()).startsWith("Fout: De Klachtenregeling van toepassing verklaren");
        beheerder.checkPage("regeling-fout");
        assertThat(beheerder.find("#ondertekendDoor").getAttribute("aria-invalid")).isEqualTo("true");
        beheerder.find("#ondertekendDoor").sendKeys("Fractievoorzitter");
        beheerder.press("form[action$='/regeling'] button");
        if (declaredAlready) {
            assertThat(beheerder.find("main").getText()).contains("Geldt nu.",
                    "een nieuwe verklaring moet ingaan na de verklaring die nu geldt");
        } else {
            assertThat(beheerder.find("main [role=status]").getText()).contains("De verklaring is vastgelegd.");
            assertThat(beheerder.find("main").getText()).contains("Vanaf 1-6-2024: Optie 1", "Geldt nu.");
            assertThat(klacht().get("/tenants/{t}/declarations/in-force", PlatformStack.PORTAAL_TENANT).then()
                    .statusCode(200).extract().jsonPath().getString("vertrouwenspersoonKeuze")).isEqualTo("BEIDE");
        }
        beheerder.open("/mijn");
    }

    /** A staff list as a Dutch spreadsheet saves it: semicolons, day-first dates; {@code faulty}: a row without address. */
    private String staff(int count, int faulty) {
        StringBuilder csv = new StringBuilder("Naam;Werkadres;Functie;Soort;In dienst vanaf;Account\r\n");
        for (int i = 0; i < count; i++) {
            String address = i == faulty ? "geen adres" : "m" + i + "-" + tag + "@fractie-voorbeeld.example";
            csv.append("Medewerker ").append(tag).append(' ').append(i).append(';').append(address)
                    .append(";Beleidsmedewerker;").append(i == 3 ? "kamerlid" : "medewerker").append(";01-02-2024;")
                    .append(i < 2 ? accounts.get(i) : "").append("\r\n");
        }
        return csv.toString();
    }

    /** The work addresses on the organisation's roster, as klacht-service holds them. */
    private static List<String> rosterAddresses() {
        return klacht().get("/tenants/{t}/roster", PlatformStack.PORTAAL_TENANT).then().statusCode(200).extract()
                .jsonPath().getList("workEmail", String.class);
    }

    /** klacht-service, asked as the organisation's fractie administrator. */
    private static RequestSpecification klacht() {
        return given().baseUri(stack.service("klacht-service").baseUri()).auth()
                .oauth2(TestTokens.as("fractie-admin").tenant(PlatformStack.PORTAAL_TENANT).subject("e2e-beheer").sign());
    }
}
