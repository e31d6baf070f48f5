package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.appointment;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.awaitEvents;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.employee;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractieAdmin;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.platformAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * A fractie's own vertrouwenspersonen (domain.md §1): appointed by its administrator only where its
 * declaration in force chooses EIGEN or BEIDE, and offered to its staff beside the shared pool.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class EigenVertrouwenspersoonResourceTests {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aFractieWhoseDeclarationChoosesEigenOrBeideAppointsItsOwn() {
        for (String keuze : List.of("EIGEN", "BEIDE")) {
            String tenant = fractie(keuze);
            UUID personId = UUID.randomUUID();
            Map<String, Object> body = appointment(personId);
            fractieAdmin(tenant).body(body).post("/tenants/{t}/vertrouwenspersonen", tenant).then().statusCode(201)
                    .header("Location", containsString("/tenants/" + tenant + "/vertrouwenspersonen/" + personId))
                    .body("kind", equalTo("EIGEN"))
                    .body("tenantId", equalTo(tenant));

            TopicReader.Event event = awaitEvents(personId, 1).get(0);
            assertThat(event.type()).isEqualTo("nl.tweedekamer.melding.vertrouwenspersoon-benoemd.v1");
            assertThat(event.tenantId()).isEqualTo(tenant);
            assertThat(event.json()).contains("\"kind\":\"EIGEN\"", "\"tenantId\":\"" + tenant + "\"")
                    .doesNotContain((String) body.get("name"), (String) body.get("email"));
        }
    }

    @Test
    void aFractieWhoseDeclarationChoosesThePoolOrThatHasNoneAppointsNoOwn() {
        String pool = fractie("POOL");
        fractieAdmin(pool).body(appointment(UUID.randomUUID())).post("/tenants/{t}/vertrouwenspersonen", pool)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("chooses POOL"));

        String undeclared = fractie(null);
        fractieAdmin(undeclared).body(appointment(UUID.randomUUID()))
                .post("/tenants/{t}/vertrouwenspersonen", undeclared)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("no declaration in force"));
    }

    @Test
    void ownVpsAreRenewedOnceAndEndedLikeThePool() {
        String tenant = fractie("BEIDE");
        UUID personId = UUID.randomUUID();
        fractieAdmin(tenant).body(appointment(personId)).post("/tenants/{t}/vertrouwenspersonen", tenant).then()
                .statusCode(201);
        fractieAdmin(tenant).post("/tenants/{t}/vertrouwenspersonen/{p}/renewal", tenant, personId).then()
                .statusCode(200).body("renewals", equalTo(1));
        fractieAdmin(tenant).post("/tenants/{t}/vertrouwenspersonen/{p}/renewal", tenant, personId).then()
                .statusCode(409).contentType(PROBLEM);
        fractieAdmin(tenant).body(Map.of("reason", "AT_OWN_REQUEST"))
                .post("/tenants/{t}/vertrouwenspersonen/{p}/end", tenant, personId).then().statusCode(200);

        TopicReader.Event ended = awaitEvents(personId, 3).get(2);
        assertThat(ended.type()).isEqualTo("nl.tweedekamer.melding.vertrouwenspersoon-ontslagen.v1");
        assertThat(ended.tenantId()).isEqualTo(tenant);
        assertThat(ended.json()).contains("\"reason\":\"AT_OWN_REQUEST\"");
    }

    @Test
    void availableVpsAreThePoolForEveryoneAndTheOwnWhereTheDeclarationChoosesThem() {
        UUID poolVp = UUID.randomUUID();
        platformAdmin().body(appointment(poolVp)).post("/vertrouwenspersonen").then().statusCode(201);
        String beide = fractie("BEIDE");
        UUID ownVp = UUID.randomUUID();
        Map<String, Object> own = appointment(ownVp);
        fractieAdmin(beide).body(own).post("/tenants/{t}/vertrouwenspersonen", beide).then().statusCode(201);
        UUID endedVp = UUID.randomUUID();
        fractieAdmin(beide).body(appointment(endedVp)).post("/tenants/{t}/vertrouwenspersonen", beide).then()
                .statusCode(201);
        fractieAdmin(beide).body(Map.of("reason", "PLAUSIBLY_INVOLVED"))
                .post("/tenants/{t}/vertrouwenspersonen/{p}/end", beide, endedVp).then().statusCode(200);

        employee(beide).get("/tenants/{t}/vertrouwenspersonen/available", beide).then().statusCode(200)
                .body("personId", hasItem(poolVp.toString()))
                .body("personId", hasItem(ownVp.toString()))
                .body("personId", not(hasItem(endedVp.toString())))
                .body("find { it.personId == '" + ownVp + "' }.name", equalTo(own.get("name")))
                .body("find { it.personId == '" + ownVp + "' }.kind", equalTo("EIGEN"))
                .body("find { it.personId == '" + poolVp + "' }.kind", equalTo("POOL"))
                .body("", everyItem(not(hasKey("email"))));

        // a fractie on the pool alone, and one without a declaration, see the pool and no fractie's own
        for (String other : List.of(fractie("POOL"), fractie(null))) {
            employee(other).get("/tenants/{t}/vertrouwenspersonen/available", other).then().statusCode(200)
                    .body("personId", hasItem(poolVp.toString()))
                    .body("kind", everyItem(equalTo("POOL")));
        }
    }
}
