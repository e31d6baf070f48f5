package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.awaitEvents;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.melder;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.ownVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractieAdmin;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.platformAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
 * Art 4.3: when a VP is plausibly involved, their appointment ends and their open meldingen move to another VP
 * at once; the new VP reads them from then on, the involved one no longer.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class InvolvedVertrouwenspersoonTests {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anInvolvedPoolVpsAppointmentEndsAndTheOpenMeldingMovesToAnotherPoolVpAtOnce() {
        String tenant = fractie("POOL");
        UUID involved = poolVp();
        poolVp();
        String subject = UUID.randomUUID().toString();
        String id = report(subject, tenant, intake(involved, planted()));

        platformAdmin().body(Map.of("reason", "PLAUSIBLY_INVOLVED")).post("/vertrouwenspersonen/{p}/end", involved)
                .then().statusCode(200);

        List<TopicReader.Event> events = awaitEvents(id, 2);
        TopicReader.Event moved = events.get(1);
        assertThat(moved.type()).isEqualTo("nl.tweedekamer.melding.vertrouwenspersoon-gewisseld.v1");
        assertThat(moved.json()).contains("\"previousVertrouwenspersoonId\":\"" + involved + "\"",
                "\"reason\":\"PLAUSIBLY_INVOLVED\"", "\"vertrouwenspersoonKind\":\"POOL\"");
        UUID successor = UUID.fromString(moved.json().replaceAll(".*\"vertrouwenspersoonId\":\"([^\"]+)\".*", "$1"));
        assertThat(successor).isNotEqualTo(involved);

        vp(involved).get("/meldingen/{id}", id).then().statusCode(404);
        vp(successor).get("/meldingen/{id}", id).then().statusCode(200);
        melder(subject, tenant).get("/meldingen/{id}", id).then().statusCode(200)
                .body("vertrouwenspersoon.personId", equalTo(successor.toString()));
    }

    @Test
    void anInvolvedOwnVpsMeldingMovesToAnotherOwnVpOfTheFractie() {
        String tenant = fractie("EIGEN");
        UUID involved = ownVp(tenant);
        UUID colleague = ownVp(tenant);
        String id = report(UUID.randomUUID().toString(), tenant, intake(involved, planted()));
        // a closed file of the involved VP stays closed where it is
        String closed = report(UUID.randomUUID().toString(), tenant, intake(involved, planted()));
        vp(involved, tenant).body(Map.of("outcome", "ONBEKEND", "confirmation", "Gesloten."))
                .post("/meldingen/{id}/sluiting", closed).then().statusCode(200);

        fractieAdmin(tenant).body(Map.of("reason", "PLAUSIBLY_INVOLVED"))
                .post("/tenants/{t}/vertrouwenspersonen/{p}/end", tenant, involved).then().statusCode(200);

        vp(colleague, tenant).get("/meldingen/{id}", id).then().statusCode(200)
                .body("vertrouwenspersoon.kind", equalTo("EIGEN"));
        vp(involved, tenant).get("/meldingen/{id}", id).then().statusCode(404);
        vp(colleague, tenant).get("/meldingen/{id}", closed).then().statusCode(404);
    }

    @Test
    void anAppointmentEndedForAnotherReasonKeepsItsFilesUntilTheAdministratorHandsThemOver() {
        String tenant = fractie("POOL");
        UUID leaving = poolVp();
        UUID successor = poolVp();
        String open = report(UUID.randomUUID().toString(), tenant, intake(leaving, planted()));
        String closed = report(UUID.randomUUID().toString(), tenant, intake(leaving, planted()));
        vp(leaving).body(Map.of("outcome", "OPGELOST", "confirmation", "Gesloten."))
                .post("/meldingen/{id}/sluiting", closed).then().statusCode(200);
        platformAdmin().body(Map.of("successorId", successor.toString()))
                .post("/vertrouwenspersonen/{p}/overdracht", leaving).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("art 5.7"));

        platformAdmin().body(Map.of("reason", "AT_OWN_REQUEST")).post("/vertrouwenspersonen/{p}/end", leaving)
                .then().statusCode(200);
        awaitEvents(leaving.toString(), 2);
        assertThat(TopicReader.withKey(nl.tweedekamer.meldpunt.platform.event.Topics.MELDING_EVENTS, open))
                .hasSize(1);

        platformAdmin().body(Map.of("successorId", UUID.randomUUID().toString()))
                .post("/vertrouwenspersonen/{p}/overdracht", leaving).then().statusCode(400);
        nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.employee(tenant)
                .body(Map.of("successorId", successor.toString()))
                .post("/vertrouwenspersonen/{p}/overdracht", leaving).then().statusCode(403);
        platformAdmin().body(Map.of("successorId", successor.toString()))
                .post("/vertrouwenspersonen/{p}/overdracht", leaving).then().statusCode(200)
                .body("moved", equalTo(2))
                .body("description", org.hamcrest.Matchers.nullValue());

        vp(successor).get("/meldingen/{id}", open).then().statusCode(200);
        vp(successor).get("/meldingen/{id}", closed).then().statusCode(200);
        assertThat(awaitEvents(open, 2).get(1).json()).contains("\"reason\":\"AT_OWN_REQUEST\"",
                "\"previousVertrouwenspersoonId\":\"" + leaving + "\"");
    }
}
