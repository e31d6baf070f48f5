package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import org.openqa.selenium.WebElement;

import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * The complaint track's first pages in a real browser, each person signed in at Keycloak: the commission's secretary
 * finds the worklist on the start page, a lapsed term first and said in words, and opens a complaint; the complainant
 * opens their complaint's page (where the emails link) and reads the next step with its due date in words. The two
 * complaints are paper klaagschriften the secretary registered on the complainant's behalf, one received six weeks
 * ago, so that its terms lapsed weeks ago (no waiting on the clock), one received today. Every page passes the
 * portal's checks (axe-core WCAG 2.1 AA, one h1 that begins the title, TAB reaches every control, no sideways scroll
 * at 320 px).
 */
@Tag("postgres")
class PortaalKlachtBrowserIT {

    private static final System.Logger LOG = System.getLogger("e2e");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("nl"));

    private static PlatformStack stack;
    private static String portaal;
    private static Path axe;
    private static String tenant;
    private static String lapsed;
    private static String lapsedReference;
    private static String fresh;
    private static String freshReference;

    @BeforeAll
    static void twoPaperComplaintsOfTheDemoStaffMemberOneReceivedSixWeeksAgo() throws IOException {
        stack = PlatformStack.get();
        portaal = stack.portaal().baseUri();
        axe = Browser.AXE;
        // today's commission, whose secretary is the realm's demo secretary
        Commissie.of(stack);
        tenant = "e2e-klacht-" + UUID.randomUUID().toString().substring(0, 8);
        registerDeclaredFractie(tenant);
        LocalDate today = LocalDate.now(AMSTERDAM);
        lapsed = fileOnPaper(today.minusWeeks(6));
        fresh = fileOnPaper(today);
        lapsedReference = dossierAs(secretary(), lapsed).get("reference").toString();
        freshReference = dossierAs(secretary(), fresh).get("reference").toString();
        // art 9.4: the secretary confirms receipt of today's complaint; T3 (art 10.1) runs from its filing
        given().baseUri(klacht()).auth().oauth2(secretary()).contentType(ContentType.JSON)
                .post("/klachten/{id}/ontvangstbevestiging", fresh).then().statusCode(200);
        await("termijn-service knows the secretary and the lapse of the old complaint's terms")
                .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().baseUri(stack.service("termijn-service").baseUri()).auth().oauth2(secretary())
                        .get("/termijnen").then().extract().jsonPath()
                        .getList("findAll { it.caseId == '" + lapsed + "' && it.state == 'LAPSED' }").size() > 0);
        await("klacht-service knows the due date of the admissibility decision (T3) of today's complaint")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> dossierAs(complainant(), fresh).get("terms") instanceof List<?> terms && !terms.isEmpty());
    }

    @AfterAll
    static void report() {
        Browser.AXE_RESULTS.forEach(line -> LOG.log(System.Logger.Level.INFO, "axe-core {0}", line));
    }

    @Test
    void theSecretarySeesTheLapsedTermFirstAndTheComplainantReadsTheNextStepInWords() throws IOException {
        long begin = System.nanoTime();
        try (Browser secretaris = new Browser(portaal, true, axe); Browser klager = new Browser(portaal, true, axe)) {
            PortaalDemo.signIn(secretaris, stack, portaal, PortaalDemo.SECRETARIS);
            assertThat(secretaris.checkPage("secretaris-mijn")).isEqualTo("Mijn overzicht");
            // the personal calendar feed of the commission's terms: the secret link shown once, in the answer
            secretaris.press("main a[href='/commissie/agenda']");
            assertThat(secretaris.checkPage("commissie-agenda")).isEqualTo("Termijnen in uw agenda");
            secretaris.press("form[action='/commissie/agenda'] button");
            assertThat(secretaris.find("#agenda-url").getAttribute("value")).contains("/agenda/").endsWith(".ics");
            secretaris.checkPage("commissie-agenda-gemaakt");
            secretaris.open("/mijn");
            secretaris.press("main a[href='/commissie/klachten']");
            assertThat(secretaris.checkPage("commissie-klachten")).isEqualTo("Klachten van de commissie");
            List<String> rows = new ArrayList<>();
            for (WebElement row : secretaris.all("#werklijst > li")) {
                rows.add(row.getText());
            }
            assertThat(rows.get(0)).as("a lapsed term first, in words").contains("Termijn verstreken op ");
            int old = indexOf(rows, lapsedReference);
            int recent = indexOf(rows, freshReference);
            assertThat(old).as("the old complaint is listed").isGreaterThanOrEqualTo(0);
            assertThat(recent).as("today's complaint is listed").isGreaterThan(old);
            assertThat(rows.get(old)).containsPattern("Termijn verstreken op (maandag|dinsdag|woensdag|donderdag|vrijdag|"
                    + "zaterdag|zondag) \\d{1,2} \\w+ \\d{4}");
            assertThat(rows.get(recent)).contains("Stand: ontvangen.", "Volgende stap: de beslissing over de "
                    + "ontvankelijkheid (artikel 10.1 Klachtenregeling), uiterlijk ");
            assertThat(String.join("\n", rows)).as("no names in the list").doesNotContain("Klara", "Bert");

            secretaris.press("#werklijst a[href='/klachten/" + lapsed + "']");
            assertThat(secretaris.checkPage("klacht-commissie")).isEqualTo("Klacht " + lapsedReference);
            assertThat(secretaris.find("main").getText()).contains("Stand: ingediend, de ontvangst is nog niet bevestigd.",
                    "bevestigt de ontvangst van de klacht", "Naar de klachten van de commissie");

            PortaalDemo.signIn(klager, stack, portaal, PortaalDemo.MEDEWERKER);
            klager.open("/klachten/" + fresh);
            assertThat(klager.checkPage("klacht-klager")).isEqualTo("Klacht " + freshReference);
            LocalDate t3 = LocalDate.parse(((Map<?, ?>) ((List<?>) dossierAs(complainant(), fresh).get("terms")).get(0))
                    .get("dueOn").toString());
            assertThat(klager.find("#volgende-stap").getText()).isEqualTo(
                    "De commissie beslist uiterlijk " + IN_WORDS.format(t3) + " of uw klacht ontvankelijk is.");
            assertThat(klager.find("main").getText()).contains("Stand: ontvangen.",
                    "Ontvangstbevestiging van de klacht (artikel 9.4)").doesNotContain("Lange Poten");
            // the printable act comes from klacht-service through the portal, for this reader
            klager.press("main a[href='/klachten/" + fresh + "/akten/ontvangstbevestiging']");
            assertThat(klager.driver.getPageSource()).contains(freshReference);

            // another's complaint is not there for the complainant
            klager.open("/klachten/" + UUID.randomUUID());
            assertThat(klager.checkPage("klacht-niet-gevonden")).isEqualTo("Niet gevonden");
        }
        LOG.log(System.Logger.Level.INFO, "e2e: the complaint pages of the secretary and the complainant took {0} ms",
                (System.nanoTime() - begin) / 1_000_000);
    }

    private static int indexOf(List<String> rows, String reference) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains("Klacht " + reference + ".")) {
                return i;
            }
        }
        return -1;
    }

    /** A fractie of its own with the regulation declared applicable since 2024: the complainant's and the accused's. */
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
        given().baseUri(klacht()).auth().oauth2(TestTokens.as("fractie-admin").tenant(id)
                .subject(UUID.randomUUID().toString()).sign()).contentType(ContentType.JSON).body(declaration)
                .post("/tenants/{t}/declarations", id).then().statusCode(201);
    }

    /** A complete klaagschrift (art 9.1) of the demo staff member, received on paper by the secretary on that day. */
    private static String fileOnPaper(LocalDate receivedOn) {
        Map<String, Object> klaagschrift = new HashMap<>();
        klaagschrift.put("category", "PESTEN");
        klaagschrift.put("behaviour", "Structureel buitengesloten bij overleggen en publiekelijk bespot.");
        klaagschrift.put("place", "Fractiekamer, Tweede Kamer");
        klaagschrift.put("when", "Wekelijks sinds het voorjaar");
        klaagschrift.put("firstBehaviourOn", receivedOn.minusMonths(4).toString());
        klaagschrift.put("latestBehaviourOn", receivedOn.minusMonths(1).toString());
        klaagschrift.put("witnesses", "Een collega van de fractie");
        klaagschrift.put("complainant", Map.of("name", "Klara Klager", "address", "Lange Poten 4, 2511 CL Den Haag",
                "function", "Beleidsmedewerker", "email", "klara@example.nl"));
        klaagschrift.put("accused", List.of(Map.of("name", "Bert Beschuldigd", "function", "Senior adviseur",
                "relation", "MEDEWERKER_FRACTIE", "employerTenantId", tenant)));
        klaagschrift.put("stepsTaken", "Gesprek met de leidinggevende gevoerd.");
        Map<String, Object> paper = new HashMap<>();
        paper.put("tenantId", tenant);
        paper.put("complainantId", PortaalDemo.MEDEWERKER_SUB);
        paper.put("klaagschrift", klaagschrift);
        paper.put("signature", Map.of("name", "Klara Klager", "signedOn", receivedOn.minusDays(1).toString()));
        paper.put("receivedOn", receivedOn.toString());
        return given().baseUri(klacht()).auth().oauth2(secretary()).contentType(ContentType.JSON).body(paper)
                .post("/klachten/papier").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> dossierAs(String token, String id) {
        return given().baseUri(klacht()).auth().oauth2(token).get("/klachten/{id}", id).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    /** The realm's demo secretary, as the services know them (their Keycloak subject). */
    private static String secretary() {
        return TestTokens.as("commission-secretary").tenant("tk").subject(PortaalDemo.SECRETARIS_SUB).sign();
    }

    private static String complainant() {
        return TestTokens.as("employee").tenant(PlatformStack.PORTAAL_TENANT).subject(PortaalDemo.MEDEWERKER_SUB)
                .sign();
    }

    private static String klacht() {
        return stack.service("klacht-service").baseUri();
    }
}
