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

import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * The parties' and the employer's steps in a real browser, by keyboard, on one complaint across two organisations:
 * brought through the API to the fact overview (the complainant {@code medewerker} of fractie-voorbeeld, the accused
 * {@code medewerker-noord} of fractie-noord linked at admissibility, fractie-noord's standing decider
 * {@code werkgever-noord}), then the complainant sends a correction, the accused writes a view and waives further
 * corrections (art 12.1, 12.5), having read the copy of the complaint (10.3); through the API the commission votes
 * and signs the advice; the decider reads the request for temporary measures addressed to them (12.4), extends the
 * term (13.3) and decides with reasons (13). Every page they pass passes the portal's checks (axe-core WCAG 2.1 AA,
 * one h1 that begins the title, TAB reaches every control, no sideways scroll at 320 px).
 */
@Tag("postgres")
class PortaalPartijenBrowserIT {

    private static final System.Logger LOG = System.getLogger("e2e");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("nl"));

    private static PlatformStack stack;
    private static Commissie commissie;
    private static String portaal;
    private static String id;
    private static String reference;
    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void aComplaintAcrossTwoOrganisationsAtItsFactOverview() throws IOException {
        stack = PlatformStack.get();
        portaal = stack.portaal().baseUri();
        commissie = Commissie.of(stack);
        PortaalDemo.registerOrganisation(stack);
        registerNoord();
        declared(PlatformStack.PORTAAL_TENANT);
        declared(PortaalDemo.NOORD_TENANT);
        roster(PortaalDemo.NOORD_TENANT, PortaalDemo.MEDEWERKER_NOORD_SUB, "Noor Noord", "noor@fractie-noord.example");
        roster(PortaalDemo.NOORD_TENANT, PortaalDemo.WERKGEVER_NOORD_SUB, "Wim Werkgever",
                "wim@fractie-noord.example");
        String deputy = "00000000-0000-4000-8000-0000000000a9";
        roster(PortaalDemo.NOORD_TENANT, deputy, "Dora Plaatsvervanger", "dora@fractie-noord.example");
        fractieAdmin(PortaalDemo.NOORD_TENANT)
                .body(Map.of("deciderId", PortaalDemo.WERKGEVER_NOORD_SUB, "deputyId", deputy))
                .put("/tenants/{t}/beslisser", PortaalDemo.NOORD_TENANT).then().statusCode(200);

        // art 9: the klaagschrift, filed by the complainant; receipt confirmed (9.4); who sits (7.4)
        id = complainant().body(klaagschrift()).post("/klachten").then().statusCode(201).extract().path("id");
        reference = complainant().body(Map.of("name", "Klara Klager", "signedOn", today().toString()))
                .post("/klachten/{id}/indiening", id).then().statusCode(200).extract().path("reference");
        secretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        secretary().body(Map.of("chairId", commissie.chair.personId().toString(), "memberIds", members()))
                .put("/klachten/{id}/samenstelling", id).then().statusCode(200);
        // art 10: admissible, the accused linked to fractie-noord's medewerker-noord
        String accusedId = secretary().get("/klachten/{id}", id).then().statusCode(200).extract()
                .path("klaagschrift.accused[0].id");
        chair().body(Map.of("admissible", true, "mediationExplored", true,
                "reasons", "Voldoet aan art 9.1; bemiddeling besproken en niet gewenst.", "memberIds", members(),
                "accusedLinks", List.of(Map.of("accusedId", accusedId, "personId", PortaalDemo.MEDEWERKER_NOORD_SUB))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200);
        // art 12.4: the complainant asks fractie-noord's decider for temporary measures concerning the accused
        complainant().body(Map.of("concerns", "AANGEKLAAGDE", "accusedId", accusedId, "reason", "ONHOUDBARE_SITUATIE",
                "request", "Niet meer samen in het fractieoverleg " + TAG + "."))
                .post("/klachten/{id}/tijdelijke-voorzieningen", id).then().statusCode(201);
        // art 11, 12.1: hearing, its report, the fact overview with two weeks for corrections
        secretary().body(Map.of("hearingOn", today().plusDays(1).toString(), "partiesTogether", false))
                .post("/klachten/{id}/hoorzittingen", id).then().statusCode(201);
        secretary().body(Map.of("kind", "HOORVERSLAG", "text", "Beide partijen zijn gehoord " + TAG + "."))
                .post("/klachten/{id}/verslagen", id).then().statusCode(200);
        secretary().body(Map.of("text", "Het overleg van maandag verliep zoals beschreven " + TAG + ".",
                "correctionsDueOn", today().plusDays(14).toString())).post("/klachten/{id}/feitenoverzicht", id)
                .then().statusCode(200);
    }

    @AfterAll
    static void report() {
        Browser.AXE_RESULTS.forEach(line -> LOG.log(System.Logger.Level.INFO, "axe-core {0}", line));
    }

    @Test
    void theComplainantCorrectsTheAccusedGivesAViewAndTheDeciderExtendsAndDecidesByKeyboard() throws IOException {
        long begin = System.nanoTime();
        String title = "Klacht " + reference;
        try (Browser klager = new Browser(portaal, true, Browser.AXE)) {
            PortaalDemo.signIn(klager, stack, portaal, PortaalDemo.MEDEWERKER);
            klager.open("/klachten/" + id);
            assertThat(klager.checkPage("partij-klager-feitenoverzicht")).isEqualTo(title);
            assertThat(klager.find("#partij").getText()).contains("Het overleg van maandag verliep zoals beschreven",
                    "U kunt reageren tot en met " + IN_WORDS.format(today().plusDays(14)));
            klager.find("#correctie").sendKeys("Het overleg was op dinsdag, niet op maandag " + TAG + ".");
            // with JavaScript the text is kept in klacht-service while it is typed (every 2 s in this stack)
            klager.waitForText("form[action$='/correctie'] [data-concept-bewaard]", "Automatisch bewaard om");
            klager.press("form[action$='/correctie'] button");
            assertThat(klager.checkPage("partij-klager-gecorrigeerd")).isEqualTo(title);
            assertThat(klager.find("#gedaan").getText()).contains("Uw correctie is verstuurd.");
            assertThat(klager.find("#partij").getText()).contains("Uw correctie van ",
                    "Het overleg was op dinsdag, niet op maandag " + TAG);
        }
        try (Browser aangeklaagde = new Browser(portaal, true, Browser.AXE)) {
            PortaalDemo.signIn(aangeklaagde, stack, portaal, PortaalDemo.MEDEWERKER_NOORD);
            aangeklaagde.open("/klachten/" + id);
            assertThat(aangeklaagde.checkPage("partij-aangeklaagde-feitenoverzicht")).isEqualTo(title);
            assertThat(aangeklaagde.all("form[action$='/intrekking']")).as("only the complainant withdraws").isEmpty();
            assertThat(aangeklaagde.find("#partij").getText()).as("the copy of the complaint (art 10.3)")
                    .contains("De klacht (artikel 10.3)", "Structureel buitengesloten en bespot")
                    .doesNotContain("Lange Poten");
            // a view written over two sittings: kept as a draft in klacht-service, back in the form on the next visit
            aangeklaagde.find("#zienswijze").sendKeys("Ik zie de gang van zaken anders " + TAG + ".");
            aangeklaagde.press("form[action$='/zienswijze'] button[value='concept']");
            assertThat(aangeklaagde.checkPage("partij-aangeklaagde-concept")).isEqualTo(title);
            assertThat(aangeklaagde.find("#gedaan").getText()).contains("Uw concept is bewaard.");
            aangeklaagde.open("/klachten/" + id);
            assertThat(aangeklaagde.find("#zienswijze-concept").getText()).contains("Uw concept van ");
            assertThat(aangeklaagde.find("#zienswijze").getAttribute("value"))
                    .isEqualTo("Ik zie de gang van zaken anders " + TAG + ".");
            aangeklaagde.press("form[action$='/zienswijze'] button");
            assertThat(aangeklaagde.checkPage("partij-aangeklaagde-zienswijze")).isEqualTo(title);
            assertThat(aangeklaagde.find("#gedaan").getText()).contains("Uw zienswijze is verstuurd.");
            aangeklaagde.press("#afstand");
            assertThat(aangeklaagde.checkPage("partij-aangeklaagde-afgezien")).isEqualTo(title);
            assertThat(aangeklaagde.find("main").getText()).contains("U zag af van verdere correcties.");
            assertThat(aangeklaagde.all("form[action$='/correctie']")).isEmpty();
        }

        // art 12.5-12.7: the commission votes and signs; the advice reaches fractie-noord's decider
        secretary().body(advice()).post("/klachten/{id}/advies", id).then().statusCode(200);
        chair().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        assertThat(secretary().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200).extract()
                .<String>path("status")).isEqualTo("ADVIES_UITGEBRACHT");

        try (Browser beslisser = new Browser(portaal, true, Browser.AXE)) {
            PortaalDemo.signIn(beslisser, stack, portaal, PortaalDemo.WERKGEVER_NOORD);
            assertThat(beslisser.checkPage("werkgever-mijn")).isEqualTo("Mijn overzicht");
            beslisser.press("main a[href='/werkgever/tijdelijke-voorzieningen']");
            assertThat(beslisser.checkPage("werkgever-voorzieningen")).isEqualTo("Verzoeken om tijdelijke voorzieningen");
            assertThat(beslisser.find("main").getText()).contains("Verzoek bij klacht " + reference,
                    "Het verzoek betreft een aangeklaagde.", "Niet meer samen in het fractieoverleg " + TAG);
            beslisser.press("main a[href='/werkgever/klachten']");
            assertThat(beslisser.checkPage("werkgever-klachten")).isEqualTo("Klachten waarover u beslist");
            beslisser.press("#werkgever-klachten a[href='/klachten/" + id + "']");
            assertThat(beslisser.checkPage("werkgever-klacht")).isEqualTo(title);
            assertThat(beslisser.find("#werkgever").getText()).contains("U beslist uiterlijk ",
                    "Al verlengd: 0 dagen. Nog mogelijk: 28 dagen.");
            assertThat(beslisser.all("main a[href='/klachten/" + id + "/akten/advies']")).hasSize(1);

            beslisser.find("#dagen").sendKeys("7");
            beslisser.find("#redenen").sendKeys("Het advies vraagt overleg met het fractiebestuur " + TAG + ".");
            beslisser.press("form[action$='/verdaging'] button");
            assertThat(beslisser.checkPage("werkgever-verdaagd")).isEqualTo(title);
            assertThat(beslisser.find("#gedaan").getText()).contains("De termijn is verlengd.");
            assertThat(beslisser.find("#werkgever").getText()).contains("Al verlengd: 7 dagen. Nog mogelijk: 21 dagen.");

            beslisser.find("#besluit").sendKeys("De werkgever volgt het advies en voert een corrigerend gesprek " + TAG
                    + ".");
            beslisser.press("form[action$='/besluit'] button");
            assertThat(beslisser.checkPage("werkgever-besloten")).isEqualTo(title);
            assertThat(beslisser.find("#gedaan").getText()).contains("Uw besluit is verstuurd.");
            assertThat(beslisser.all("form[action$='/besluit']")).isEmpty();
        }
        assertThat(secretary().get("/klachten/{id}", id).then().statusCode(200).extract().<String>path("status"))
                .isEqualTo("BEEINDIGD");
        LOG.log(System.Logger.Level.INFO, "e2e: the steps of the parties and of the employer took {0} ms",
                (System.nanoTime() - begin) / 1_000_000);
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
        fractieAdmin(tenant).body(declaration).post("/tenants/{t}/declarations", tenant).then().statusCode(201);
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

    private static Map<String, Object> klaagschrift() {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "PESTEN");
        body.put("behaviour", "Structureel buitengesloten en bespot in het fractieoverleg " + TAG + ".");
        body.put("place", "Fractiekamer, Tweede Kamer");
        body.put("when", "Wekelijks sinds het voorjaar");
        body.put("firstBehaviourOn", today().minusMonths(4).toString());
        body.put("latestBehaviourOn", today().minusMonths(1).toString());
        body.put("witnesses", "Een collega van de fractie");
        body.put("complainant", Map.of("name", "Klara Klager", "address", "Lange Poten 4, 2511 CL Den Haag",
                "function", "Beleidsmedewerker", "email", "klara@fractie-voorbeeld.example"));
        body.put("accused", List.of(Map.of("name", "Noor Noord", "function", "Senior adviseur",
                "relation", "MEDEWERKER_FRACTIE", "employerTenantId", PortaalDemo.NOORD_TENANT)));
        body.put("stepsTaken", "Gesprek met de leidinggevende gevoerd.");
        return body;
    }

    private static Map<String, Object> advice() {
        Map<String, Object> body = new HashMap<>();
        body.put("nature", "CORRECTIEF");
        body.put("text", "De klacht is gegrond; een corrigerend gesprek is aangewezen " + TAG + ".");
        body.put("votes", List.of(Map.of("personId", commissie.chair.personId().toString(), "vote", "VOOR"),
                Map.of("personId", commissie.memberCivilService.personId().toString(), "vote", "VOOR"),
                Map.of("personId", commissie.memberPolitical.personId().toString(), "vote", "VOOR")));
        return body;
    }

    private static List<String> members() {
        return List.of(commissie.memberCivilService.personId().toString(),
                commissie.memberPolitical.personId().toString());
    }

    private static LocalDate today() {
        return LocalDate.now(AMSTERDAM);
    }

    private static RequestSpecification complainant() {
        return as(PortaalDemo.MEDEWERKER_SUB, PlatformStack.PORTAAL_TENANT, "employee");
    }

    private static RequestSpecification chair() {
        return as(commissie.chair.personId().toString(), "tk", "commission-member");
    }

    private static RequestSpecification secretary() {
        return as(commissie.secretary.personId().toString(), "tk", "commission-secretary");
    }

    private static RequestSpecification fractieAdmin(String tenant) {
        return as("00000000-0000-4000-8000-000000000002", tenant, "fractie-admin");
    }

    private static RequestSpecification as(String person, String tenant, String role) {
        return given().baseUri(klacht()).auth().oauth2(TestTokens.as(role).tenant(tenant).subject(person).sign())
                .contentType(ContentType.JSON);
    }

    private static String klacht() {
        return stack.service("klacht-service").baseUri();
    }
}
