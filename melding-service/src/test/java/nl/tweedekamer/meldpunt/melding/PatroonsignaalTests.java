package nl.tweedekamer.meldpunt.melding;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.awaitEvents;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.melder;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
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
 * Pattern signals (domain.md §4.8): three meldingen about one department make a proposal; the VP sends it only
 * for a unit large enough not to identify anyone, or with every melder's consent; the signal carries counts only.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class PatroonsignaalTests {

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
}
