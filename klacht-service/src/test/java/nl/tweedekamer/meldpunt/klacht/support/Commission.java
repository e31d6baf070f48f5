package nl.tweedekamer.meldpunt.klacht.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * Drives the commission's API the way platform administrators do. The commission is one for the whole platform
 * and every test class shares the database, so tests of the composition rules each work in their own window of
 * future years ({@link #window()}); only {@link #ensureCurrentCommission()} fills today's seats.
 */
public final class Commission {

    public static final String PROBLEM = "application/problem+json";
    public static final String BENOEMD = "nl.tweedekamer.klacht.commissielid-benoemd.v1";
    public static final String ONTSLAGEN = "nl.tweedekamer.klacht.commissielid-ontslagen.v1";

    private static final AtomicInteger WINDOWS = new AtomicInteger();

    private Commission() {
    }

    /** The first day of ten years that no other test in this JVM uses. */
    public static LocalDate window() {
        return LocalDate.of(2100 + 10 * WINDOWS.getAndIncrement(), 1, 1);
    }

    public static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.as(Roles.PLATFORM_ADMIN).tenant("tk").subject("griffie-beheer").sign())
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String role, String subject) {
        return given().auth().oauth2(TestTokens.as(role).tenant("tk").subject(subject).sign())
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification service() {
        return as(Roles.SERVICE, "notificatie-service");
    }

    public static Map<String, Object> appointment(String function, String side, boolean woman, LocalDate from) {
        return appointment(UUID.randomUUID(), function, side, woman, from);
    }

    public static Map<String, Object> appointment(UUID personId, String function, String side, boolean woman,
            LocalDate from) {
        String tag = personId.toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("function", function);
        body.put("side", side);
        body.put("personId", personId.toString());
        body.put("name", "Commissielid " + tag);
        body.put("workEmail", "lid-" + tag + "@commissie.example.nl");
        body.put("woman", woman);
        body.put("appointedFrom", from.toString());
        if ("SECRETARY".equals(function)) {
            // art 8 sets no term; a last day keeps the secretary's seat free in later tests' windows
            body.put("appointedUntil", from.plusYears(4).minusDays(1).toString());
        }
        return body;
    }

    /** Appoints and returns the appointment id. */
    public static String appoint(Map<String, Object> body) {
        return admin().body(body).post("/commission/appointments").then().statusCode(201).extract().path("appointmentId");
    }

    /** The persons on today's commission, one per seat: fills every vacant seat (with women, so art 7.5 holds). */
    public static synchronized Map<String, String> ensureCurrentCommission() {
        LocalDate today = LocalDate.now(nl.tweedekamer.meldpunt.platform.config.ClockProducer.AMSTERDAM);
        List<Map<String, Object>> seats = admin().get("/commission").then().statusCode(200).extract().path("seats");
        for (Map<String, Object> seat : seats) {
            if (seat.get("appointee") == null) {
                appoint(appointment((String) seat.get("function"), (String) seat.get("side"), true, today));
            }
        }
        seats = admin().get("/commission").then().statusCode(200).extract().path("seats");
        Map<String, String> persons = new HashMap<>();
        for (Map<String, Object> seat : seats) {
            @SuppressWarnings("unchecked")
            Map<String, Object> appointee = (Map<String, Object>) seat.get("appointee");
            persons.put(seatKey((String) seat.get("function"), (String) seat.get("side")),
                    (String) appointee.get("personId"));
        }
        return persons;
    }

    /** "CHAIR", "MEMBER/CIVIL_SERVICE", …: the keys of {@link #ensureCurrentCommission()}. */
    public static String seatKey(String function, String side) {
        return side == null ? function : function + "/" + side;
    }
}
