package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * The portal tests' common ground, idempotent whichever test comes first: the demo organisation of the realm export
 * registered (and known to melding-service), its vertrouwenspersoon appointed as the realm's demo user of that role
 * (so the person who signs in at Keycloak is the one the meldingen are addressed to), and sign-in through Keycloak's
 * own login form.
 */
final class PortaalDemo {

    /** The realm export's demo users (deploy/keycloak/meldpunt-realm.json), password {@value #PASSWORD}. */
    static final String MEDEWERKER = "medewerker";
    static final String MEDEWERKER_SUB = "00000000-0000-4000-8000-000000000003";
    static final String VERTROUWENSPERSOON = "vertrouwenspersoon";
    static final String VERTROUWENSPERSOON_SUB = "6f1f7a52-3c7e-4b51-9d1e-2a9f2f1b8c01";
    static final String VERTROUWENSPERSOON_NAAM = "Anna de Vries";
    static final String PASSWORD = "demo";
    static final String FRACTIEBEHEERDER = "fractiebeheerder";
    static final String SECRETARIS = "secretaris";
    static final String SECRETARIS_SUB = "00000000-0000-4000-8000-000000000006";
    /** Today's commission's chair in the browser tests ({@link Commissie}). */
    static final String COMMISSIELID = "commissielid";
    static final String COMMISSIELID_SUB = "00000000-0000-4000-8000-000000000005";
    static final String WERKGEVER = "werkgever";
    static final String WERKGEVER_SUB = "00000000-0000-4000-8000-000000000007";
    /** A second organisation's staff member and employer, for a complaint across two organisations. */
    static final String NOORD_TENANT = "fractie-noord";
    static final String MEDEWERKER_NOORD = "medewerker-noord";
    static final String MEDEWERKER_NOORD_SUB = "00000000-0000-4000-8000-000000000008";
    static final String WERKGEVER_NOORD = "werkgever-noord";
    static final String WERKGEVER_NOORD_SUB = "00000000-0000-4000-8000-000000000009";

    private PortaalDemo() {
    }

    /** The departments the demo organisation keeps (klacht-service), which its melders pick from. */
    static final String AFDELING = "FRACTIESTAF";
    static final String AFDELING_NAAM = "Fractiestaf";

    /** The organisation registered at klacht-service with its departments, and both arrived at melding-service. */
    static void registerOrganisation(PlatformStack stack) {
        Map<String, Object> tenant = new HashMap<>();
        tenant.put("id", PlatformStack.PORTAAL_TENANT);
        tenant.put("name", PlatformStack.PORTAAL_ORGANISATIE);
        tenant.put("shortName", "FV");
        tenant.put("kind", "FRACTIE");
        tenant.put("employerEntity", "Stichting " + PlatformStack.PORTAAL_ORGANISATIE);
        tenant.put("contactEmail", "beheer@fractie-voorbeeld.example");
        given().baseUri(stack.service("klacht-service").baseUri()).auth().oauth2(platformAdmin())
                .contentType(ContentType.JSON).body(tenant).post("/tenants").then().statusCode(anyOf(is(201), is(409)));
        String fractieAdmin = TestTokens.as("fractie-admin").tenant(PlatformStack.PORTAAL_TENANT)
                .subject("00000000-0000-4000-8000-000000000002").sign();
        given().baseUri(stack.service("klacht-service").baseUri()).auth().oauth2(fractieAdmin)
                .contentType(ContentType.JSON)
                .body(Map.of("departments", List.of(Map.of("code", AFDELING, "name", AFDELING_NAAM),
                        Map.of("code", "VOORLICHTING", "name", "Voorlichting"))))
                .put("/tenants/{t}/departments", PlatformStack.PORTAAL_TENANT).then().statusCode(200);
        String member = TestTokens.as("employee").tenant(PlatformStack.PORTAAL_TENANT).subject(MEDEWERKER_SUB).sign();
        await("melding-service knows the organisation and its departments").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().baseUri(stack.service("melding-service").baseUri()).auth().oauth2(member)
                        .get("/tenants/{t}/departments", PlatformStack.PORTAAL_TENANT).then().extract().asString()
                        .contains(AFDELING));
    }

    /**
     * A declaration of the model letter (option 1, the personeelshandboek) in force since 2024, with its choice of
     * vertrouwenspersonen ({@code POOL}, {@code EIGEN} or {@code BEIDE}): what the tests' organisations declare.
     */
    static Map<String, Object> declaration(String vertrouwenspersoonKeuze) {
        Map<String, Object> declaration = new HashMap<>();
        declaration.put("regulationVersion", "klachtenregeling-2021");
        declaration.put("option", "PERSONEELSHANDBOEK");
        declaration.put("effectiveFrom", "2024-06-01");
        declaration.put("signedBy", "Fractievoorzitter");
        declaration.put("signedOn", "2024-05-20");
        declaration.put("vertrouwenspersoonKeuze", vertrouwenspersoonKeuze);
        return declaration;
    }

    /**
     * The demo organisation's declaration in force (option 1, the shared and own VPs, from 1 June 2024, as the other
     * portal tests declare it; 409: one of them did already), and melding-service's public directory listing it: the
     * portal offers an organisation on its start page and in its forms once that directory has it, which follows
     * tenants.v1 asynchronously, so this waits for it (the portal of these tests keeps the directory no time).
     */
    static void declareOrganisation(PlatformStack stack) {
        String fractieAdmin = TestTokens.as("fractie-admin").tenant(PlatformStack.PORTAAL_TENANT)
                .subject("00000000-0000-4000-8000-000000000002").sign();
        int inForce = given().baseUri(stack.service("klacht-service").baseUri()).auth().oauth2(fractieAdmin)
                .get("/tenants/{t}/declarations/in-force", PlatformStack.PORTAAL_TENANT).then().extract().statusCode();
        if (inForce != 200) {
            Map<String, Object> declaration = declaration("BEIDE");
            given().baseUri(stack.service("klacht-service").baseUri()).auth().oauth2(fractieAdmin)
                    .contentType(ContentType.JSON).body(declaration)
                    .post("/tenants/{t}/declarations", PlatformStack.PORTAAL_TENANT).then()
                    .statusCode(anyOf(is(201), is(409)));
        }
        awaitListed(stack, PlatformStack.PORTAAL_TENANT);
    }

    /**
     * Waits until melding-service's public directory (GET /organisaties, no token) lists the organisation with its
     * declaration in force: only then can a complaint name it as an employer.
     */
    static void awaitListed(PlatformStack stack, String tenantId) {
        await("melding-service's directory lists " + tenantId + " as declared").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Boolean.TRUE.equals(given().baseUri(stack.service("melding-service").baseUri())
                        .get("/organisaties").then().extract().jsonPath()
                        .get("find { it.id == '" + tenantId + "' }.declarationInForce")));
    }

    /** The realm's demo vertrouwenspersoon, appointed to the shared pool (once). */
    static void appointVertrouwenspersoon(PlatformStack stack) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", VERTROUWENSPERSOON_SUB);
        body.put("name", VERTROUWENSPERSOON_NAAM);
        body.put("email", "vertrouwenspersoon@meldpunt.example");
        body.put("functionCategory", "STAFF");
        body.put("appointedFrom", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
        given().baseUri(stack.service("melding-service").baseUri()).auth().oauth2(platformAdmin())
                .contentType(ContentType.JSON).body(body).post("/vertrouwenspersonen").then()
                .statusCode(anyOf(is(201), is(409)));
    }

    /** Signs in at Keycloak's own login form (the portal never sees the password) and arrives at "Mijn overzicht". */
    static void signIn(Browser browser, PlatformStack stack, String portaal, String user) {
        browser.open("/inloggen");
        assertThat(browser.driver.getCurrentUrl()).startsWith(stack.keycloak.issuer);
        browser.find("#username").sendKeys(user);
        browser.find("#password").sendKeys(PASSWORD);
        browser.press("#kc-login");
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(portaal + "/mijn");
    }

    static String platformAdmin() {
        return TestTokens.as("platform-admin").tenant("tk").subject("ops").sign();
    }
}
