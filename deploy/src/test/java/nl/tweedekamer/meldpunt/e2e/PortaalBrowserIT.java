package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * The portal in a real browser (Debian's Chromium) in front of the real, packaged melding-service on PostgreSQL: the
 * start page, an anonymous melding, its receipt code, the return with that code, the vertrouwenspersoon's reply and
 * the melder's answer. Every page passes axe-core (WCAG 2.1 AA) with no violation, has one h1 that begins its title,
 * reaches every control by TAB with a visible focus, and does not scroll sideways at 320 px; the anonymous melding
 * also works with JavaScript off. Screenshots: deploy/target/portaal-screenshots/.
 */
@Tag("postgres")
class PortaalBrowserIT {

    private static final System.Logger LOG = System.getLogger("e2e");
    private static final String ORGANISATIE = PlatformStack.PORTAAL_ORGANISATIE;
    private static PlatformStack stack;
    private static String tenant;
    private static String portaal;
    private static String vertrouwenspersoon;
    private static Path axe;

    @BeforeAll
    static void startPlatformAndPortal() throws IOException {
        stack = PlatformStack.get();
        // the organisation the portal offers and its vertrouwenspersoon, shared with the other portal tests
        tenant = PlatformStack.PORTAAL_TENANT;
        PortaalDemo.registerOrganisation(stack);
        // declared, so that the other portal tests' complaints can name it (melding-service's directory says so)
        PortaalDemo.declareOrganisation(stack);
        vertrouwenspersoon = PortaalDemo.VERTROUWENSPERSOON_SUB;
        PortaalDemo.appointVertrouwenspersoon(stack);
        portaal = stack.portaal().baseUri();
        axe = Browser.AXE;
    }

    @AfterAll
    static void report() {
        Browser.AXE_RESULTS.forEach(line -> LOG.log(System.Logger.Level.INFO, "axe-core {0}", line));
    }

    @Test
    void anAnonymousMelderReportsKeepsTheCodeReturnsReadsTheReplyAndAnswers() throws IOException {
        long begin = System.nanoTime();
        try (Browser browser = new Browser(portaal, true, axe)) {
            browser.open("/");
            assertThat(browser.checkPage("start")).isEqualTo("Melden van ongewenst gedrag op het werk");
            assertThat(browser.find("main").getText()).contains(ORGANISATIE, "Anna de Vries");
            assertThat(browser.find("footer").getText()).contains("112", "huisarts", "bedrijfsarts");

            // the footer's links by keyboard: the start page lists every organisation, so they can lie far below
            browser.press("a[href='/privacy']");
            browser.checkPage("privacy");
            browser.press("a[href='/toegankelijkheid']");
            browser.checkPage("toegankelijkheid");
            // "Inloggen" leads to the identity provider's login form: PortaalAanmeldenBrowserIT
            assertThat(browser.all("header a[href='/inloggen']")).isNotEmpty();
            browser.open("/");
            browser.find("a[lang='en']").click();
            assertThat(browser.checkPage("start-english")).isEqualTo("Reporting unwanted behaviour at work");
            browser.find("a[lang='nl']").click();

            browser.find("main a[href='/anoniem-melden']").click();
            assertThat(browser.checkPage("anoniem-melden")).isEqualTo("Anoniem melden");

            // a form sent half-filled: the title says "Fout:", a summary links to each field, the fields say why
            browser.find("#soort-ONGEWENSTE_OMGANGSVORMEN").click();
            browser.press("form button[type=submit]");
            assertThat(browser.title()).startsWith("Fout: Anoniem melden");
            assertThat(browser.all("#foutoverzicht a")).extracting(a -> a.getAttribute("href"))
                    .allMatch(href -> href.contains("#"))
                    .extracting(href -> href.substring(href.indexOf('#')))
                    .containsExactly("#vertrouwenspersoon", "#categorie-INTIMIDATIE", "#relatie-COLLEGA",
                            "#beschrijving");
            assertThat(browser.find("#beschrijving").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#beschrijving").getAttribute("aria-describedby")).contains("beschrijving-fout");
            assertThat(browser.find("#vertrouwenspersoon").getAttribute("aria-invalid")).isEqualTo("true");
            browser.checkPage("anoniem-melden-fout");
            browser.find("#foutoverzicht a[href='#beschrijving']").click();
            assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("beschrijving");

            String text = "Tijdens het overleg werd ik opnieuw uitgescholden door een collega. Dit gebeurt vaker.";
            fillIn(browser, text);
            browser.chooseFile("#bijlage", "wat-er-gezegd-werd.txt", "Dinsdag 10:00, overleg: de woorden die vielen.");
            browser.press("form button[type=submit]");
            assertThat(browser.checkPage("ontvangen")).isEqualTo("Uw melding is verstuurd");
            String code = browser.find("#ontvangstcode").getText().strip();
            assertThat(code).matches("[A-Z2-7]{12}-[A-Z2-7]{32}");
            assertThat(browser.driver.getCurrentUrl()).doesNotContain(code);

            browser.press("form[action='/anoniem-melden/afdrukken'] button");
            browser.checkPage("afdrukken");
            assertThat(browser.find("main").getText()).contains(code, "printer");

            browser.open("/terugkeren");
            browser.checkPage("terugkeren");
            browser.find("#code").sendKeys(code.toLowerCase());
            browser.press("form button[type=submit]");
            assertThat(browser.checkPage("gesprek")).isEqualTo("Uw melding");
            assertThat(browser.find("main").getText()).contains(text, "Anna de Vries",
                    "wat-er-gezegd-werd.txt (1 kB)", "van u");

            // the vertrouwenspersoon answers through the API (their pages come with sign-in)
            String reference = browser.find("main").getText().lines().filter(l -> l.startsWith("Kenmerk: "))
                    .findFirst().orElseThrow().substring("Kenmerk: ".length()).strip();
            reply(reference, "Dank voor uw melding. Wilt u dat ik contact opneem met uw leidinggevende?");

            browser.open("/terugkeren");
            browser.find("#code").sendKeys(code);
            browser.press("form button[type=submit]");
            assertThat(browser.find("main").getText()).contains("Wilt u dat ik contact opneem");
            browser.find("#antwoord").sendKeys("Nee, nog niet. Ik wil eerst met u praten.");
            browser.press("form[action='/terugkeren/antwoord'] button");
            browser.checkPage("gesprek-antwoord");
            assertThat(browser.find("main").getText()).contains("Uw antwoord is verstuurd.",
                    "Nee, nog niet. Ik wil eerst met u praten.");
            // the consent questions that apply to an anonymous melder, answered with the code in the body only
            browser.press("form:has(input[value='BEMIDDELING']) button");
            assertThat(browser.checkPage("gesprek-toestemming")).isEqualTo("Uw melding");
            assertThat(browser.find("main [role=status]").getText()).contains("Uw toestemming is vastgelegd.");
            assertThat(browser.find("#toestemming-BEMIDDELING").getText()).isEqualTo("Toegestaan.");
        }
        LOG.log(System.Logger.Level.INFO, "e2e: the anonymous track of the portal in the browser took {0} ms",
                (System.nanoTime() - begin) / 1_000_000);
    }

    @Test
    void theAnonymousMeldingWorksWithoutJavaScript() throws IOException {
        try (Browser browser = new Browser(portaal, false, axe)) {
            browser.open("/anoniem-melden");
            browser.checkPage("anoniem-melden");
            browser.press("form button[type=submit]");
            assertThat(browser.title()).startsWith("Fout: Anoniem melden");
            browser.checkPage("anoniem-melden-fout");
            String text = "Ik word al weken buitengesloten en uitgelachen.";
            fillIn(browser, text);
            browser.press("form button[type=submit]");
            assertThat(browser.checkPage("ontvangen")).isEqualTo("Uw melding is verstuurd");
            String code = browser.find("#ontvangstcode").getText().strip();

            browser.press("main a[href='/terugkeren']");
            browser.find("#code").sendKeys(code);
            browser.press("form button[type=submit]");
            assertThat(browser.checkPage("gesprek")).isEqualTo("Uw melding");
            assertThat(browser.find("main").getText()).contains(text);
            // a file added afterwards, without JavaScript: the form sends it with the code in its body
            browser.chooseFile("form[action='/terugkeren/bijlagen'] #bijlage", "later.txt", "Wat ik later nog weet.");
            browser.press("form[action='/terugkeren/bijlagen'] button");
            assertThat(browser.checkPage("gesprek-bijlage")).isEqualTo("Uw melding");
            assertThat(browser.find("main").getText()).contains("De bijlage is toegevoegd.", "later.txt (1 kB)");
        }
    }

    /** The rate limits key on each caller, not on the portal: melding-service trusts the portal's X-Forwarded-For. */
    @Test
    void theMailboxCountsEachCallerBehindThePortalApart() {
        String one = "198.51.100." + (1 + (int) (Math.random() * 200));
        String other = "203.0.113." + (1 + (int) (Math.random() * 200));
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            int status = anonymousIntake(one);
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).as("the sixth melding of one caller within the hour").isEqualTo(1);
        assertThat(anonymousIntake(other)).as("another caller behind the same portal").isEqualTo(201);
    }

    private static void fillIn(Browser browser, String text) {
        // the demo organisation's Anna de Vries: the other organisations the directory lists (those other tests
        // declared) offer the pool's Anna de Vries too, so typing her name could pick another organisation's option
        new Select(browser.find("#vertrouwenspersoon")).selectByValue(tenant + "/" + vertrouwenspersoon);
        assertThat(new Select(browser.find("#vertrouwenspersoon")).getFirstSelectedOption().getText())
                .startsWith("Anna de Vries");
        // by keyboard, as someone without a mouse does: SPACE checks a radio button
        browser.find("#soort-ONGEWENSTE_OMGANGSVORMEN").sendKeys(Keys.SPACE);
        browser.find("#categorie-PESTEN").sendKeys(Keys.SPACE);
        browser.find("#relatie-COLLEGA").sendKeys(Keys.SPACE);
        browser.find("#beschrijving").clear();
        browser.find("#beschrijving").sendKeys(text);
    }

    private static int anonymousIntake(String caller) {
        Map<String, Object> body = new HashMap<>();
        body.put("tenantId", tenant);
        body.put("vertrouwenspersoonId", vertrouwenspersoon);
        body.put("kind", "ADVIESVRAAG");
        body.put("department", "ONBEKEND");
        body.put("description", "Een vraag.");
        return given().baseUri(melding()).header("X-Forwarded-For", caller).contentType(ContentType.JSON).body(body)
                .post("/mailbox/meldingen").statusCode();
    }

    private static void reply(String reference, String text) {
        String vp = token("vertrouwenspersoon", tenant, vertrouwenspersoon);
        List<Map<String, Object>> mine = given().baseUri(melding()).auth().oauth2(vp).get("/vertrouwenspersoon/meldingen")
                .then().statusCode(200).extract().jsonPath().getList("$");
        String meldingId = mine.stream().filter(m -> reference.equals(m.get("reference"))).findFirst().orElseThrow()
                .get("meldingId").toString();
        given().baseUri(melding()).auth().oauth2(vp).contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/meldingen/{id}/berichten", meldingId).then().statusCode(201);
    }

    private static String melding() {
        return stack.service("melding-service").baseUri();
    }

    private static String token(String role, String tenant, String subject) {
        return TestTokens.as(role).tenant(tenant).subject(subject).sign();
    }
}
