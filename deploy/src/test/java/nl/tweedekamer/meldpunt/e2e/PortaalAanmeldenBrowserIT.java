package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * Sign-in in a real browser: a demo staff member of the realm export (deploy/keycloak) signs in through Keycloak's
 * own login form (authorization code flow with PKCE), opens "Mijn meldingen" (from melding-service), confirms the
 * declaration of their organisation in the portal, which calls klacht-service with their Keycloak token, sees it
 * confirmed, and signs out, which ends the Keycloak session too. The portal's pages pass the same checks as the
 * anonymous track's (axe-core WCAG 2.1 AA, one h1 that begins the title, TAB reaches every control, no sideways
 * scroll at 320 px).
 */
@Tag("postgres")
class PortaalAanmeldenBrowserIT {

    private static final System.Logger LOG = System.getLogger("e2e");
    /** The demo staff member of the realm export: employee of fractie-voorbeeld. */
    private static final String TENANT = PlatformStack.PORTAAL_TENANT;
    private static final String MEDEWERKER = "medewerker";
    private static final String MEDEWERKER_SUB = "00000000-0000-4000-8000-000000000003";
    private static PlatformStack stack;
    private static String portaal;
    private static Path axe;

    @BeforeAll
    static void startPlatformWithKeycloakAndPortal() throws IOException {
        stack = PlatformStack.get();
        LOG.log(System.Logger.Level.INFO, "e2e: Keycloak was ready {0} ms after the stack began",
                stack.keycloak.startup.toMillis());
        registerWithDeclarationAndRoster();
        portaal = stack.portaal().baseUri();
        axe = Browser.AXE;
    }

    @AfterAll
    static void report() {
        Browser.AXE_RESULTS.forEach(line -> LOG.log(System.Logger.Level.INFO, "axe-core {0}", line));
    }

    @Test
    void aStaffMemberSignsInAtKeycloakConfirmsTheDeclarationSeesItConfirmedAndSignsOut() throws IOException {
        long begin = System.nanoTime();
        try (Browser browser = new Browser(portaal, true, axe)) {
            browser.open("/");
            browser.press("header a[href='/inloggen']");
            // Keycloak's own login form (not the portal's page: the portal never sees the password)
            assertThat(browser.driver.getCurrentUrl()).startsWith(stack.keycloak.issuer)
                    .contains("code_challenge_method=S256");
            browser.find("#username").sendKeys(MEDEWERKER);
            browser.find("#password").sendKeys("demo");
            browser.press("#kc-login");

            assertThat(browser.driver.getCurrentUrl()).isEqualTo(portaal + "/mijn");
            assertThat(browser.checkPage("mijn")).isEqualTo("Mijn overzicht");
            assertThat(browser.find("main").getText()).contains("Mila Medewerker");
            // the session: the tokens, encrypted, in HttpOnly SameSite=Lax cookies (split when long)
            List<Cookie> sessie = browser.driver.manage().getCookies().stream()
                    .filter(c -> c.getName().startsWith("q_session")).toList();
            assertThat(sessie).as("the session cookie").isNotEmpty().allSatisfy(c -> {
                assertThat(c.isHttpOnly()).as("HttpOnly").isTrue();
                assertThat(c.getSameSite()).isEqualTo("Lax");
            });
            String waarde = sessie.stream().sorted(Comparator.comparing(Cookie::getName)).map(Cookie::getValue)
                    .collect(Collectors.joining());
            assertThat(waarde.split("\\.")).as("a JSON Web Encryption: header, key, iv, ciphertext, tag").hasSize(5);
            assertThat(new String(Base64.getUrlDecoder().decode(waarde.split("\\.")[0]), StandardCharsets.UTF_8))
                    .as("the tokens inside are encrypted").contains("\"enc\"");

            browser.press("main a[href='/mijn/meldingen']");
            assertThat(browser.checkPage("mijn-meldingen")).isEqualTo("Mijn meldingen");
            assertThat(browser.find("main").getText()).contains("U hebt nog geen melding met uw naam gedaan.");
            browser.press("main a[href='/mijn']");

            browser.press("main a[href='/organisaties/" + TENANT + "/verklaring']");
            assertThat(browser.checkPage("verklaring")).isEqualTo("Verklaring onderschrijven");
            assertThat(browser.find("main").getText()).contains("1 juni 2024", "klachtenregeling-2021",
                    "personeelshandboek");
            assertThat(browser.all("#onderschreven")).isEmpty();

            browser.press("main form button[type=submit]");
            assertThat(browser.checkPage("verklaring-onderschreven")).isEqualTo("Verklaring onderschrijven");
            assertThat(browser.find("main [role=status]").getText()).contains("U hebt de verklaring onderschreven.");
            assertThat(browser.find("#onderschreven").getText()).startsWith("U hebt deze verklaring onderschreven op");
            assertThat(browser.all("main form")).as("no button any more").isEmpty();
            // klacht-service recorded it for the person the Keycloak token names
            assertThat(given().baseUri(klacht()).auth().oauth2(fractieAdmin()).get("/tenants/{t}/confirmations", TENANT)
                    .then().statusCode(200).extract().jsonPath().getInt("confirmedCount")).isEqualTo(1);

            browser.press("header a[href='/uitloggen']");
            // back at the start page (quarkus-oidc may add the state of the sign-out to the address)
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(
                    ExpectedConditions.urlMatches("^" + Pattern.quote(portaal + "/") + "(\\?.*)?$"));
            assertThat(browser.checkPage("start-uitgelogd")).isEqualTo("Melden van ongewenst gedrag op het werk");
            assertThat(browser.all("header a[href='/inloggen']")).isNotEmpty();
            assertThat(browser.all("header a[href='/uitloggen']")).isEmpty();
            // the Keycloak session ended too: a page behind sign-in asks for the password again
            browser.open("/mijn");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
            assertThat(browser.driver.getCurrentUrl()).startsWith(stack.keycloak.issuer);
        }
        LOG.log(System.Logger.Level.INFO, "e2e: sign-in, confirmation and sign-out in the browser took {0} ms",
                (System.nanoTime() - begin) / 1_000_000);
    }

    /** The demo organisation with a declaration in force and the demo staff member on its roster (by subject). */
    private static void registerWithDeclarationAndRoster() {
        Map<String, Object> tenant = new HashMap<>();
        tenant.put("id", TENANT);
        tenant.put("name", PlatformStack.PORTAAL_ORGANISATIE);
        tenant.put("shortName", "FV");
        tenant.put("kind", "FRACTIE");
        tenant.put("employerEntity", "Stichting " + PlatformStack.PORTAAL_ORGANISATIE);
        tenant.put("contactEmail", "beheer@fractie-voorbeeld.example");
        given().baseUri(klacht()).auth().oauth2(TestTokens.as("platform-admin").tenant("tk").sign())
                .contentType(ContentType.JSON).body(tenant).post("/tenants").then().statusCode(anyOf(is(201), is(409)));

        Map<String, Object> declaration = PortaalDemo.declaration("BEIDE");
        // the staff list's browser test may have made the same declaration through the portal already (409)
        given().baseUri(klacht()).auth().oauth2(fractieAdmin()).contentType(ContentType.JSON).body(declaration)
                .post("/tenants/{t}/declarations", TENANT).then().statusCode(anyOf(is(201), is(409)));

        Map<String, Object> person = new HashMap<>();
        person.put("name", "Mila Medewerker");
        person.put("workEmail", "medewerker@fractie-voorbeeld.example");
        person.put("subject", MEDEWERKER_SUB);
        person.put("from", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusYears(1).toString());
        person.put("kind", "MEDEWERKER");
        given().baseUri(klacht()).auth().oauth2(fractieAdmin()).contentType(ContentType.JSON).body(person)
                .post("/tenants/{t}/roster", TENANT).then().statusCode(201);
    }

    private static String fractieAdmin() {
        return TestTokens.as("fractie-admin").tenant(TENANT).subject(UUID.randomUUID().toString()).sign();
    }

    private static String klacht() {
        return stack.service("klacht-service").baseUri();
    }
}
