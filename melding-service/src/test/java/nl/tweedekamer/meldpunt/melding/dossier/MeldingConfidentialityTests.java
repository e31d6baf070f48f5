package nl.tweedekamer.meldpunt.melding.dossier;

import static io.restassured.RestAssured.given;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intervention;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.melder;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.ownVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.melding.support.Database;
import nl.tweedekamer.meldpunt.melding.support.LogCapture;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TestTokens;
import nl.tweedekamer.meldpunt.testing.TopicReader;
import nl.tweedekamer.meldpunt.testing.TopicWriter;

/**
 * Only the melder and the VP the melding is addressed to read it (art 5.2, domain.md §2, §7): no employer, HR
 * portal, administrator or commission member, no other VP, no other member of staff. Every read is audited;
 * content and identity lie in the database only as ciphertext and never reach an event or a log line.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class MeldingConfidentialityTests {

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void captureLogs() {
        LogCapture.install();
    }

    @Test
    void noEmployerHrAdministratorOrCommissionTokenReadsAnyMelding() {
        String tenant = fractie("BEIDE");
        UUID vp = poolVp();
        String id = report(UUID.randomUUID().toString(), tenant, intake(vp, planted()));
        for (String role : List.of(Roles.EMPLOYER, Roles.HR_PORTAL, Roles.PLATFORM_ADMIN, Roles.FRACTIE_ADMIN,
                Roles.COMMISSION_MEMBER, Roles.COMMISSION_SECRETARY, Roles.SERVICE)) {
            String token = TestTokens.as(role).tenant(tenant).sign();
            given().auth().oauth2(token).get("/meldingen/{id}", id).then().statusCode(403).contentType(PROBLEM);
            given().auth().oauth2(token).get("/meldingen").then().statusCode(403);
            given().auth().oauth2(token).get("/vertrouwenspersoon/meldingen").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("text", "x"))
                    .post("/meldingen/{id}/berichten", id).then().statusCode(403);
        }
        // not even with the employee role beside it: such a person is not the melder
        given().auth().oauth2(TestTokens.as(Roles.EMPLOYEE, Roles.EMPLOYER).tenant(tenant).sign())
                .get("/meldingen/{id}", id).then().statusCode(404);
        given().get("/meldingen/{id}", id).then().statusCode(401);
    }

    @Test
    void aVpCannotReadAMeldingAddressedToAnotherVp() {
        String tenant = fractie("BEIDE");
        UUID addressed = poolVp();
        UUID other = poolVp();
        UUID own = ownVp(tenant);
        String id = report(UUID.randomUUID().toString(), tenant, intake(addressed, planted()));
        vp(other).get("/meldingen/{id}", id).then().statusCode(404).contentType(PROBLEM);
        vp(own, tenant).get("/meldingen/{id}", id).then().statusCode(404);
        vp(other).body(intervention("GEHOORD", "1.00")).post("/meldingen/{id}/interventies", id).then().statusCode(404);
        vp(other).get("/vertrouwenspersoon/meldingen").then().statusCode(200).body("meldingId", not(hasItem(id)));
        vp(addressed).get("/meldingen/{id}", id).then().statusCode(200);
    }

    @Test
    void aFractiesOwnVpActsOnlyWithinItsFractie() {
        String tenant = fractie("EIGEN");
        UUID own = ownVp(tenant);
        String id = report(UUID.randomUUID().toString(), tenant, intake(own, planted()));
        vp(own, tenant).get("/meldingen/{id}", id).then().statusCode(200);
        vp(own, fractie("EIGEN")).get("/meldingen/{id}", id).then().statusCode(404);
        vp(own).get("/meldingen/{id}", id).then().statusCode(404);
        vp(own, fractie("EIGEN")).get("/vertrouwenspersoon/meldingen").then().statusCode(200)
                .body("meldingId", not(hasItem(id)));
    }

    @Test
    void anotherMemberOfStaffOfTheSameOrganisationReadsNothing() {
        String tenant = fractie("POOL");
        String subject = UUID.randomUUID().toString();
        String id = report(subject, tenant, intake(poolVp(), planted()));
        melder(UUID.randomUUID().toString(), tenant).get("/meldingen/{id}", id).then().statusCode(404);
        melder(UUID.randomUUID().toString(), tenant).get("/meldingen").then().statusCode(200)
                .body("meldingId", not(hasItem(id)));
        // the same person id in another organisation's token is still the melder: the subject identifies them
        melder(subject, tenant).get("/meldingen/{id}", id).then().statusCode(200);
    }

    @Test
    void everyReadByAPersonIsRecordedInTheAuditTrailWithoutContent() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String subject = UUID.randomUUID().toString();
        String text = planted();
        String id = report(subject, tenant, intake(vp, text));
        vp(vp).get("/meldingen/{id}", id).then().statusCode(200);
        vp(vp).get("/meldingen/{id}", id).then().statusCode(200);
        melder(subject, tenant).get("/meldingen/{id}", id).then().statusCode(200);
        vp(poolVp()).get("/meldingen/{id}", id).then().statusCode(404);

        List<Map<String, String>> trail = Database.rows(dataSource,
                "select * from melding_audit where melding_id = ? order by occurred_at", UUID.fromString(id));
        assertThat(trail).extracting(r -> r.get("action") + "/" + r.get("actor") + "/" + r.get("actor_id"))
                .containsExactly("RECEIVED/MELDER/null", "READ/VERTROUWENSPERSOON/" + vp,
                        "READ/VERTROUWENSPERSOON/" + vp, "READ/MELDER/null");
        assertThat(trail.toString()).doesNotContain(text, subject);
    }

    @Test
    void contentAndIdentityLieInTheDatabaseOnlyAsCiphertext() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String subject = UUID.randomUUID().toString();
        String text = planted();
        String name = "Naam" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = intake(vp, text);
        body.put("identity", Map.of("name", name, "email", name + "@melder.example", "phone", "0612345678"));
        body.put("emailWanted", true);
        String id = report(subject, tenant, body);
        String message = planted();
        String note = planted();
        melder(subject, tenant).body(Map.of("text", message)).post("/meldingen/{id}/berichten", id).then()
                .statusCode(201);
        Map<String, Object> withNote = intervention("ANALYSE_MET_HANDVATTEN", "1.00");
        withNote.put("note", note);
        vp(vp).body(withNote).post("/meldingen/{id}/interventies", id).then().statusCode(201);

        UUID meldingId = UUID.fromString(id);
        String atRest = Database.rows(dataSource, "select * from melding where id = ?", meldingId).toString()
                + Database.rows(dataSource, "select * from melding_bericht where melding_id = ?", meldingId)
                + Database.rows(dataSource, "select * from melding_interventie where melding_id = ?", meldingId)
                + Database.rows(dataSource, "select * from melding_data_key where melding_id = ?", meldingId)
                + Database.rows(dataSource, "select * from tenant_key where tenant_id = ?", tenant);
        assertThat(atRest).contains(id).doesNotContain(text, message, note, name, "melder.example", "0612345678",
                subject);
        // and yet both parties read it back
        vp(vp).get("/meldingen/{id}", id).then().statusCode(200)
                .body("description", org.hamcrest.Matchers.equalTo(text))
                .body("identity.phone", org.hamcrest.Matchers.equalTo("0612345678"));
    }

    @Test
    void aPlantedNameAndTextAppearInNoEventAndNoLogLine() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String subject = UUID.randomUUID().toString();
        String text = planted();
        String name = "Naam" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = intake(vp, text);
        body.put("identity", Map.of("name", name, "email", name + "@melder.example"));
        String id = report(subject, tenant, body);
        vp(vp).body(Map.of("text", text + " antwoord")).post("/meldingen/{id}/berichten", id).then().statusCode(201);
        melder(subject, tenant).body(Map.of("scope", "OVERDRACHT_KLACHT")).post("/meldingen/{id}/toestemmingen", id)
                .then().statusCode(201);
        vp(vp).post("/meldingen/{id}/overdracht-naar-klacht", id).then().statusCode(201);
        String reference = vp(vp).body(Map.of("outcome", "KLACHT_INGEDIEND", "confirmation", text + " gesloten, " + name))
                .post("/meldingen/{id}/sluiting", id).then().statusCode(200).extract().path("reference");
        // refused steps write nothing either
        vp(poolVp()).body(Map.of("text", text)).post("/meldingen/{id}/berichten", id).then().statusCode(404);
        // and destruction logs that it happened, by id
        TopicWriter.send(Topics.TERMIJN_EVENTS, id, "/meldpunt/termijn-service",
                "nl.tweedekamer.termijn.termijn-verstreken.v1", tenant, reference, "{\"termId\":\"" + UUID.randomUUID()
                        + "\",\"term\":\"T6\",\"tenantId\":\"" + tenant + "\",\"caseId\":\"" + id
                        + "\",\"caseReference\":\"" + reference + "\",\"appointmentId\":null,"
                        + "\"employerTenantId\":null,\"dueOn\":\"2028-11-29\",\"lapsedOn\":\"2028-11-30\"}");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> TopicReader.withKey(Topics.MELDING_EVENTS, id).size() >= 4);
        String events = TopicReader.all(Topics.MELDING_EVENTS).toString();
        assertThat(events).contains(id).doesNotContain(text, name, "melder.example", "PESTEN", "AFD-COMMUNICATIE");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> LogCapture.lines().stream().anyMatch(l -> l.contains("melding " + id + " destroyed")));
        assertThat(LogCapture.lines()).noneMatch(l -> l.contains(text) || l.contains(name));
    }
}
