package nl.tweedekamer.meldpunt.melding.intake;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.melder;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.tenantreplica.testing.TenantReplicaProbe;
import nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** A melder picks the department from the organisation's own list (klacht-service's, via tenants.v1), or none. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class DepartmentIntakeTests {

    private static String fractieWithDepartments() {
        String tenantId = TenantSnapshotFixtures.newTenantId();
        TenantSnapshot.Declaration pool = TenantSnapshotFixtures.declaration(LocalDate.of(2025, 1, 1));
        try (TenantSnapshotFixtures tenants = TenantSnapshotFixtures.connect()) {
            tenants.publish(TenantSnapshotFixtures.tenant(tenantId).declarations(pool)
                    .departments(new TenantSnapshot.Department("VOORLICHTING", "Voorlichting"),
                            new TenantSnapshot.Department("FRACTIESTAF", "Fractiestaf"))
                    .build());
        }
        TenantReplicaProbe.awaitRevision(tenantId, 1);
        return tenantId;
    }

    @Test
    void aMelderOfTheOrganisationReadsItsDepartmentsInItsOwnOrderAndAnotherOrganisationsMemberDoesNot() {
        String tenant = fractieWithDepartments();
        melder(UUID.randomUUID().toString(), tenant).get("/tenants/{t}/departments", tenant).then().statusCode(200)
                .body("code", contains("VOORLICHTING", "FRACTIESTAF"))
                .body("name", contains("Voorlichting", "Fractiestaf"));
        String other = fractieWithDepartments();
        melder(UUID.randomUUID().toString(), other).get("/tenants/{t}/departments", tenant).then().statusCode(404);
    }

    @Test
    void aDepartmentOutsideTheListIsRefusedAndNoneAtAllIsStoredAsUnknown() {
        String tenant = fractieWithDepartments();
        UUID vp = poolVp();
        Map<String, Object> body = intake(vp, planted());
        body.put("department", "AFD-COMMUNICATIE");
        melder(UUID.randomUUID().toString(), tenant).body(body).post("/meldingen").then().statusCode(400)
                .body("detail", containsString("department"));

        body.put("department", "FRACTIESTAF");
        String chosen = report(UUID.randomUUID().toString(), tenant, body);
        vp(vp).get("/meldingen/{id}", chosen).then().statusCode(200).body("department", equalTo("FRACTIESTAF"));

        body.remove("department");
        String none = report(UUID.randomUUID().toString(), tenant, body);
        vp(vp).get("/meldingen/{id}", none).then().statusCode(200).body("department", equalTo("ONBEKEND"));
    }

    @Test
    void meldingenWithoutADepartmentNeverMakeADepartmentPatternSignal() {
        String tenant = fractieWithDepartments();
        UUID vp = poolVp();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = intake(vp, planted());
            body.remove("department");
            report(UUID.randomUUID().toString(), tenant, body);
        }
        vp(vp).get("/vertrouwenspersoon/patroonsignalen").then().statusCode(200).body("", hasSize(0));
        // as many in one named department do
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = intake(vp, planted());
            body.put("department", "FRACTIESTAF");
            report(UUID.randomUUID().toString(), tenant, body);
        }
        vp(vp).get("/vertrouwenspersoon/patroonsignalen").then().statusCode(200)
                .body("findAll { it.basis == 'AFDELING' }.departmentCode", contains("FRACTIESTAF"));
    }
}
