package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * One complaint across two organisations from the klaagschrift wizard to the employer's decision, entirely in a real
 * browser, by keyboard, each person signed in at Keycloak as themselves: the realm's {@code medewerker} of
 * fractie-voorbeeld files a klaagschrift about a staff member of fractie-noord (art 9.1); the secretary confirms
 * receipt (9.4) and records who sits (7.4); the chair of the case ({@code commissielid}) searches fractie-noord's staff
 * list by name, links the accused to {@code medewerker-noord} and records admissibility, confirming fractie-noord's
 * standing decider {@code werkgever-noord} (10.1, domain.md §10.2, §10.3); the secretary plans the hearing (11), adds
 * its report (11.2) and sends the fact overview (12.1); both parties waive further corrections (12.5); the secretary
 * records the commission's vote on the advice (12.7), chair and secretary sign it (12.5, 12.2); the decider reads the
 * advice and decides with reasons (13); the complainant reads the decision's printable act. Nothing of the procedure
 * goes through klacht-service's API: only the common ground (organisations, declarations, staff list, standing
 * decider, today's commission) is set up there, as the other portal tests do. Every portal page passes the portal's
 * checks (axe-core WCAG 2.1 AA, one h1 that begins the title, TAB reaches every control, no sideways scroll at 320 px);
 * the printable acts are klacht-service's own documents and are read, not checked as portal pages.
 */
@Tag("postgres")
class PortaalKlachtWandelingBrowserIT {

    private static final System.Logger LOG = System.getLogger("e2e");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter TYPED_WIZARD = DateTimeFormatter.ofPattern("d-M-uuuu");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("nl"));
    private static final String DEPUTY = "00000000-0000-4000-8000-0000000000a9";

    private static PlatformStack stack;
    private static Commissie commissie;
    private static String portaal;
    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
    private static final String PLACE = "Zaal 2, Prinses Irenestraat 6, Den Haag";

    /**
     * The common ground, as the other portal tests lay it and idempotent with them: both organisations registered and
     * declared, fractie-noord's staff list with the realm's medewerker-noord and werkgever-noord, and werkgever-noord
     * its standing decider (the same values {@code PortaalPartijenBrowserIT} uses, so whichever runs first, the other
     * finds what it expects).
     */
    @BeforeAll
    static void twoDeclaredOrganisationsTheAccusedsStaffListAndItsStandingDecider() throws IOException {
        stack = PlatformStack.get();
        portaal = stack.portaal().baseUri();
        commissie = Commissie.of(stack);
        PortaalDemo.registerOrganisation(stack);
        registerNoord();
        declared(PlatformStack.PORTAAL_TENANT);
        declared(PortaalDemo.NOORD_TENANT);
        // the wizard offers as employers the organisations melding-service's public directory lists
        PortaalDemo.awaitListed(stack, PlatformStack.PORTAAL_TENANT);
        PortaalDemo.awaitListed(stack, PortaalDemo.NOORD_TENANT);
        roster(PortaalDemo.NOORD_TENANT, PortaalDemo.MEDEWERKER_NOORD_SUB, "Noor Noord", "noor@fractie-noord.example");
        roster(PortaalDemo.NOORD_TENANT, PortaalDemo.WERKGEVER_NOORD_SUB, "Wim Werkgever",
                "wim@fractie-noord.example");
        roster(PortaalDemo.NOORD_TENANT, DEPUTY, "Dora Plaatsvervanger", "dora@fractie-noord.example");
        fractieAdmin(PortaalDemo.NOORD_TENANT)
                .body(Map.of("deciderId", PortaalDemo.WERKGEVER_NOORD_SUB, "deputyId", DEPUTY))
                .put("/tenants/{t}/beslisser", PortaalDemo.NOORD_TENANT).then().statusCode(200);
    }

    @AfterAll
    static void report() {
        Browser.AXE_RESULTS.forEach(line -> LOG.log(System.Logger.Level.INFO, "axe-core {0}", line));
    }

    @Test
    void aComplaintAcrossTwoOrganisationsWalksFromTheWizardToTheEmployersDecisionInTheBrowserAlone() throws IOException {
        long begin = System.nanoTime();
        LocalDate today = LocalDate.now(AMSTERDAM);

        // 1. art 9.1: the complainant walks the wizard and files; the accused is a staff member of fractie-noord
        String id;
        String reference;
        try (Browser klager = new Browser(portaal, true, Browser.AXE)) {
            PortaalDemo.signIn(klager, stack, portaal, PortaalDemo.MEDEWERKER);
            klager.press("main a[href='/mijn/klachten']");
            assertThat(klager.checkPage("wandeling-mijn-klachten")).isEqualTo("Mijn klachten");
            klager.press("#nieuwe-klacht");
            assertThat(klager.checkPage("wandeling-ks-soort")).isEqualTo("Soort gedrag");
            id = klager.driver.getCurrentUrl().replaceAll(".*/klachten/([0-9a-f-]{36})/klaagschrift/soort$", "$1");
            assertThat(id).hasSize(36);
            klager.find("#categorie-PESTEN").sendKeys(Keys.SPACE);
            klager.press("#verder");

            assertThat(klager.checkPage("wandeling-ks-gebeurd")).isEqualTo("Wat er is gebeurd");
            klager.find("#gedrag").sendKeys("In het fractieoverleg word ik buitengesloten en bespot " + TAG + ".");
            klager.press("#verder");

            assertThat(klager.checkPage("wandeling-ks-waar-en-wanneer")).isEqualTo("Waar en wanneer");
            klager.find("#plaats").sendKeys("Fractiekamer, Tweede Kamer");
            klager.find("#wanneer").sendKeys("Wekelijks sinds het voorjaar");
            klager.find("#eersteDatum").sendKeys(TYPED_WIZARD.format(today.minusMonths(4)));
            klager.find("#laatsteDatum").sendKeys(TYPED_WIZARD.format(today.minusDays(6)));
            klager.press("#verder");

            assertThat(klager.checkPage("wandeling-ks-getuigen")).isEqualTo("Getuigen");
            klager.find("#getuigen").sendKeys("Een collega van de fractie.");
            klager.press("#verder");

            assertThat(klager.checkPage("wandeling-ks-uw-gegevens")).isEqualTo("Uw gegevens");
            klager.find("#naam").sendKeys("Mila Medewerker");
            klager.find("#adres").sendKeys("Lange Poten 4, 2511 CL Den Haag");
            klager.find("#functie").sendKeys("Beleidsmedewerker");
            klager.press("#verder");

            assertThat(klager.checkPage("wandeling-ks-aangeklaagde")).isEqualTo("Over wie u klaagt");
            klager.find("#aangeklaagde-0-naam").sendKeys("Noor Noord");
            klager.find("#aangeklaagde-0-functie").sendKeys("Senior adviseur");
            new Select(klager.find("#aangeklaagde-0-relatie")).selectByValue("MEDEWERKER_FRACTIE");
            new Select(klager.find("#aangeklaagde-0-werkgever")).selectByValue(PortaalDemo.NOORD_TENANT);
            klager.press("#verder");

            assertThat(klager.checkPage("wandeling-ks-stappen")).isEqualTo("Wat u al hebt gedaan");
            klager.find("#stappen").sendKeys("Gesprek met de leidinggevende gevoerd; het werd niet beter.");
            klager.press("#verder");

            assertThat(klager.checkPage("wandeling-ks-bijlagen")).isEqualTo("Bijlagen");
            klager.press("#verder");

            assertThat(klager.checkPage("wandeling-ks-controle")).isEqualTo("Controleren en indienen");
            assertThat(klager.all("#ontbreekt")).isEmpty();
            assertThat(klager.find("main").getText()).contains("Pesten of treiteren", "Noor Noord",
                    "werkt bij Fractie Noord");
            assertThat(klager.find("#ondertekening").getAttribute("value")).isEqualTo("Mila Medewerker");
            klager.find("#waarheid").sendKeys(Keys.SPACE);
            klager.press("#indienen");

            assertThat(klager.driver.getCurrentUrl()).isEqualTo(portaal + "/klachten/" + id + "?gedaan=ksIngediend");
            String h1 = klager.checkPage("wandeling-ingediend");
            assertThat(h1).startsWith("Klacht K-");
            reference = h1.substring("Klacht ".length());
            assertThat(klager.find("#gedaan").getText()).contains("Uw klaagschrift is ondertekend en ingediend");
            assertThat(klager.find("main").getText()).contains("Stand: ingediend, de ontvangst is nog niet bevestigd.");
        }
        String title = "Klacht " + reference;
        String page = "/klachten/" + id;

        try (Browser secretaris = new Browser(portaal, true, Browser.AXE);
                Browser voorzitter = new Browser(portaal, true, Browser.AXE)) {
            // 2. art 9.4: the secretary confirms receipt; art 7.4: who sits, the realm's commissielid chairing
            PortaalDemo.signIn(secretaris, stack, portaal, PortaalDemo.SECRETARIS);
            secretaris.open(page);
            assertThat(secretaris.checkPage("wandeling-cie-ingediend")).isEqualTo(title);
            secretaris.press("#commissie form[action$='/commissie/ontvangstbevestiging'] button");
            assertThat(secretaris.checkPage("wandeling-cie-ontvangen")).isEqualTo(title);
            assertThat(secretaris.find("#gedaan").getText()).contains("De ontvangst is bevestigd.");
            assertThat(secretaris.find("main").getText()).contains("Stand: ontvangen.");

            secretaris.find("#cie-voorzitter").sendKeys(option(commissie.chair, "voorzitter"));
            secretaris.find("#cie-lid-ambtelijk").sendKeys(option(commissie.memberCivilService, "lid"));
            secretaris.find("#cie-lid-politiek").sendKeys(option(commissie.memberPolitical, "lid"));
            secretaris.press("#commissie form[action$='/commissie/samenstelling'] button");
            assertThat(secretaris.checkPage("wandeling-cie-samengesteld")).isEqualTo(title);
            assertThat(secretaris.find("#gedaan").getText()).contains("Vastgelegd wie de klacht behandelen");
            assertThat(secretaris.find("#samenstelling").getText()).contains(name(commissie.chair) + ", voorzitter");

            // 3. art 10.1, domain.md §10.3: the chair searches fractie-noord's staff list by name, links the accused
            PortaalDemo.signIn(voorzitter, stack, portaal, PortaalDemo.COMMISSIELID);
            voorzitter.open(page);
            assertThat(voorzitter.checkPage("wandeling-cie-voorzitter")).isEqualTo(title);
            String zoekveld = voorzitter.find("#commissie input[type='search'][id^='cie-naam-']").getAttribute("id");
            String accusedId = zoekveld.substring("cie-naam-".length());
            voorzitter.find("#" + zoekveld).sendKeys("noor");
            voorzitter.press("#" + zoekveld);
            assertThat(voorzitter.checkPage("wandeling-cie-gezocht")).isEqualTo(title);
            assertThat(voorzitter.find("#cie-persoon-" + accusedId).getText()).contains("Noor Noord, Senior adviseur")
                    .doesNotContain("@");
            WebElement noor = voorzitter.find("#cie-persoon-" + accusedId + "-" + PortaalDemo.MEDEWERKER_NOORD_SUB);
            if (!noor.isSelected()) {
                noor.sendKeys(Keys.SPACE);
            }
            assertThat(noor.isSelected()).isTrue();
            // domain.md §10.2: fractie-noord's standing decider is confirmed (the choice offered first, and chosen)
            String vast = "#cie-beslisser-" + PortaalDemo.NOORD_TENANT + "-vast";
            assertThat(voorzitter.find("#cie-beslisser-" + PortaalDemo.NOORD_TENANT).getText())
                    .contains("Wie beslist voor werkgever " + PortaalDemo.NOORD_TENANT + "?",
                            "De vaste beslisser bevestigen");
            assertThat(voorzitter.find(vast).isSelected()).isTrue();
            voorzitter.find("#cie-beslissing-ja").sendKeys(Keys.SPACE);
            voorzitter.find("#cie-bemiddeling-ja").sendKeys(Keys.SPACE);
            voorzitter.find("#cie-motivering").sendKeys("Aan de vereisten van artikel 9.1 is voldaan " + TAG + ".");
            voorzitter.press("#commissie form[action$='/commissie/ontvankelijkheid'] button[type='submit']");
            assertThat(voorzitter.checkPage("wandeling-cie-ontvankelijk")).isEqualTo(title);
            assertThat(voorzitter.find("#gedaan").getText()).contains("De klacht is ontvankelijk verklaard.");
            assertThat(voorzitter.find("main").getText()).contains("Stand: ontvankelijk.",
                    "Voor werkgever " + PortaalDemo.NOORD_TENANT + " beslist Wim Werkgever.");

            // 4. art 11: the secretary plans the hearing and adds its report (11.2); art 12.1: the fact overview
            LocalDate hearing = today.plusDays(1);
            secretaris.open(page);
            assertThat(secretaris.checkPage("wandeling-cie-ontvankelijk-secretaris")).isEqualTo(title);
            secretaris.find("#cie-datum").sendKeys(TYPED.format(hearing));
            secretaris.find("#cie-aanvang").sendKeys("14:00");
            secretaris.find("#cie-plaats").sendKeys(PLACE);
            secretaris.find("#cie-samen-apart").sendKeys(Keys.SPACE);
            secretaris.press("#commissie form[action$='/commissie/hoorzitting'] button");
            assertThat(secretaris.checkPage("wandeling-cie-hoorzitting")).isEqualTo(title);
            assertThat(secretaris.find("#gedaan").getText()).contains("De hoorzitting is gepland");
            assertThat(secretaris.find("main").getText()).contains("Stand: hoorzitting gepland.",
                    "Er is een hoorzitting gepland op " + IN_WORDS.format(hearing) + " om 14:00 uur. Plaats: " + PLACE);

            secretaris.find("#cie-verslagsoort-HOORVERSLAG").sendKeys(Keys.SPACE);
            secretaris.find("#cie-verslag").sendKeys("Beide partijen zijn apart gehoord " + TAG + ".");
            secretaris.press("#commissie form[action$='/commissie/verslag'] button");
            assertThat(secretaris.checkPage("wandeling-cie-verslag")).isEqualTo(title);
            assertThat(secretaris.find("#gedaan").getText()).contains("Het verslag is toegevoegd");
            assertThat(secretaris.find("main").getText()).contains("Stand: partijen gehoord.");

            LocalDate correctionsDue = today.plusDays(14);
            secretaris.find("#cie-feiten").sendKeys("Het fractieoverleg verliep zoals de klager beschrijft " + TAG + ".");
            secretaris.find("#cie-correcties").sendKeys(TYPED.format(correctionsDue));
            secretaris.press("#commissie form[action$='/commissie/feitenoverzicht'] button");
            assertThat(secretaris.checkPage("wandeling-cie-feitenoverzicht")).isEqualTo(title);
            assertThat(secretaris.find("#gedaan").getText()).contains("Het feitenoverzicht is verstuurd");
            assertThat(secretaris.find("main").getText()).contains("Stand: feitenoverzicht bij de partijen.");

            // art 12.1, 12.5: both parties read the fact overview and waive further corrections
            waive(PortaalDemo.MEDEWERKER, "klager", page, title, correctionsDue, hearing);
            waive(PortaalDemo.MEDEWERKER_NOORD, "aangeklaagde", page, title, correctionsDue, hearing);

            // art 12.7: the secretary records the commission's vote; art 12.5, 12.2: chair and secretary sign
            secretaris.open(page);
            assertThat(secretaris.checkPage("wandeling-cie-advies-vaststellen")).isEqualTo(title);
            secretaris.find("#cie-aard-CORRECTIEF").sendKeys(Keys.SPACE);
            secretaris.find("#cie-advies").sendKeys("De klacht is gegrond; een corrigerend gesprek is aangewezen " + TAG
                    + ".");
            for (Commissie.Seat seat : List.of(commissie.chair, commissie.memberCivilService, commissie.memberPolitical)) {
                secretaris.find("#cie-stem-" + seat.personId() + "-VOOR").sendKeys(Keys.SPACE);
            }
            secretaris.press("#commissie form[action$='/commissie/advies'] button[type='submit']");
            assertThat(secretaris.checkPage("wandeling-cie-advies-vastgesteld")).isEqualTo(title);
            assertThat(secretaris.find("#gedaan").getText()).contains("De stemming is vastgelegd");
            assertThat(secretaris.find("main").getText()).contains("Stand: advies vastgesteld, nog niet ondertekend.");

            voorzitter.open(page);
            assertThat(voorzitter.checkPage("wandeling-cie-voorzitter-tekent")).isEqualTo(title);
            voorzitter.press("#commissie form[action$='/commissie/ondertekening'] button");
            assertThat(voorzitter.checkPage("wandeling-cie-voorzitter-getekend")).isEqualTo(title);
            assertThat(voorzitter.find("#gedaan").getText()).contains("Uw handtekening staat onder het advies.");
            assertThat(voorzitter.all("#commissie form[action$='/commissie/ondertekening']")).isEmpty();

            secretaris.open(page);
            secretaris.press("#commissie form[action$='/commissie/ondertekening'] button");
            assertThat(secretaris.checkPage("wandeling-cie-secretaris-getekend")).isEqualTo(title);
            assertThat(secretaris.find("#gedaan").getText()).contains("Uw handtekening staat onder het advies.");
            assertThat(secretaris.find("main").getText()).contains("Stand: advies uitgebracht aan de werkgever.");
        }

        // 5. art 13: fractie-noord's decider finds the complaint, reads the advice and decides with reasons
        String besluit = "De werkgever volgt het advies en voert een corrigerend gesprek " + TAG + ".";
        try (Browser beslisser = new Browser(portaal, true, Browser.AXE)) {
            PortaalDemo.signIn(beslisser, stack, portaal, PortaalDemo.WERKGEVER_NOORD);
            assertThat(beslisser.checkPage("wandeling-werkgever-mijn")).isEqualTo("Mijn overzicht");
            beslisser.press("main a[href='/werkgever/klachten']");
            assertThat(beslisser.checkPage("wandeling-werkgever-klachten")).isEqualTo("Klachten waarover u beslist");
            beslisser.press("#werkgever-klachten a[href='" + page + "']");
            assertThat(beslisser.checkPage("wandeling-werkgever-klacht")).isEqualTo(title);
            assertThat(beslisser.find("main").getText()).contains("Stand: advies uitgebracht aan de werkgever.");
            assertThat(beslisser.find("#werkgever").getText()).contains("U beslist uiterlijk ");
            // the advice as a printable act of klacht-service, through the portal
            beslisser.press("main a[href='" + page + "/akten/advies']");
            assertThat(beslisser.driver.getPageSource()).contains(reference,
                    "een corrigerend gesprek is aangewezen " + TAG);
            beslisser.open(page);
            beslisser.find("#besluit").sendKeys(besluit);
            beslisser.press("form[action$='/besluit'] button");
            assertThat(beslisser.checkPage("wandeling-werkgever-besloten")).isEqualTo(title);
            assertThat(beslisser.find("#gedaan").getText()).contains("Uw besluit is verstuurd.");
            assertThat(beslisser.all("form[action$='/besluit']")).isEmpty();
        }

        // 6. the complainant reads that the case has ended and the decision's printable act
        try (Browser klager = new Browser(portaal, true, Browser.AXE)) {
            PortaalDemo.signIn(klager, stack, portaal, PortaalDemo.MEDEWERKER);
            klager.open(page);
            assertThat(klager.checkPage("wandeling-klager-besluit")).isEqualTo(title);
            assertThat(klager.find("main").getText()).contains("Stand: afgesloten.", "Besluit van de werkgever");
            klager.press("main a[href='" + page + "/akten/besluit']");
            assertThat(klager.driver.getPageSource()).contains(reference, besluit);
        }
        LOG.log(System.Logger.Level.INFO, "e2e: the complaint from the wizard to the decision of the employer took {0} ms",
                (System.nanoTime() - begin) / 1_000_000);
    }

    /** A party reads the fact overview with its term in words and waives further corrections (art 12.1, 12.5). */
    private static void waive(String user, String role, String page, String title, LocalDate due, LocalDate hearing)
            throws IOException {
        try (Browser partij = new Browser(portaal, true, Browser.AXE)) {
            PortaalDemo.signIn(partij, stack, portaal, user);
            partij.open(page);
            assertThat(partij.checkPage("wandeling-" + role + "-feitenoverzicht")).isEqualTo(title);
            // art 11.4: each party's page keeps the invitation: when, where, heard apart
            assertThat(partij.find("main").getText()).contains(
                    "De klachtencommissie hoort de partijen op " + IN_WORDS.format(hearing) + " om 14:00 uur",
                    "Plaats: " + PLACE, "buiten elkaars aanwezigheid gehoord");
            assertThat(partij.find("#partij").getText()).contains("Het fractieoverleg verliep zoals de klager beschrijft",
                    "U kunt reageren tot en met " + IN_WORDS.format(due));
            partij.press("#afstand");
            assertThat(partij.checkPage("wandeling-" + role + "-afgezien")).isEqualTo(title);
            assertThat(partij.find("#gedaan").getText())
                    .contains("U hebt laten weten dat u afziet van verdere correcties.");
            assertThat(partij.find("main").getText()).contains("U zag af van verdere correcties.");
            assertThat(partij.all("form[action$='/correctie']")).isEmpty();
        }
    }

    /** The name the commission gave a seat's holder (Commissie: "E2E " and the domain's first part). */
    private static String name(Commissie.Seat seat) {
        return "E2E " + seat.domain().replace(".example.nl", "");
    }

    /** An option of the composition form as the keyboard picks it: typing its text. */
    private static String option(Commissie.Seat seat, String function) {
        return name(seat) + ", " + function;
    }

    private static void registerNoord() {
        Map<String, Object> tenant = new HashMap<>();
        tenant.put("id", PortaalDemo.NOORD_TENANT);
        tenant.put("name", "Fractie Noord");
        tenant.put("shortName", "FN");
        tenant.put("kind", "FRACTIE");
        tenant.put("employerEntity", "Stichting Fractie Noord");
        tenant.put("contactEmail", "beheer@fractie-noord.example");
        given().baseUri(klacht()).auth().oauth2(PortaalDemo.platformAdmin()).contentType(ContentType.JSON).body(tenant)
                .post("/tenants").then().statusCode(anyOf(is(201), is(409)));
    }

    /** The regulation declared applicable since 1 June 2024, unless a declaration is in force already. */
    private static void declared(String tenant) {
        int inForce = fractieAdmin(tenant).get("/tenants/{t}/declarations/in-force", tenant).then().extract()
                .statusCode();
        if (inForce == 200) {
            return;
        }
        Map<String, Object> declaration = PortaalDemo.declaration("POOL");
        fractieAdmin(tenant).body(declaration).post("/tenants/{t}/declarations", tenant).then()
                .statusCode(anyOf(is(201), is(409)));
    }

    /** On the organisation's staff list with their login (409: already there). */
    private static void roster(String tenant, String subject, String name, String workEmail) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("workEmail", workEmail);
        body.put("subject", subject);
        body.put("from", "2023-01-01");
        body.put("function", "Senior adviseur");
        fractieAdmin(tenant).body(body).post("/tenants/{t}/roster", tenant).then()
                .statusCode(anyOf(is(201), is(409)));
    }

    private static RequestSpecification fractieAdmin(String tenant) {
        return given().baseUri(klacht()).auth().oauth2(TestTokens.as("fractie-admin").tenant(tenant)
                .subject("00000000-0000-4000-8000-000000000002").sign()).contentType(ContentType.JSON);
    }

    private static String klacht() {
        return stack.service("klacht-service").baseUri();
    }
}
