package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * Today's complaints commission of the running platform, appointed once per test JVM through klacht-service's API:
 * every seat of art 7.1 and 8 (chair, deputy chair, a member and a deputy of each side, the secretary), each person
 * with a mail domain of their own, so a test reads exactly the mail each of them received. The commission is one for
 * the whole platform, so every test of the stack shares it.
 */
final class Commissie {

    private static Commissie instance;

    final Seat chair;
    final Seat deputyChair;
    final Seat memberCivilService;
    final Seat memberPolitical;
    final Seat deputyCivilService;
    final Seat deputyPolitical;
    final Seat secretary;

    /** One appointed person: the id their tokens carry, and the domain of their work address. */
    record Seat(UUID personId, String domain) {
    }

    private Commissie(PlatformStack stack) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String klacht = stack.service("klacht-service").baseUri();
        // the realm's demo commission member chairs, so that the browser tests sign in as the chair
        chair = appoint(klacht, "CHAIR", null, "voorzitter-" + tag, UUID.fromString(PortaalDemo.COMMISSIELID_SUB));
        deputyChair = appoint(klacht, "DEPUTY_CHAIR", null, "plv-voorzitter-" + tag);
        memberCivilService = appoint(klacht, "MEMBER", "CIVIL_SERVICE", "lid-ambtelijk-" + tag);
        memberPolitical = appoint(klacht, "MEMBER", "POLITICAL", "lid-politiek-" + tag);
        deputyCivilService = appoint(klacht, "DEPUTY_MEMBER", "CIVIL_SERVICE", "plv-ambtelijk-" + tag);
        deputyPolitical = appoint(klacht, "DEPUTY_MEMBER", "POLITICAL", "plv-politiek-" + tag);
        // the realm's demo secretary, so that the browser tests sign in as the commission's secretary
        secretary = appoint(klacht, "SECRETARY", null, "secretaris-" + tag, UUID.fromString(PortaalDemo.SECRETARIS_SUB));
    }

    static synchronized Commissie of(PlatformStack stack) {
        if (instance == null) {
            instance = new Commissie(stack);
        }
        return instance;
    }

    private static Seat appoint(String klacht, String function, String side, String name) {
        return appoint(klacht, function, side, name, UUID.randomUUID());
    }

    private static Seat appoint(String klacht, String function, String side, String name, UUID person) {
        String domain = name + ".example.nl";
        Map<String, Object> body = new HashMap<>();
        body.put("function", function);
        if (side != null) {
            body.put("side", side);
        }
        body.put("personId", person.toString());
        body.put("name", "E2E " + name);
        body.put("workEmail", "post@" + domain);
        // art 7.5 asks for women on the commission; all seats held by women keeps that true whatever the order
        body.put("woman", Boolean.TRUE);
        body.put("appointedFrom", LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusMonths(1).toString());
        given().baseUri(klacht)
                .auth().oauth2(TestTokens.as("platform-admin").tenant("tk").subject("griffie-beheer").sign())
                .contentType(ContentType.JSON).body(body).post("/commission/appointments").then().statusCode(201);
        return new Seat(person, domain);
    }
}
