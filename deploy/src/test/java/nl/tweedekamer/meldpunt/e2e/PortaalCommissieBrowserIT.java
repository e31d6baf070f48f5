package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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

import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * The commission's steps on a complaint's page in a real browser, by keyboard, each person signed in at Keycloak: the
 * secretary confirms receipt of a filed complaint (art 9.4) and records who sits on it (art 7.4, 11.4); the chair of
 * the case searches the accused's employer's staff list by name (domain.md §10.3), links the accused and records
 * admissibility with the members (art 10.1); the secretary plans the hearing (art 11). The complainant and the accused
 * work at two fracties, each declared, the accused's with its staff list and standing decider (domain.md §10.2). Every
 * page passes the portal's checks (axe-core WCAG 2.1 AA, one h1 that begins the title, TAB reaches every control, no
 * sideways scroll at 320 px).
 */
@Tag("postgres")
class PortaalCommissieBrowserIT {

    private static final System.Logger LOG = System.getLogger("e2e");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private static PlatformStack stack;
    private static Commissie commissie;
    private static String portaal;
    private static Path axe;
    private static String complainantTenant;
    private static String accusedTenant;
    private static final UUID ACCUSED_LOGIN = UUID.randomUUID();
    private static String tag;
    private static String klachtId;
    private static String reference;
    private static String accusedId;

    @BeforeAll
    static void aFiledComplaintAcrossTwoDeclaredFracties() throws IOException {
        stack = PlatformStack.get();
        portaal = stack.portaal().baseUri();
        axe = Browser.AXE;
        commissie = Commissie.of(stack);
        tag = UUID.randomUUID().toString().substring(0, 8);
        complainantTenant = "e2e-cie-k-" + tag;
        accusedTenant = "e2e-cie-a-" + tag;
        registerDeclaredFractie(complainantTenant);
        registerDeclaredFractie(accusedTenant);
        // the accused's employer: the accused on its staff list, and its standing decider and deputy (§10.2)
        UUID decider = UUID.randomUUID();
        UUID deputy = UUID.randomUUID();
        onRoster(accusedTenant, ACCUSED_LOGIN, "Bert Beschuldigd-" + tag, "Senior adviseur");
        onRoster(accusedTenant, decider, "Dirk Beslisser-" + tag, "Fractievoorzitter");
        onRoster(accusedTenant, deputy, "Dora Plaatsvervanger-" + tag, "Penningmeester");
        given().baseUri(klacht()).auth().oauth2(fractieAdmin(accusedTenant)).contentType(ContentType.JSON)
                .body(Map.of("deciderId", decider.toString(), "deputyId", deputy.toString()))
                .put("/tenants/{t}/beslisser", accusedTenant).then().statusCode(200);
        klachtId = fileOnPaper(LocalDate.now(AMSTERDAM));
        Map<String, Object> dossier = given().baseUri(klacht()).auth().oauth2(secretary()).get("/klachten/{id}", klachtId)
                .then().statusCode(200).extract().jsonPath().getMap("");
        reference = dossier.get("reference").toString();
        accusedId = given().baseUri(klacht()).auth().oauth2(secretary()).get("/klachten/{id}", klachtId).then()
                .extract().path("klaagschrift.accused[0].id");
    }

    @AfterAll
    static void report() {
        Browser.AXE_RESULTS.forEach(line -> LOG.log(System.Logger.Level.INFO, "axe-core {0}", line));
    }

    @Test
    void theSecretaryAndTheChairTakeTheStepsFromReceiptToTheHearingByKeyboard() throws IOException {
        long begin = System.nanoTime();
        String page = "/klachten/" + klachtId;
        try (Browser secretaris = new Browser(portaal, true, axe); Browser voorzitter = new Browser(portaal, true, axe)) {
            PortaalDemo.signIn(secretaris, stack, portaal, PortaalDemo.SECRETARIS);
            secretaris.open(page);
            assertThat(secretaris.checkPage("cie-ingediend")).isEqualTo("Klacht " + reference);
            assertThat(secretaris.find("#commissie").getText()).contains("Ontvangst bevestigen");

            // art 9.4: the secretary confirms receipt
            secretaris.press("#commissie form[action$='/commissie/ontvangstbevestiging'] button");
            assertThat(secretaris.checkPage("cie-ontvangst-bevestigd")).isEqualTo("Klacht " + reference);
            assertThat(secretaris.find("#gedaan").getText()).contains("De ontvangst is bevestigd.");
            assertThat(secretaris.find("#commissie").getText()).contains("Samenstelling van de commissie voor deze klacht")
                    .doesNotContain("Ontvangst bevestigen");

            // art 7.4: fewer than three is refused at the field; then the chair and one member of each side
            secretaris.find("#cie-voorzitter").sendKeys(option(commissie.chair, "voorzitter"));
            secretaris.find("#cie-lid-ambtelijk").sendKeys(option(commissie.memberCivilService, "lid"));
            secretaris.press("#commissie form[action$='/commissie/samenstelling'] button");
            assertThat(secretaris.checkPage("cie-samenstelling-fout")).isEqualTo("Klacht " + reference);
            assertThat(secretaris.title()).startsWith("Fout: ");
            assertThat(secretaris.find("#cie-lid-politiek-fout").getText())
                    .isEqualTo("Kies een lid voor de politieke zijde (artikel 7.4).");
            assertThat(secretaris.find("#cie-voorzitter").getAttribute("value"))
                    .as("the choice made is kept").isEqualTo(commissie.chair.personId().toString());
            secretaris.find("#cie-lid-politiek").sendKeys(option(commissie.memberPolitical, "lid"));
            secretaris.press("#commissie form[action$='/commissie/samenstelling'] button");
            assertThat(secretaris.checkPage("cie-samengesteld")).isEqualTo("Klacht " + reference);
            assertThat(secretaris.find("#gedaan").getText()).contains("Vastgelegd wie de klacht behandelen");
            assertThat(secretaris.find("#samenstelling").getText()).contains(name(commissie.chair) + ", voorzitter",
                    name(commissie.memberCivilService) + ", lid (ambtelijke zijde)",
                    name(commissie.memberPolitical) + ", lid (politieke zijde)");
            assertThat(secretaris.all("#commissie form[action$='/commissie/ontvankelijkheid']"))
                    .as("admissibility is the chair's").isEmpty();

            // art 10.1: the chair of the case searches the accused's employer's staff list, links and decides
            PortaalDemo.signIn(voorzitter, stack, portaal, PortaalDemo.COMMISSIELID);
            voorzitter.open(page);
            assertThat(voorzitter.checkPage("cie-voorzitter")).isEqualTo("Klacht " + reference);
            voorzitter.find("#cie-naam-" + accusedId).sendKeys("bert");
            voorzitter.press("#cie-naam-" + accusedId);
            assertThat(voorzitter.checkPage("cie-gezocht")).isEqualTo("Klacht " + reference);
            assertThat(voorzitter.find("#cie-persoon-" + accusedId).getText())
                    .contains("Bert Beschuldigd-" + tag + ", Senior adviseur").doesNotContain("@");
            assertThat(voorzitter.find("#cie-persoon-" + accusedId + "-" + ACCUSED_LOGIN).isSelected())
                    .as("the one person found is chosen").isTrue();
            voorzitter.find("#cie-beslissing-ja").sendKeys(Keys.SPACE);
            voorzitter.find("#cie-bemiddeling-ja").sendKeys(Keys.SPACE);
            voorzitter.find("#cie-motivering").sendKeys("Aan de vereisten van artikel 9.1 is voldaan.");
            voorzitter.press("#commissie form[action$='/commissie/ontvankelijkheid'] button[type='submit']");
            assertThat(voorzitter.checkPage("cie-ontvankelijk")).isEqualTo("Klacht " + reference);
            assertThat(voorzitter.find("#gedaan").getText()).contains("De klacht is ontvankelijk verklaard.");
            Map<String, Object> dossier = given().baseUri(klacht()).auth().oauth2(secretary())
                    .get("/klachten/{id}", klachtId).then().statusCode(200).extract().jsonPath().getMap("");
            assertThat(((Map<?, ?>) dossier.get("procedure")).get("admissible")).isEqualTo(Boolean.TRUE);
            assertThat(((Map<?, ?>) ((List<?>) ((Map<?, ?>) dossier.get("klaagschrift")).get("accused")).get(0))
                    .get("personId")).isEqualTo(ACCUSED_LOGIN.toString());

            // art 11: the secretary plans the hearing, a further-documents term before it
            LocalDate hearing = LocalDate.now(AMSTERDAM).plusWeeks(3);
            secretaris.open(page);
            secretaris.find("#cie-datum").sendKeys(TYPED.format(hearing));
            secretaris.find("#cie-aanvang").sendKeys("9.30");
            secretaris.find("#cie-plaats").sendKeys("Zaal 2");
            secretaris.find("#cie-samen-apart").sendKeys(Keys.SPACE);
            secretaris.find("#cie-stukken").sendKeys(TYPED.format(hearing.minusWeeks(1)));
            secretaris.press("#commissie form[action$='/commissie/hoorzitting'] button");
            assertThat(secretaris.checkPage("cie-hoorzitting-gepland")).isEqualTo("Klacht " + reference);
            assertThat(secretaris.find("#gedaan").getText()).contains("De hoorzitting is gepland");
            assertThat(secretaris.find("#commissie").getText())
                    .contains("Er is een hoorzitting gepland op " + IN_WORDS.format(hearing)
                            + " om 9:30 uur. Plaats: Zaal 2.");
        }
        LOG.log(System.Logger.Level.INFO, "e2e: the commission steps from receipt to the hearing took {0} ms",
                (System.nanoTime() - begin) / 1_000_000);
    }

    /** The name the commission gave a seat's holder (Commissie: "E2E " and the domain's first part). */
    private static String name(Commissie.Seat seat) {
        return "E2E " + seat.domain().replace(".example.nl", "");
    }

    /** An option of the composition form as the keyboard picks it: typing its text. */
    private static String option(Commissie.Seat seat, String function) {
        return name(seat) + ", " + function;
    }

    private static void registerDeclaredFractie(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Fractie " + id);
        body.put("shortName", "E2E");
        body.put("kind", "FRACTIE");
        body.put("employerEntity", "Stichting Fractie " + id);
        body.put("contactEmail", "secretariaat@" + id + ".example.nl");
        given().baseUri(klacht()).auth().oauth2(PortaalDemo.platformAdmin()).contentType(ContentType.JSON).body(body)
                .post("/tenants").then().statusCode(201);
        Map<String, Object> declaration = PortaalDemo.declaration("POOL");
        given().baseUri(klacht()).auth().oauth2(fractieAdmin(id)).contentType(ContentType.JSON).body(declaration)
                .post("/tenants/{t}/declarations", id).then().statusCode(201);
    }

    private static void onRoster(String tenant, UUID login, String name, String function) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("workEmail", "post-" + login + "@" + tenant + ".example.nl");
        body.put("subject", login.toString());
        body.put("from", "2023-01-01");
        body.put("function", function);
        given().baseUri(klacht()).auth().oauth2(fractieAdmin(tenant)).contentType(ContentType.JSON).body(body)
                .post("/tenants/{t}/roster", tenant).then().statusCode(201);
    }

    /** A complete klaagschrift (art 9.1) of the demo staff member against a staff member of another fractie. */
    private static String fileOnPaper(LocalDate receivedOn) {
        Map<String, Object> klaagschrift = new HashMap<>();
        klaagschrift.put("category", "PESTEN");
        klaagschrift.put("behaviour", "Structureel buitengesloten bij overleggen en publiekelijk bespot.");
        klaagschrift.put("place", "Commissiezaal, Tweede Kamer");
        klaagschrift.put("when", "Wekelijks sinds het voorjaar");
        klaagschrift.put("firstBehaviourOn", receivedOn.minusMonths(4).toString());
        klaagschrift.put("latestBehaviourOn", receivedOn.minusMonths(1).toString());
        klaagschrift.put("witnesses", "Een collega");
        klaagschrift.put("complainant", Map.of("name", "Klara Klager", "address", "Lange Poten 4, 2511 CL Den Haag",
                "function", "Beleidsmedewerker", "email", "klara@example.nl"));
        klaagschrift.put("accused", List.of(Map.of("name", "Bert Beschuldigd", "function", "Senior adviseur",
                "relation", "MEDEWERKER_FRACTIE", "employerTenantId", accusedTenant)));
        klaagschrift.put("stepsTaken", "Gesprek met de leidinggevende gevoerd.");
        Map<String, Object> paper = new HashMap<>();
        paper.put("tenantId", complainantTenant);
        paper.put("complainantId", PortaalDemo.MEDEWERKER_SUB);
        paper.put("klaagschrift", klaagschrift);
        paper.put("signature", Map.of("name", "Klara Klager", "signedOn", receivedOn.minusDays(1).toString()));
        paper.put("receivedOn", receivedOn.toString());
        return given().baseUri(klacht()).auth().oauth2(secretary()).contentType(ContentType.JSON).body(paper)
                .post("/klachten/papier").then().statusCode(201).extract().path("id");
    }

    private static String fractieAdmin(String tenant) {
        return TestTokens.as("fractie-admin").tenant(tenant).subject(UUID.randomUUID().toString()).sign();
    }

    private static String secretary() {
        return TestTokens.as("commission-secretary").tenant("tk").subject(PortaalDemo.SECRETARIS_SUB).sign();
    }

    private static String klacht() {
        return stack.service("klacht-service").baseUri();
    }
}
