package nl.tweedekamer.meldpunt.melding.signalen;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.awaitEvents;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.melder;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.melding.support.Database;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TestTokens;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * Pattern signals (domain.md §4.8): three meldingen about one department make a proposal; the VP sends it only
 * for a unit large enough not to identify anyone, or with every melder's consent; the signal carries counts only.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class PatroonsignaalTests {

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private record Melder(String subject, String id) {
    }

    private static List<Melder> meldingen(String tenant, UUID vp, int n) {
        List<Melder> melders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String subject = UUID.randomUUID().toString();
            Map<String, Object> body = intake(vp, planted());
            body.put("department", "AFD-KLEIN");
            melders.add(new Melder(subject, report(subject, tenant, body)));
        }
        return melders;
    }

    @Test
    void aSignalIsRefusedForASmallUnitWithoutConsentAndSentWithIt() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        List<Melder> melders = meldingen(tenant, vp, 3);
        vp(vp).get("/vertrouwenspersoon/patroonsignalen").then().statusCode(200)
                .body("findAll { it.tenantId == '" + tenant + "' }", hasSize(1))
                .body("find { it.tenantId == '" + tenant + "' }.count", equalTo("< 5"));

        Map<String, Object> small = Map.of("tenantId", tenant, "departmentCode", "AFD-KLEIN", "unitSize", 4);
        vp(vp).body(small).post("/vertrouwenspersoon/patroonsignalen").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("consented"));
        for (Melder m : melders.subList(0, 2)) {
            melder(m.subject, tenant).body(Map.of("scope", "PATROONSIGNAAL")).post("/meldingen/{id}/toestemmingen", m.id)
                    .then().statusCode(201);
        }
        vp(vp).body(small).post("/vertrouwenspersoon/patroonsignalen").then().statusCode(409);
        melder(melders.get(2).subject, tenant).body(Map.of("scope", "PATROONSIGNAAL"))
                .post("/meldingen/{id}/toestemmingen", melders.get(2).id).then().statusCode(201);
        String signalId = vp(vp).body(small).post("/vertrouwenspersoon/patroonsignalen").then().statusCode(201)
                .extract().path("signalId");

        TopicReader.Event signal = awaitEvents(signalId, 1).get(0);
        assertThat(signal.type()).isEqualTo("nl.tweedekamer.melding.patroonsignaal.v1");
        assertThat(signal.tenantId()).isEqualTo(tenant);
        assertThat(signal.json()).contains("\"departmentCode\":\"AFD-KLEIN\"", "\"count\":\"< 5\"");
        for (Melder m : melders) {
            assertThat(signal.json()).doesNotContain(m.id, m.subject);
        }
        assertThat(signal.json()).doesNotContain(vp.toString());
    }

    @Test
    void aLargeEnoughUnitNeedsNoConsentButTooFewMeldingenMakeNoPattern() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        meldingen(tenant, vp, 2);
        Map<String, Object> large = Map.of("tenantId", tenant, "departmentCode", "AFD-KLEIN", "unitSize", 40);
        vp(vp).body(large).post("/vertrouwenspersoon/patroonsignalen").then().statusCode(409)
                .body("detail", containsString("at least 3"));
        meldingen(tenant, vp, 1);
        vp(vp).body(large).post("/vertrouwenspersoon/patroonsignalen").then().statusCode(201);
        // another VP, with no melding in that department, sends nothing about it
        vp(poolVp()).body(large).post("/vertrouwenspersoon/patroonsignalen").then().statusCode(404);
    }

    private static RequestSpecification as(String role, String tenant) {
        return given().auth().oauth2(TestTokens.as(role).subject(UUID.randomUUID().toString()).tenant(tenant).sign());
    }

    @Test
    void aSignalAboutTheSameDepartmentAndYearIsSentOnce() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        meldingen(tenant, vp, 3);
        Map<String, Object> large = Map.of("tenantId", tenant, "departmentCode", "AFD-KLEIN", "unitSize", 40);
        String first = vp(vp).body(large).post("/vertrouwenspersoon/patroonsignalen").then().statusCode(201)
                .extract().path("signalId");
        awaitEvents(first, 1);
        // neither the same VP nor another VP of the department sends it again
        vp(vp).body(large).post("/vertrouwenspersoon/patroonsignalen").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("already sent"));
        UUID other = poolVp();
        meldingen(tenant, other, 1);
        vp(other).body(large).post("/vertrouwenspersoon/patroonsignalen").then().statusCode(409);
        as(Roles.EMPLOYER, tenant).get("/tenants/{t}/patroonsignalen", tenant).then().statusCode(200)
                .body("", hasSize(1));
    }

    @Test
    void theOrganisationsEmployerAndAdministratorReadTheSignalAndItsAdviceNobodyElseDoes() {
        String tenant = fractie("POOL");
        String elsewhere = fractie("POOL");
        UUID vp = poolVp();
        meldingen(tenant, vp, 3);
        String advice = "Bespreek omgangsvormen in het teamoverleg " + UUID.randomUUID();
        String signalId = vp(vp).body(Map.of("tenantId", tenant, "departmentCode", "AFD-KLEIN", "unitSize", 40,
                "advice", advice)).post("/vertrouwenspersoon/patroonsignalen").then().statusCode(201)
                .extract().path("signalId");

        for (String role : List.of(Roles.EMPLOYER, Roles.FRACTIE_ADMIN)) {
            as(role, tenant).get("/tenants/{t}/patroonsignalen", tenant).then().statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].signalId", equalTo(signalId))
                    .body("[0].departmentCode", equalTo("AFD-KLEIN"))
                    .body("[0].count", equalTo("< 5"))
                    .body("[0].periodYear", equalTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear()))
                    .body("[0].advice", equalTo(advice));
        }
        // another organisation's employer neither reads it nor learns that the organisation exists
        as(Roles.EMPLOYER, elsewhere).get("/tenants/{t}/patroonsignalen", tenant).then().statusCode(404)
                .contentType(PROBLEM);
        as(Roles.EMPLOYER, elsewhere).get("/tenants/{t}/patroonsignalen", elsewhere).then().statusCode(200)
                .body("", hasSize(0));
        // the signal is the employer's: the VP who sent it and a member of staff do not read it here
        vp(vp, tenant).get("/tenants/{t}/patroonsignalen", tenant).then().statusCode(403);
        melder(UUID.randomUUID().toString(), tenant).get("/tenants/{t}/patroonsignalen", tenant).then()
                .statusCode(403);

        // the advice travels in no event and is stored only encrypted
        assertThat(awaitEvents(signalId, 1).get(0).json()).doesNotContain("omgangsvormen");
        assertThat(Database.rows(dataSource, "select * from patroonsignaal where id = ?", UUID.fromString(signalId))
                .toString()).doesNotContain("omgangsvormen").contains("AFD-KLEIN");
    }

    private static String reportIn(String tenant, UUID vp, String department) {
        Map<String, Object> body = intake(vp, planted());
        body.put("department", department);
        return report(UUID.randomUUID().toString(), tenant, body);
    }

    private static void name(UUID vp, String meldingId, String identifier) {
        vp(vp).body(Map.of("identifier", identifier)).put("/meldingen/{id}/betrokkene", meldingId).then()
                .statusCode(204);
    }

    @Test
    void threeMeldingenAboutOnePersonAtDifferentVpsMakeADepartmentSignalThatNeverNamesThePerson() {
        String tenant = fractie("POOL");
        UUID vp1 = poolVp();
        UUID vp2 = poolVp();
        UUID vp3 = poolVp();
        String person = "Jozefien de Vries-" + UUID.randomUUID().toString().substring(0, 6);
        // three departments, so no department pattern: only the person ties them together
        String m1 = reportIn(tenant, vp1, "AFD-P1");
        String m2 = reportIn(tenant, vp2, "AFD-P2");
        String m3 = reportIn(tenant, vp3, "AFD-P3");
        name(vp1, m1, person);
        // the identifier is normalised: case, spacing and Unicode form do not split a person in two
        name(vp2, m2, "  " + person.toUpperCase().replace(" ", "   ") + " ");
        vp(vp1).get("/vertrouwenspersoon/patroonsignalen").then().statusCode(200)
                .body("findAll { it.tenantId == '" + tenant + "' }", hasSize(0));
        // a VP cannot name the person on a melding not addressed to them
        vp(vp1).body(Map.of("identifier", person)).put("/meldingen/{id}/betrokkene", m3).then().statusCode(404);
        name(vp3, m3, person);

        vp(vp1).get("/vertrouwenspersoon/patroonsignalen").then().statusCode(200)
                .body("findAll { it.tenantId == '" + tenant + "' }", hasSize(1))
                .body("find { it.tenantId == '" + tenant + "' }.basis", equalTo("PERSOON"))
                .body("find { it.tenantId == '" + tenant + "' }.departmentCode", equalTo("AFD-P1"))
                .body("find { it.tenantId == '" + tenant + "' }.count", equalTo("< 5"))
                .body("find { it.tenantId == '" + tenant + "' }.meldingId", equalTo(m1));

        Map<String, Object> small = Map.of("basis", "PERSOON", "meldingId", m1, "unitSize", 4);
        vp(vp1).body(small).post("/vertrouwenspersoon/patroonsignalen").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("consented"));
        // another VP cannot send by a melding that is not theirs
        vp(vp2).body(Map.of("basis", "PERSOON", "meldingId", m1, "unitSize", 40))
                .post("/vertrouwenspersoon/patroonsignalen").then().statusCode(404);
        String signalId = vp(vp1).body(Map.of("basis", "PERSOON", "meldingId", m1, "unitSize", 40))
                .post("/vertrouwenspersoon/patroonsignalen").then().statusCode(201).extract().path("signalId");

        TopicReader.Event signal = awaitEvents(signalId, 1).get(0);
        assertThat(signal.tenantId()).isEqualTo(tenant);
        assertThat(signal.json()).contains("\"departmentCode\":\"AFD-P1\"", "\"count\":\"< 5\"",
                "\"basis\":\"PERSOON\"");
        String token = Database.rows(dataSource, "select person_token from melding where id = ?", UUID.fromString(m1))
                .get(0).get("person_token");
        assertThat(token).hasSize(64).doesNotContainIgnoringCase("vries");
        assertThat(signal.json()).doesNotContain(m1, m2, m3, token, vp1.toString()).doesNotContainIgnoringCase("vries");
        assertThat(Database.rows(dataSource, "select * from melding where tenant_id = ?", tenant).toString())
                .doesNotContainIgnoringCase("vries");
    }

    @Test
    void thePersonIsMatchedOnlyWithinOneOrganisation() {
        UUID vp = poolVp();
        String person = "persoon-" + UUID.randomUUID();
        String a = fractie("POOL");
        String b = fractie("POOL");
        name(vp, reportIn(a, vp, "AFD-X1"), person);
        name(vp, reportIn(a, vp, "AFD-X2"), person);
        name(vp, reportIn(b, vp, "AFD-X3"), person);
        vp(vp).get("/vertrouwenspersoon/patroonsignalen").then().statusCode(200)
                .body("findAll { it.tenantId == '" + a + "' || it.tenantId == '" + b + "' }", hasSize(0));
    }
}
