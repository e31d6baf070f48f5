package nl.tweedekamer.meldpunt.melding.dossier;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.melder;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.as;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.platformAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.melding.support.Database;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * The audit trail (domain.md §7): every read by a person is recorded, the lines are append-only, and they are read
 * only by the melding's two parties (its own trail) and by the platform administrator (ids, roles, actions and
 * times of all meldingen, never content); every other role is refused.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class AuditTrailTests {

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private record Case(String tenant, UUID vp, String subject, String id, String text, String reference) {
    }

    private static Case aReadMelding() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String subject = UUID.randomUUID().toString();
        String text = planted();
        String id = report(subject, tenant, intake(vp, text));
        String reference = vp(vp).get("/meldingen/{id}", id).then().statusCode(200).extract().path("reference");
        return new Case(tenant, vp, subject, id, text, reference);
    }

    @Test
    void theMelderAndTheirVpReadTheTrailOfTheirMeldingAndNobodyElseOfThemDoes() {
        Case c = aReadMelding();
        melder(c.subject, c.tenant).get("/meldingen/{id}/audit", c.id).then().statusCode(200)
                .body("action", hasItems("RECEIVED", "READ"))
                .body("find { it.action == 'READ' }.actor", equalTo("VERTROUWENSPERSOON"))
                .body("find { it.action == 'READ' }.actorId", equalTo(c.vp.toString()))
                .body("meldingId", everyItem(equalTo(c.id)));
        String asVp = vp(c.vp).get("/meldingen/{id}/audit", c.id).then().statusCode(200).extract().asString();
        assertThat(asVp).doesNotContain(c.text, c.subject, c.reference, c.tenant);

        // another VP and another melder: the same 404 as for a melding that does not exist
        vp(poolVp()).get("/meldingen/{id}/audit", c.id).then().statusCode(404).contentType(PROBLEM);
        melder(UUID.randomUUID().toString(), c.tenant).get("/meldingen/{id}/audit", c.id).then().statusCode(404);
        // every other role is refused outright, the platform administrator too (it has its own view)
        for (String role : List.of(Roles.EMPLOYER, Roles.HR_PORTAL, Roles.FRACTIE_ADMIN, Roles.COMMISSION_MEMBER,
                Roles.COMMISSION_SECRETARY, Roles.SERVICE, Roles.PLATFORM_ADMIN)) {
            as(role, c.tenant).get("/meldingen/{id}/audit", c.id).then().statusCode(403);
        }
        RestAssured.given().get("/meldingen/{id}/audit", c.id).then().statusCode(401);
    }

    @Test
    void thePlatformAdministratorSeesIdsRolesActionsAndTimesButNoContentOrReference() {
        Case c = aReadMelding();
        String json = platformAdmin().queryParam("meldingId", c.id).get("/audit/meldingen").then().statusCode(200)
                .body("action", hasItems("RECEIVED", "READ")).body("meldingId", everyItem(equalTo(c.id)))
                .extract().asString();
        assertThat(json).doesNotContain(c.text, c.subject, c.reference, c.tenant, "description", "reference");
        // newest first across meldingen, limited
        platformAdmin().queryParam("limit", 1).get("/audit/meldingen").then().statusCode(200)
                .body("size()", equalTo(1));

        for (String role : List.of(Roles.EMPLOYEE, Roles.VERTROUWENSPERSOON, Roles.EMPLOYER, Roles.HR_PORTAL,
                Roles.FRACTIE_ADMIN, Roles.COMMISSION_MEMBER, Roles.COMMISSION_SECRETARY, Roles.SERVICE)) {
            as(role, c.tenant).get("/audit/meldingen").then().statusCode(403);
        }
    }

    @Test
    void thePlatformAdministratorsReadingOfTheTrailIsItselfRecordedForTheMelderToSee() {
        Case c = aReadMelding();
        platformAdmin().queryParam("meldingId", c.id).get("/audit/meldingen").then().statusCode(200);
        melder(c.subject, c.tenant).get("/meldingen/{id}/audit", c.id).then().statusCode(200)
                .body("findAll { it.action == 'AUDIT_READ' }.actor", contains("PLATFORM_BEHEERDER"));
    }

    @Test
    void aWriteThatAnswersWithTheFileIsRecordedAsARead() {
        Case c = aReadMelding();
        int readsBefore = melder(c.subject, c.tenant).get("/meldingen/{id}/audit", c.id).then().statusCode(200)
                .extract().path("findAll { it.action == 'READ' }.size()");
        vp(c.vp).body(java.util.Map.of("outcome", "OPGELOST", "confirmation", "Je dossier wordt gesloten."))
                .post("/meldingen/{id}/sluiting", c.id).then().statusCode(200).body("description", equalTo(c.text));
        melder(c.subject, c.tenant).get("/meldingen/{id}/audit", c.id).then().statusCode(200)
                .body("findAll { it.action == 'READ' }.size()", equalTo(readsBefore + 1))
                .body("action", hasItems("CLOSED"));
    }

    @Test
    void badQueriesOfTheTrailAreClearProblems() {
        platformAdmin().queryParam("limit", 0).get("/audit/meldingen").then().statusCode(400).contentType(PROBLEM);
        platformAdmin().queryParam("from", "2026-05-02").queryParam("until", "2026-05-01").get("/audit/meldingen")
                .then().statusCode(400).contentType(PROBLEM);
        platformAdmin().queryParam("meldingId", "not-an-id").get("/audit/meldingen").then().statusCode(400)
                .contentType(PROBLEM);
    }

    /** PostgreSQL itself refuses to change or remove a line of the trail (H2 relies on the code, which only inserts). */
    @Test
    @Tag("postgres")
    void theDatabaseRefusesToUpdateOrDeleteAnAuditLine() throws SQLException {
        Case c = aReadMelding();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            assertThatThrownBy(() -> statement.executeUpdate(
                    "update melding_audit set action = 'CLOSED' where melding_id = '" + c.id + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "delete from melding_audit where melding_id = '" + c.id + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(Database.rows(dataSource, "select action from melding_audit where melding_id = ?",
                UUID.fromString(c.id))).extracting(r -> r.get("action")).contains("RECEIVED", "READ");
    }
}
