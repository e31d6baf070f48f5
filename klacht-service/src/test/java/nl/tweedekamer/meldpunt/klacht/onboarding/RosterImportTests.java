package nl.tweedekamer.meldpunt.klacht.onboarding;

import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractieAdmin;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.newTenantId;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.registerDeclaredFractie;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** A fractie administrator imports the staff list at once: checked row by row, added whole or not at all. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class RosterImportTests {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aDryRunOfFiftyStaffShowsEveryRowAsNewAndAddsNobody() {
        String tenant = declared();
        fractieAdmin(tenant).body(Map.of("people", staff(50), "dryRun", true))
                .post("/tenants/{t}/roster/import", tenant).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("added", equalTo(0)).body("invalid", equalTo(0))
                .body("rows", hasSize(50)).body("rows.outcome", everyItem(equalTo("NEW")));
        fractieAdmin(tenant).get("/tenants/{t}/roster", tenant).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void fiftyStaffAreAddedWithTheirFunctionAndKindAndEachIsAskedToConfirmTheDeclaration() {
        String tenant = declared();
        List<Map<String, Object>> staff = staff(50);
        staff.get(7).put("kind", "kamerlid");
        fractieAdmin(tenant).body(Map.of("people", staff)).post("/tenants/{t}/roster/import", tenant).then()
                .statusCode(200).body("dryRun", equalTo(false)).body("added", equalTo(50));
        fractieAdmin(tenant).get("/tenants/{t}/roster", tenant).then().statusCode(200).body("", hasSize(50))
                .body("find { it.workEmail == 'medewerker7@example.nl' }.kind", equalTo("KAMERLID"))
                .body("find { it.workEmail == 'medewerker8@example.nl' }.kind", equalTo("MEDEWERKER"))
                .body("find { it.workEmail == 'medewerker8@example.nl' }.function", equalTo("Beleidsmedewerker 8"));
        fractieAdmin(tenant).get("/tenants/{t}/confirmations", tenant).then().statusCode(200)
                .body("pendingCount", equalTo(50)).body("confirmedCount", equalTo(0));
    }

    @Test
    void aListWithFaultyRowsAddsNobodyAndNamesEachFaultByRowAndField() {
        String tenant = declared();
        List<Map<String, Object>> staff = staff(5);
        staff.get(1).put("workEmail", "geen-adres");
        staff.get(3).put("from", "31-01-2025");
        staff.get(4).put("workEmail", "medewerker0@example.nl");
        fractieAdmin(tenant).body(Map.of("people", staff, "dryRun", true))
                .post("/tenants/{t}/roster/import", tenant).then().statusCode(200).body("invalid", equalTo(3))
                .body("rows[1].outcome", equalTo("INVALID")).body("rows[1].errors[0].field", equalTo("workEmail"))
                .body("rows[3].errors[0].field", equalTo("from"))
                .body("rows[4].errors[0].message", containsString("also row 1"))
                .body("rows[0].outcome", equalTo("NEW"));
        fractieAdmin(tenant).body(Map.of("people", staff)).post("/tenants/{t}/roster/import", tenant).then()
                .statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("3 of 5 rows")).body("detail", containsString("nobody was added"))
                .body("errors.field", hasItem("people[1].workEmail")).body("errors.field", hasItem("people[3].from"))
                .body("errors.field", hasItem("people[4].workEmail"));
        fractieAdmin(tenant).get("/tenants/{t}/roster", tenant).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void importingTheSameListAgainAddsNobodyTwice() {
        String tenant = declared();
        fractieAdmin(tenant).body(Map.of("people", staff(3))).post("/tenants/{t}/roster/import", tenant).then()
                .statusCode(200).body("added", equalTo(3));
        List<Map<String, Object>> again = staff(4);
        again.get(0).put("workEmail", "Medewerker0@Example.nl");
        fractieAdmin(tenant).body(Map.of("people", again)).post("/tenants/{t}/roster/import", tenant).then()
                .statusCode(200).body("added", equalTo(1)).body("alreadyOnRoster", equalTo(3))
                .body("rows[3].outcome", equalTo("NEW"));
        fractieAdmin(tenant).get("/tenants/{t}/roster", tenant).then().statusCode(200).body("", hasSize(4));
    }

    @Test
    void anAccountAlreadyLinkedToAnotherPersonIsRefusedByRow() {
        String tenant = declared();
        List<Map<String, Object>> first = staff(1);
        first.get(0).put("subject", "account-1");
        fractieAdmin(tenant).body(Map.of("people", first)).post("/tenants/{t}/roster/import", tenant).then()
                .statusCode(200);
        List<Map<String, Object>> second = staff(2);
        second.get(1).put("subject", "account-1");
        fractieAdmin(tenant).body(Map.of("people", second, "dryRun", true))
                .post("/tenants/{t}/roster/import", tenant).then().statusCode(200)
                .body("rows[1].errors[0].field", equalTo("subject"))
                .body("rows[1].errors[0].message", containsString("another person"));
    }

    @Test
    void anEmptyOrOversizedListIsABadRequestAndAnotherFractieCannotImport() {
        String tenant = declared();
        fractieAdmin(tenant).body(Map.of("people", List.of())).post("/tenants/{t}/roster/import", tenant).then()
                .statusCode(400).contentType(PROBLEM);
        fractieAdmin(tenant).body(Map.of("people", staff(2001), "dryRun", true))
                .post("/tenants/{t}/roster/import", tenant).then().statusCode(400).contentType(PROBLEM);
        String other = declared();
        fractieAdmin(other).body(Map.of("people", staff(1))).post("/tenants/{t}/roster/import", tenant).then()
                .statusCode(404);
        fractieAdmin(tenant).get("/tenants/{t}/roster", tenant).then().statusCode(200).body("", hasSize(0));
    }

    private static String declared() {
        String tenant = newTenantId();
        registerDeclaredFractie(tenant);
        return tenant;
    }

    private static List<Map<String, Object>> staff(int count) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", "Medewerker " + i);
            row.put("workEmail", "medewerker" + i + "@example.nl");
            row.put("from", "2024-01-01");
            row.put("function", "Beleidsmedewerker " + i);
            people.add(row);
        }
        return people;
    }
}
