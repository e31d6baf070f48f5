package nl.tweedekamer.meldpunt.termijn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/** The Atw calendar's API: due dates with their computation, and the decrees administrators maintain. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class AtwResourceTests {

    private static final String DECREE_IN_FORCE = "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027,"
            + " 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theDueDateShowsHowItWasComputed() {
        as(Roles.EMPLOYEE).queryParam("trigger", "2026-12-11").queryParam("term", "P2W")
                .get("/atw/due-date").then().statusCode(200)
                .body("trigger", equalTo("2026-12-11"))
                .body("term", equalTo("P2W"))
                .body("rawEnd", equalTo("2026-12-25"))
                .body("shifts.from", contains("2026-12-25", "2026-12-26", "2026-12-27"))
                .body("shifts.rule", contains("Atw art 1", "Atw art 1", "Atw art 1"))
                .body("shifts[0].reason", equalTo("2026-12-25 is eerste Kerstdag (Atw art 3 lid 1)"))
                .body("shifts[1].reason", startsWith("2026-12-26 is tweede Kerstdag (Atw art 3 lid 1)"))
                .body("due", equalTo("2026-12-28"))
                .body("decreeKnown", equalTo(true))
                .body("yearsWithoutDecree", empty())
                .body("explanation", endsWith("Due on 2026-12-28."));
    }

    @Test
    void atwArt4TwoYearsFromTheFourteenthOfMay2026EndOnSundayTheFourteenthOfMay2028() {
        as(Roles.EMPLOYEE).queryParam("trigger", "2026-05-14").queryParam("term", "P2Y")
                .get("/atw/due-date").then().statusCode(200)
                .body("rawEnd", equalTo("2028-05-14"))
                .body("shifts", empty())
                .body("due", equalTo("2028-05-14"))
                .body("decreeKnown", equalTo(true))
                .body("explanation", containsString("Atw art 4"));
    }

    @Test
    void theShippedDecreeMovesADueDateOffTheSecondOfJanuary2026() {
        as(Roles.COMMISSION_SECRETARY).queryParam("trigger", "2025-12-19").queryParam("term", "P2W")
                .get("/atw/due-date").then().statusCode(200)
                .body("rawEnd", equalTo("2026-01-02"))
                .body("shifts[0].reason", startsWith("2026-01-02 is vrijdag na Nieuwjaarsdag, equated with a holiday"
                        + " by the " + DECREE_IN_FORCE))
                .body("due", equalTo("2026-01-05"));
    }

    @Test
    void theDecreeInForceIsListedForAdministratorsAndTheCommission() {
        for (String role : List.of(Roles.PLATFORM_ADMIN, Roles.COMMISSION_SECRETARY, Roles.COMMISSION_MEMBER)) {
            as(role).get("/atw/decrees").then().statusCode(200)
                    .body("find { it.coversFromYear == 2026 }.title", equalTo(DECREE_IN_FORCE))
                    .body("find { it.coversFromYear == 2026 }.coversToYear", equalTo(2028))
                    .body("find { it.coversFromYear == 2026 }.days.date",
                            contains("2026-01-02", "2026-05-15", "2027-05-07", "2028-04-28", "2028-05-26"));
        }
    }

    @Test
    void enteringADecreeChangesTheDueDatesInTheYearsItCovers() {
        // 2029-05-11 is the Friday after Hemelvaartsdag; until a decree for 2029 is entered it is not guessed
        as(Roles.COMMISSION_MEMBER).queryParam("trigger", "2029-04-27").queryParam("term", "P2W")
                .get("/atw/due-date").then().statusCode(200)
                .body("due", equalTo("2029-05-11"))
                .body("decreeKnown", equalTo(false))
                .body("yearsWithoutDecree", contains(2029))
                .body("notes[0]", startsWith("No decree under Atw art 3 lid 3 is known for 2029"));

        String id = as(Roles.PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(decree(2029, 2031, List.of(
                        Map.of("date", "2029-05-11", "description", "vrijdag na Hemelvaartsdag"),
                        Map.of("date", "2030-05-31", "description", "vrijdag na Hemelvaartsdag"))))
                .post("/atw/decrees").then().statusCode(201)
                .body("coversFromYear", equalTo(2029))
                .body("days.date", contains("2029-05-11", "2030-05-31"))
                .extract().path("id");
        as(Roles.COMMISSION_SECRETARY).get("/atw/decrees/{id}", id).then().statusCode(200)
                .body("title", equalTo("Besluit gelijkstelling 2029-2031"));

        as(Roles.COMMISSION_MEMBER).queryParam("trigger", "2029-04-27").queryParam("term", "P2W")
                .get("/atw/due-date").then().statusCode(200)
                .body("shifts[0].reason", startsWith("2029-05-11 is vrijdag na Hemelvaartsdag, equated"))
                .body("due", equalTo("2029-05-14"))
                .body("decreeKnown", equalTo(true));
    }

    @Test
    void aDecreeForYearsAnotherDecreeCoversIsRefusedWith409() {
        as(Roles.PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(decree(2027, 2027, List.of(Map.of("date", "2027-05-07", "description", "vrijdag"))))
                .post("/atw/decrees").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Years already covered by a decree"));
    }

    @Test
    void ofDecreesForTheSameYearsEnteredAtOnceExactlyOneIsKept() throws Exception {
        int parallel = 4;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String token = TestTokens.as(Roles.PLATFORM_ADMIN).sign();
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON)
                            .body(decree(2060, 2062, List.of())).post("/atw/decrees").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            Collections.sort(statuses);
            assertEquals(List.of(201, 409, 409, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDecreeThatContradictsItselfIsRefusedWith400() {
        as(Roles.PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(decree(2040, 2042, List.of(Map.of("date", "2043-01-02", "description", "vrijdag"))))
                .post("/atw/decrees").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("days[0].date"));
        as(Roles.PLATFORM_ADMIN).contentType(ContentType.JSON).body(decree(2042, 2040, List.of()))
                .post("/atw/decrees").then().statusCode(400)
                .body("errors[0].field", equalTo("coversToYear"));
        as(Roles.PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("coversFromYear", 2040, "coversToYear", 2042, "days", List.of()))
                .post("/atw/decrees").then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    void aFieldSentTwiceOrADateOutsideTheSaneRangeIsRefusedWith400AndNothingIsStored() {
        // the platform's JSON rules hold in every service, not only where they were first tested
        as(Roles.PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body("{\"title\":\"a\",\"title\":\"b\",\"coversFromYear\":2070,\"coversToYear\":2070,\"days\":[]}")
                .post("/atw/decrees").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("'title' twice"));
        as(Roles.PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(decree(2071, 2071, List.of(Map.of("date", "+999999999-12-31", "description", "vrijdag"))))
                .post("/atw/decrees").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        as(Roles.PLATFORM_ADMIN).get("/atw/decrees").then().statusCode(200)
                .body("coversFromYear", not(hasItem(2070))).body("coversFromYear", not(hasItem(2071)));
    }

    @Test
    void aTermOtherThanWeeksMonthsOrYearsIsRefusedWith400() {
        for (String term : List.of("P3D", "P1M2D", "2 weeks", "P0W", "P2X")) {
            as(Roles.EMPLOYEE).queryParam("trigger", "2026-12-10").queryParam("term", term)
                    .get("/atw/due-date").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("term"));
        }
        as(Roles.EMPLOYEE).queryParam("trigger", "2026-12-10").get("/atw/due-date").then().statusCode(400)
                .body("errors[0].field", equalTo("term"));
        for (String trigger : List.of("10-12-2026", "2013-04-30")) {
            as(Roles.EMPLOYEE).queryParam("trigger", trigger).queryParam("term", "P2W")
                    .get("/atw/due-date").then().statusCode(400)
                    .body("errors[0].field", equalTo("trigger"));
        }
    }

    @Test
    void onlyAPlatformAdminEntersADecreeAndOnlyAdministratorsAndTheCommissionListThem() {
        as(Roles.COMMISSION_SECRETARY).contentType(ContentType.JSON).body(decree(2050, 2052, List.of()))
                .post("/atw/decrees").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        as(Roles.EMPLOYEE).get("/atw/decrees").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void withoutATokenEverythingAnswers401() {
        given().queryParam("trigger", "2026-12-10").queryParam("term", "P2W").get("/atw/due-date")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
        given().get("/atw/decrees").then().statusCode(401);
        given().contentType(ContentType.JSON).body(decree(2050, 2052, List.of())).post("/atw/decrees")
                .then().statusCode(401);
    }

    private static Map<String, Object> decree(int from, int to, List<Map<String, String>> days) {
        return Map.of("title", "Besluit gelijkstelling " + from + "-" + to, "coversFromYear", from,
                "coversToYear", to, "published", "Staatscourant (test)", "days", days);
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.as(role).tenant("tk").sign());
    }
}
