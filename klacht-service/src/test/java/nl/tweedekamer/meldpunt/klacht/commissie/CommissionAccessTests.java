package nl.tweedekamer.meldpunt.klacht.commissie;

import static io.restassured.RestAssured.given;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.PROBLEM;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.admin;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.appointment;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.as;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.ensureCurrentCommission;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.seatKey;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.service;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.window;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Who may see and change the commission (domain.md §2): platform administrators maintain it; its current
 * members and secretary read who sits on it; the platform's services fetch addresses; nobody else.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class CommissionAccessTests {

    private Map<String, String> seats;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void aFullCommissionToday() {
        seats = ensureCurrentCommission();
    }

    @ParameterizedTest
    @ValueSource(strings = { Roles.EMPLOYER, Roles.FRACTIE_ADMIN, Roles.HR_PORTAL, Roles.VERTROUWENSPERSOON,
            Roles.EMPLOYEE, Roles.SERVICE })
    void rolesOutsideTheCommissionNeitherReadNorChangeIt(String role) {
        String subject = UUID.randomUUID().toString();
        as(role, subject).get("/commission").then().statusCode(403).contentType(PROBLEM);
        as(role, subject).get("/commission/appointments").then().statusCode(403).contentType(PROBLEM);
        as(role, subject).body(appointment("MEMBER", "POLITICAL", true, window())).post("/commission/appointments")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aCurrentMemberAndTheSecretaryReadTheCompositionWithoutAddressesOrGender() {
        as(Roles.COMMISSION_MEMBER, seats.get(seatKey("MEMBER", "POLITICAL"))).get("/commission").then()
                .statusCode(200)
                .body("seats.appointee.personId", hasItem(seats.get(seatKey("CHAIR", null))))
                .body("seats[0].appointee", not(hasKey("workEmail")))
                .body("seats[0].appointee", not(hasKey("woman")))
                .body("seats[0].appointee.name", notNullValue());
        as(Roles.COMMISSION_SECRETARY, seats.get(seatKey("SECRETARY", null))).get("/commission").then().statusCode(200);
    }

    @Test
    void aCommissionRoleWithoutACurrentSeatReadsNothing() {
        as(Roles.COMMISSION_MEMBER, UUID.randomUUID().toString()).get("/commission").then().statusCode(403)
                .contentType(PROBLEM);
        as(Roles.COMMISSION_MEMBER, "not-a-uuid").get("/commission").then().statusCode(403);
        // appointed, but not yet serving
        UUID upcoming = UUID.randomUUID();
        nl.tweedekamer.meldpunt.klacht.support.Commission.appoint(appointment(upcoming, "MEMBER", "POLITICAL", true,
                window()));
        as(Roles.COMMISSION_MEMBER, upcoming.toString()).get("/commission").then().statusCode(403);
        service().queryParam("function", "MEMBER").get("/internal/commission/contacts").then()
                .body("id", not(hasItem(upcoming.toString())));
    }

    @Test
    void commissionMembersDoNotMaintainTheCommissionNorSeeTheAppointmentRecords() {
        String chair = seats.get(seatKey("CHAIR", null));
        as(Roles.COMMISSION_MEMBER, chair).get("/commission/appointments").then().statusCode(403);
        as(Roles.COMMISSION_MEMBER, chair).body(appointment("MEMBER", "POLITICAL", true, window()))
                .post("/commission/appointments").then().statusCode(403);
        as(Roles.COMMISSION_SECRETARY, seats.get(seatKey("SECRETARY", null)))
                .body(appointment("MEMBER", "POLITICAL", true, window())).post("/commission/appointments").then()
                .statusCode(403);
    }

    @Test
    void withoutATokenNothingIsAnswered() {
        given().get("/commission").then().statusCode(401);
        given().get("/internal/commission/contacts?function=CHAIR").then().statusCode(401);
        given().get("/internal/platform/contacts/administrators").then().statusCode(401);
    }

    @Test
    void theServicesFetchTheAddressesOfTheCurrentHoldersOfAFunction() {
        service().queryParam("function", "MEMBER").get("/internal/commission/contacts").then().statusCode(200)
                .body("id", containsInAnyOrder(seats.get(seatKey("MEMBER", "CIVIL_SERVICE")),
                        seats.get(seatKey("MEMBER", "POLITICAL"))))
                .body("email[0]", org.hamcrest.Matchers.containsString("@commissie.example.nl"));
        service().queryParam("function", "SECRETARY").get("/internal/commission/contacts").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].id", equalTo(seats.get(seatKey("SECRETARY", null))));
        service().queryParam("function", "VOORZITTER").get("/internal/commission/contacts").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("function"));
        service().get("/internal/commission/contacts").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void theAdministratorsAddressComesFromConfiguration() {
        service().get("/internal/platform/contacts/administrators").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].id", equalTo("platform-administrators"))
                .body("[0].email", equalTo("beheer@meldpunt.test"));
    }

    @ParameterizedTest
    @ValueSource(strings = { Roles.PLATFORM_ADMIN, Roles.COMMISSION_MEMBER, Roles.COMMISSION_SECRETARY, Roles.EMPLOYER,
            Roles.HR_PORTAL })
    void onlyTheServiceRoleUsesTheInternalLookups(String role) {
        String subject = role.startsWith("commission") ? seats.get(seatKey("CHAIR", null)) : UUID.randomUUID().toString();
        as(role, subject).queryParam("function", "CHAIR").get("/internal/commission/contacts").then().statusCode(403)
                .contentType(PROBLEM);
        as(role, subject).get("/internal/platform/contacts/administrators").then().statusCode(403);
    }

    @Test
    void anAdministratorReadsTheCompositionOfAnyDay() {
        admin().queryParam("on", "2099-01-01").get("/commission").then().statusCode(200)
                .body("on", equalTo("2099-01-01"));
    }
}
