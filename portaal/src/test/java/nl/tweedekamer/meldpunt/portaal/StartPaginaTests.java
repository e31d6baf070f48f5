package nl.tweedekamer.meldpunt.portaal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftWerkgevers;
import nl.tweedekamer.meldpunt.portaal.melding.OrganisatieGids;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService;
import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService.Antwoord;

@QuarkusTest
@WithTestResource(NepMeldingService.class)
class StartPaginaTests {

    @Inject
    OrganisatieGids gids;

    @Inject
    KlaagschriftWerkgevers werkgevers;

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
    void theOrganisationsComeFromMeldingServicesPublicDirectoryReadWithoutATokenAndKeptForAMinute() {
        given().get("/").then().statusCode(200);
        given().get("/anoniem-melden").then().statusCode(200);
        List<NepMeldingService.Verzoek> gelezen = NepMeldingService.verzoeken().stream()
                .filter(v -> v.pad().equals("/organisaties")).toList();
        assertThat(gelezen).hasSize(1);
        assertThat(gelezen.get(0).kop("Authorization")).isNull();
        assertThat(NepMeldingService.verzoeken()).noneMatch(v -> v.pad().startsWith("/tenants/"));
    }

    @Test
    void aNewOrganisationIsOfferedOnTheStartPageAndInTheAnonymousFormAndOnceDeclaredAsAnEmployerWithoutAnySetting() {
        NepMeldingService.antwoord("GET /organisaties", Antwoord.json(200, "["
                + "{\"id\":\"fractie-oost\",\"name\":\"Fractie Oost\",\"declarationInForce\":false,"
                + "\"vertrouwenspersonen\":[{\"personId\":\"" + NepMeldingService.VP_ID + "\",\"name\":\"Anna de Vries\","
                + "\"kind\":\"POOL\"}],\"departments\":[]},"
                + "{\"id\":\"fractie-voorbeeld\",\"name\":\"Fractie Voorbeeld\",\"declarationInForce\":true,"
                + "\"vertrouwenspersonen\":[{\"personId\":\"" + NepMeldingService.VP_ID + "\",\"name\":\"Anna de Vries\","
                + "\"kind\":\"POOL\"}],\"departments\":[]},"
                + "{\"id\":\"fractie-zuid\",\"name\":\"Fractie Zuid\",\"declarationInForce\":true,\"vertrouwenspersonen\":[{\"personId\":\""
                + NepMeldingService.VP_ID + "\",\"name\":\"Anna de Vries\",\"kind\":\"POOL\"},"
                + "{\"personId\":\"7a2e8b63-4d8f-4c62-8e2f-3b0a3a2c9d12\",\"name\":\"Bram Eigen\",\"kind\":\"EIGEN\"}],"
                + "\"departments\":[]}]"));
        gids.vergeet();
        // the pool of vertrouwenspersonen is open to everyone, declared or not
        assertThat(given().get("/").then().statusCode(200).extract().asString())
                .contains("<h3 class=\"utrecht-heading-3\">Fractie Oost</h3>",
                        "<h3 class=\"utrecht-heading-3\">Fractie Voorbeeld</h3>",
                        "<h3 class=\"utrecht-heading-3\">Fractie Zuid</h3>", "Bram Eigen");
        assertThat(given().get("/anoniem-melden").then().statusCode(200).extract().asString())
                .contains("Fractie Oost", "Fractie Zuid", "7a2e8b63-4d8f-4c62-8e2f-3b0a3a2c9d12");
        // a complaint names only an employer whose declaration is in force
        assertThat(werkgevers.alle()).extracting(KlaagschriftWerkgevers.Werkgever::id)
                .containsExactly("fractie-voorbeeld", "fractie-zuid");
        assertThat(werkgevers.naam("fractie-zuid")).isEqualTo("Fractie Zuid");
    }

    @Test
    void whenTheDirectoryCannotBeReadTheStartPageSaysSoAndAsksAgainNextTime() {
        NepMeldingService.antwoord("GET /organisaties",
                Antwoord.probleem(503, "{\"title\":\"Unavailable\",\"status\":503}", java.util.Map.of()));
        assertThat(given().get("/").then().statusCode(200).extract().asString())
                .contains("kunnen we nu niet laten zien").doesNotContain("Anna de Vries")
                .doesNotContain("Er is nog geen organisatie");
        NepMeldingService.wis();
        assertThat(given().get("/").then().statusCode(200).extract().asString())
                .contains("Fractie Voorbeeld", "Anna de Vries").doesNotContain("kunnen we nu niet laten zien");
    }

    @Test
    void whenNoOrganisationTakesMeldingenYetTheStartPageSaysSo() {
        NepMeldingService.antwoord("GET /organisaties", Antwoord.json(200, "[]"));
        assertThat(given().get("/").then().statusCode(200).extract().asString())
                .contains("Er is nog geen organisatie waar u een melding kunt doen.")
                .doesNotContain("kunnen we nu niet laten zien");
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
