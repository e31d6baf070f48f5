package nl.tweedekamer.meldpunt.portaal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.portaal.melding.OrganisatieGids;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService;

@QuarkusTest
@WithTestResource(NepMeldingService.class)
class StartPaginaTests {

    @Inject
    OrganisatieGids gids;

    @BeforeEach
    void wis() {
        NepMeldingService.wis();
        gids.vergeet();
    }

    @Test
    void startPageExplainsMeldingAndKlachtAndNamesTheVertrouwenspersonenPerOrganisation() {
        String html = given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        assertThat(html).contains("<html lang=\"nl\"", "<h1 class=\"utrecht-heading-1\">Melden van ongewenst gedrag",
                "<title>Melden van ongewenst gedrag op het werk - ", "Wat is een melding?", "Wat is een klacht?",
                "Fractie Voorbeeld", "Anna de Vries", "gedeelde pool", "href=\"/anoniem-melden\"",
                "href=\"/inloggen\"", "href=\"/privacy\"", "href=\"/toegankelijkheid\"", "112", "huisarts",
                "bedrijfsarts", "/css/portaal.css");
        assertThat(html.split("<h1", -1)).hasSize(2);
    }

    @Test
    void theNamesAreReadWithAShortLivedTokenWithoutAnyRoleNamingTheOrganisation() throws Exception {
        given().get("/").then().statusCode(200);
        NepMeldingService.Verzoek lijst = NepMeldingService
                .laatste("GET /tenants/fractie-voorbeeld/vertrouwenspersonen/available").orElseThrow();
        String token = lijst.kop("Authorization").substring("Bearer ".length());
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims).contains("\"tenant\":\"fractie-voorbeeld\"", "\"aud\":\"melding-service\"",
                "\"sub\":\"portaal\"").doesNotContain("groups");
    }

    @Test
    void everyRouteAnEmailLinksToIsAPageOfThePortal() {
        for (String route : nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes.ALL) {
            String path = route.replaceAll("\\{tenantId}", "fractie-voorbeeld")
                    .replaceAll("\\{[a-zA-Z]+}", java.util.UUID.randomUUID().toString());
            // pages of their own, behind sign-in (no identity provider here)
            given().redirects().follow(false).get(path).then().statusCode(401);
        }
    }

    @Test
    void everyPageRunsOnlyThePortalsOwnScriptFileAndForbidsFramingSniffingAndCaching() {
        for (String pagina : new String[] { "/", "/anoniem-melden", "/terugkeren", "/privacy", "/toegankelijkheid" }) {
            given().get(pagina).then().statusCode(200)
                    .header("Cache-Control", equalTo("no-store"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    // no inline script: the one script element loads the portal's own file
                    .body(not(containsString("<script>")))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .body(containsString("href=\"/privacy\""))
                    .body(containsString("href=\"/toegankelijkheid\""));
        }
        given().get("/css/portaal.css").then().statusCode(200).body(containsString(".utrecht-button"))
                .body(containsString(".meldpunt-theme"));
        given().get("/js/concept.js").then().statusCode(200).body(containsString("form[data-concept]"));
    }

    @Test
    void englishThroughTheBrowsersLanguageOrTheLanguageLinkWhichIsRemembered() {
        given().header("Accept-Language", "en-GB,en;q=0.9").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\"")).body(containsString("Reporting unwanted behaviour at work"));
        given().header("Accept-Language", "de,fr").get("/").then().body(containsString("<html lang=\"nl\""));
        String cookie = given().get("/?lang=en").then().statusCode(200)
                .body(containsString("<title>Reporting unwanted behaviour at work")).extract().cookie("taal");
        assertThat(cookie).isEqualTo("en");
        given().cookie("taal", "en").get("/privacy").then().body(containsString("<h1 class=\"utrecht-heading-1\">Privacy statement"));
    }

    @Test
    void everyPageOffersSignInAndThePersonalPagesNeedIt() {
        given().get("/").then().statusCode(200).body(containsString("href=\"/inloggen\""))
                .body(org.hamcrest.Matchers.not(containsString("href=\"/uitloggen\"")));
        // no identity provider in this test: what needs sign-in is refused, never shown
        String melding = "/meldingen/" + java.util.UUID.randomUUID();
        for (String pagina : new String[] { "/inloggen", "/mijn", "/mijn/meldingen", "/uitloggen",
                "/organisaties/fractie-voorbeeld/verklaring", "/mijn/meldingen/nieuw", "/vertrouwenspersoon/meldingen",
                melding, melding + "/inzage", "/commissie/klachten", "/mijn/klachten",
                "/klachten/" + java.util.UUID.randomUUID(), "/organisaties/fractie-voorbeeld/personeel",
                "/organisaties/fractie-voorbeeld/regeling", "/organisaties/fractie-voorbeeld/beslisser",
                "/organisaties/fractie-voorbeeld/afdelingen", "/beheer/organisaties", "/beheer/commissie",
                "/beheer/vertrouwenspersonen", "/beheer/atw", "/techniek/bezorging", "/commissie/agenda" }) {
            given().redirects().follow(false).get(pagina).then().statusCode(401);
        }
    }
}
