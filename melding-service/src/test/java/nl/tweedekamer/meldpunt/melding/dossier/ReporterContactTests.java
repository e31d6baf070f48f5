package nl.tweedekamer.meldpunt.melding.dossier;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.anonymous;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.freshAddress;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.as;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.service;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** notificatie-service fetches a named melder's address at send time, only if they asked to be emailed. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class ReporterContactTests {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aNamedMelderWhoAskedToBeEmailedIsLookedUpByTheServiceOnly() {
        String tenant = fractie("POOL");
        String subject = UUID.randomUUID().toString();
        Map<String, Object> body = intake(poolVp(), planted());
        body.put("identity", Map.of("email", "melder@voorbeeld.example"));
        body.put("emailWanted", true);
        String id = report(subject, tenant, body);

        service().get("/internal/meldingen/{id}/contacts/reporter", id).then().statusCode(200)
                .body("id", equalTo(subject))
                .body("email", equalTo("melder@voorbeeld.example"));
        for (String role : new String[] { Roles.PLATFORM_ADMIN, Roles.EMPLOYER, Roles.VERTROUWENSPERSOON,
                Roles.EMPLOYEE }) {
            as(role, tenant).get("/internal/meldingen/{id}/contacts/reporter", id).then().statusCode(403);
        }
    }

    @Test
    void noAddressWhenTheMelderDidNotAskWasAnonymousOrTheMeldingIsUnknown() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        Map<String, Object> body = intake(vp, planted());
        body.put("identity", Map.of("email", "wil-geen-mail@voorbeeld.example"));
        String notAsked = report(UUID.randomUUID().toString(), tenant, body);
        service().get("/internal/meldingen/{id}/contacts/reporter", notAsked).then().statusCode(404)
                .contentType(PROBLEM);

        Map<String, Object> anon = intake(vp, planted());
        anon.put("tenantId", tenant);
        String anonymousId = anonymous(freshAddress()).body(anon).post("/mailbox/meldingen").then().statusCode(201)
                .extract().path("meldingId");
        service().get("/internal/meldingen/{id}/contacts/reporter", anonymousId).then().statusCode(404);
        service().get("/internal/meldingen/{id}/contacts/reporter", UUID.randomUUID()).then().statusCode(404);
        vp(vp).get("/meldingen/{id}", notAsked).then().statusCode(200).body("emailWanted", equalTo(false));
    }
}
