package nl.tweedekamer.meldpunt.termijn;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.termijn.support.Events;
import nl.tweedekamer.meldpunt.termijn.support.Events.Zaak;
import nl.tweedekamer.meldpunt.termijn.support.Seats;
import nl.tweedekamer.meldpunt.termijn.support.Seats.Seat;
import nl.tweedekamer.meldpunt.termijn.support.Terms;
import nl.tweedekamer.meldpunt.termijn.support.TestClock;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * Who reads which terms (domain.md §2, §10.2): the commission roles only while the token's subject holds the
 * matching seat today, from klacht-service's commission events, exactly as klacht-service decides it; an employer
 * only the decision terms where it is the employer involved and the named recipient; a token with several roles
 * no more than the union of each role's own rights.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class TermijnAccessTests {

    private static final String TENANT = "fractie-toegang";

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCommissionRoleWithoutASeatReadsNoTermAndCreatesNoFeed() {
        Zaak zaak = admissible();
        Termijn t4 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> true);

        for (String role : List.of(Roles.COMMISSION_SECRETARY, Roles.COMMISSION_MEMBER)) {
            for (String token : List.of(TestTokens.as(role).sign(), TestTokens.as(role).subject("not-a-uuid").sign())) {
                assertReadsNothing(token, zaak, t4);
                given().auth().oauth2(token).post("/agenda/feeds").then().statusCode(403)
                        .contentType(containsString("application/problem+json"));
            }
        }
    }

    @Test
    void theSecretaryRoleNeedsTheSecretarysSeatAndTheMemberRoleAMembersSeat() {
        Zaak zaak = admissible();
        Termijn t4 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> true);
        Seat secretary = Seats.secretary("2026-01-05", null);
        Seat member = Seats.member("LID");

        assertReadsCase(secretary.token(Roles.COMMISSION_SECRETARY), zaak, t4);
        assertReadsCase(member.token(Roles.COMMISSION_MEMBER), zaak, t4);
        // the other role's token on the same person: the seat does not match the role
        assertReadsNothing(secretary.token(Roles.COMMISSION_MEMBER), zaak, t4);
        assertReadsNothing(member.token(Roles.COMMISSION_SECRETARY), zaak, t4);
        given().auth().oauth2(member.token(Roles.COMMISSION_SECRETARY)).post("/agenda/feeds").then().statusCode(403);

        for (String function : List.of("VOORZITTER", "PLAATSVERVANGEND_VOORZITTER", "PLAATSVERVANGEND_LID")) {
            assertReadsCase(Seats.member(function).token(Roles.COMMISSION_MEMBER), zaak, t4);
        }
    }

    @Test
    void aSeatAdmitsOnlyFromItsFirstDayToItsLastDay() {
        Zaak zaak = admissible();
        Termijn t4 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> true);
        // today is 2026-11-30
        Seat upcoming = Seats.secretary("2026-12-01", null);
        Seat lapsed = Seats.secretary("2022-11-01", "2026-11-29");
        Seat lastDay = Seats.secretary("2022-12-01", "2026-11-30");

        assertReadsNothing(upcoming.token(Roles.COMMISSION_SECRETARY), zaak, t4);
        assertReadsNothing(lapsed.token(Roles.COMMISSION_SECRETARY), zaak, t4);
        assertReadsCase(lastDay.token(Roles.COMMISSION_SECRETARY), zaak, t4);

        clock.setLocal("2026-12-01T09:00");
        assertReadsCase(upcoming.token(Roles.COMMISSION_SECRETARY), zaak, t4);
        assertReadsNothing(lastDay.token(Roles.COMMISSION_SECRETARY), zaak, t4);
    }

    @Test
    void anEndedSeatAdmitsNothingFromItsEndedOn() {
        Zaak zaak = admissible();
        Termijn t4 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> true);
        Seat secretary = Seats.secretary("2026-01-05", null);
        Seat member = Seats.member("LID");
        assertReadsCase(secretary.token(Roles.COMMISSION_SECRETARY), zaak, t4);

        secretary.end("2026-11-30");
        member.end("2026-11-30");
        assertReadsNothing(secretary.token(Roles.COMMISSION_SECRETARY), zaak, t4);
        assertReadsNothing(member.token(Roles.COMMISSION_MEMBER), zaak, t4);
        given().auth().oauth2(secretary.token(Roles.COMMISSION_SECRETARY)).post("/agenda/feeds").then().statusCode(403);
    }

    @Test
    void aCalendarFeedStopsAnsweringOnceItsSeatEnded() {
        Zaak zaak = admissible();
        Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> true);
        Seat member = Seats.member("PLAATSVERVANGEND_LID");
        String token = member.token(Roles.COMMISSION_MEMBER);
        Map<?, ?> feed = given().auth().oauth2(token).post("/agenda/feeds").then().statusCode(201).extract()
                .as(Map.class);
        String url = (String) feed.get("url");
        String path = url.substring(url.indexOf("/agenda/"));
        given().get(path).then().statusCode(200).body(containsString(zaak.reference()));

        member.end("2026-12-10");
        clock.setLocal("2026-12-09T23:00");
        given().get(path).then().statusCode(200);
        clock.setLocal("2026-12-10T00:30");
        String after = given().get(path).then().statusCode(404).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(after.contains(zaak.reference()));
    }

    @Test
    void anEmployerSeesOnlyTheTermsOfCasesWhereItIsTheNamedDecider() {
        Zaak zaak = admissible();
        UUID board = UUID.randomUUID();
        zaak.send("advies-uitgebracht", "issuedOn", "2026-11-20", "receivedOn", "2026-11-23", "recipients", List.of(
                Events.map("employerTenantId", "fractie-r", "recipientId", board.toString()),
                Events.map("employerTenantId", "fractie-s", "recipientId", null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> Terms.ofCase(zaak.caseId()).stream()
                .filter(t -> t.soort == TermijnRegel.T5).count() == 2);
        Termijn ofR = Terms.ofCase(zaak.caseId()).stream()
                .filter(t -> t.soort == TermijnRegel.T5 && "fractie-r".equals(t.employerTenantId)).findFirst()
                .orElseThrow();

        // another holder of fractie-r's employer role does not decide in this case: nothing of it (domain.md §10.2)
        String usualContact = TestTokens.as(Roles.EMPLOYER).tenant("fractie-r").sign();
        given().auth().oauth2(usualContact).get("/klachten/{id}/termijnen", zaak.caseId()).then().statusCode(404);
        given().auth().oauth2(usualContact).get("/termijnen/{id}", ofR.id).then().statusCode(404);
        given().auth().oauth2(usualContact).get("/termijnen").then().statusCode(200)
                .body("caseId", not(hasItem(zaak.caseId().toString())));

        String named = TestTokens.as(Roles.EMPLOYER).tenant("fractie-r").subject(board.toString()).sign();
        given().auth().oauth2(named).get("/klachten/{id}/termijnen", zaak.caseId()).then().statusCode(200)
                .body("termijn.term", contains("T5"))
                .body("termijn.employerTenantId", contains("fractie-r"));
        given().auth().oauth2(named).get("/termijnen").then().statusCode(200)
                .body("id", hasItem(ofR.id.toString()))
                .body("employerTenantId", everyItem(in(List.of("fractie-r"))));
        // the named person under another employer's tenant reads nothing of fractie-r
        given().auth().oauth2(TestTokens.as(Roles.EMPLOYER).tenant("fractie-t").subject(board.toString()).sign())
                .get("/klachten/{id}/termijnen", zaak.caseId()).then().statusCode(404);

        // no decider named (an event from before deciders): no employer reads it, there is no general contact
        given().auth().oauth2(TestTokens.as(Roles.EMPLOYER).tenant("fractie-s").sign())
                .get("/klachten/{id}/termijnen", zaak.caseId()).then().statusCode(404);

        // the commission names another decider for fractie-r: the term is theirs from then on
        UUID other = UUID.randomUUID();
        zaak.send("beslisser-benoemd", "employerTenantId", "fractie-r", "deciderId", other.toString(),
                "namedOn", "2026-11-25");
        String otherToken = TestTokens.as(Roles.EMPLOYER).tenant("fractie-r").subject(other.toString()).sign();
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(otherToken)
                .get("/klachten/{id}/termijnen", zaak.caseId()).statusCode() == 200);
        given().auth().oauth2(named).get("/klachten/{id}/termijnen", zaak.caseId()).then().statusCode(404);
    }

    @Test
    void aTokenCombiningRolesGetsNoMoreThanTheUnionOfEachRolesRights() {
        Zaak zaak = admissible();
        Termijn t4 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T4, t -> true);
        UUID decider = UUID.randomUUID();
        zaak.send("advies-uitgebracht", "issuedOn", "2026-11-20", "receivedOn", "2026-11-23", "recipients",
                List.of(Events.map("employerTenantId", "fractie-u", "recipientId", decider.toString())));
        Termijn t5 = Terms.awaitTerm(zaak.caseId(), TermijnRegel.T5, t -> true);

        // an employer's decider who also carries a commission role without a seat: its own decision term, no more
        String employerAndSecretary = TestTokens.as(Roles.EMPLOYER, Roles.COMMISSION_SECRETARY, Roles.COMMISSION_MEMBER)
                .tenant("fractie-u").subject(decider.toString()).sign();
        given().auth().oauth2(employerAndSecretary).get("/klachten/{id}/termijnen", zaak.caseId()).then()
                .statusCode(200).body("termijn.term", contains("T5"));
        given().auth().oauth2(employerAndSecretary).get("/termijnen/{id}", t4.id).then().statusCode(404);
        given().auth().oauth2(employerAndSecretary).get("/termijnen").then().statusCode(200)
                .body("term", everyItem(in(List.of("T5"))))
                .body("id", hasItem(t5.id.toString()));
        // a platform administrator with a commission role but no seat: the appointment terms only
        String adminAndMember = TestTokens.as(Roles.PLATFORM_ADMIN, Roles.COMMISSION_MEMBER).sign();
        given().auth().oauth2(adminAndMember).get("/termijnen").then().statusCode(200)
                .body("term", everyItem(in(List.of("T7", "T8"))));
        given().auth().oauth2(adminAndMember).get("/termijnen/{id}", t4.id).then().statusCode(404);
        // a seated secretary who is also an employer elsewhere: the union, the commission's view and its own T5
        Seat secretary = Seats.secretary("2026-01-05", null);
        given().auth().oauth2(TestTokens.as(Roles.COMMISSION_SECRETARY, Roles.EMPLOYER).tenant("fractie-u")
                .subject(secretary.personId().toString()).sign())
                .get("/klachten/{id}/termijnen", zaak.caseId()).then().statusCode(200)
                .body("termijn.term", containsInAnyOrder("T4", "T5"));
    }

    /** A complaint of {@link #TENANT}, admissible on 2026-11-16: T4 runs. */
    private static Zaak admissible() {
        Zaak zaak = Zaak.nieuw(TENANT);
        zaak.send("ontvankelijkheid-vastgesteld", "decidedOn", "2026-11-16", "admissible", true,
                "accused", List.of(Events.map("personId", null, "employerTenantId", "fractie-u")));
        return zaak;
    }

    private static void assertReadsCase(String token, Zaak zaak, Termijn term) {
        given().auth().oauth2(token).get("/klachten/{id}/termijnen", zaak.caseId()).then().statusCode(200)
                .body("termijn.term", hasItem(term.soort.name()));
        given().auth().oauth2(token).get("/termijnen/{id}", term.id).then().statusCode(200);
        given().auth().oauth2(token).get("/termijnen").then().statusCode(200).body("id", hasItem(term.id.toString()));
    }

    /** What klacht-service answers a commission role without its seat: an empty worklist, 404 on the case. */
    private static void assertReadsNothing(String token, Zaak zaak, Termijn term) {
        given().auth().oauth2(token).get("/termijnen").then().statusCode(200).body("$", empty());
        given().auth().oauth2(token).get("/klachten/{id}/termijnen", zaak.caseId()).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(token).get("/termijnen/{id}", term.id).then().statusCode(404);
    }
}
