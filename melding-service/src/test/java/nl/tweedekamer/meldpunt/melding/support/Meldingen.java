package nl.tweedekamer.meldpunt.melding.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.TestTokens;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** Drives meldingen the way melders, vertrouwenspersonen and anonymous reporters do. */
public final class Meldingen {

    public static final String CODE_HEADER = "X-Receipt-Code";

    private Meldingen() {
    }

    /** A pool VP appointed today by a platform administrator; returns their person id (their token's sub). */
    public static UUID poolVp() {
        UUID personId = UUID.randomUUID();
        Vertrouwenspersonen.platformAdmin().body(Vertrouwenspersonen.appointment(personId)).post("/vertrouwenspersonen")
                .then().statusCode(201);
        return personId;
    }

    /** A fractie's own VP, appointed by its administrator (the fractie must choose EIGEN or BEIDE). */
    public static UUID ownVp(String tenant) {
        UUID personId = UUID.randomUUID();
        Vertrouwenspersonen.fractieAdmin(tenant).body(Vertrouwenspersonen.appointment(personId))
                .post("/tenants/{t}/vertrouwenspersonen", tenant).then().statusCode(201);
        return personId;
    }

    /** A pool VP's token carries no tenant; a fractie's own VP's names their fractie. */
    public static RequestSpecification vp(UUID personId, String tenant) {
        return given().auth().oauth2(TestTokens.as(Roles.VERTROUWENSPERSOON).subject(personId.toString())
                .tenant(tenant).sign()).contentType(ContentType.JSON);
    }

    public static RequestSpecification vp(UUID personId) {
        return vp(personId, null);
    }

    /** A member of staff (or a Kamerlid: "politieke leden van fracties", art 2.a) with their own subject. */
    public static RequestSpecification melder(String subject, String tenant) {
        return given().auth().oauth2(TestTokens.as(Roles.EMPLOYEE).subject(subject).tenant(tenant).sign())
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous(String clientAddress) {
        return given().header("X-Forwarded-For", clientAddress).contentType(ContentType.JSON);
    }

    public static RequestSpecification mailbox(String code, String clientAddress) {
        return anonymous(clientAddress).header(CODE_HEADER, code);
    }

    /** A client address no other test uses (the limiter counts per address). */
    public static String freshAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    /** A melding about unwanted behaviour, with a planted description so tests can look for it where it must not be. */
    public static Map<String, Object> intake(UUID vp, String plantedText) {
        Map<String, Object> body = new HashMap<>();
        body.put("vertrouwenspersoonId", vp.toString());
        body.put("kind", "ONGEWENSTE_OMGANGSVORMEN");
        body.put("category", "PESTEN");
        body.put("relation", "LEIDINGGEVENDE");
        body.put("department", "AFD-COMMUNICATIE");
        body.put("description", plantedText);
        return body;
    }

    public static String planted() {
        return "Geplant-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** Reports a named melding; returns its id. */
    public static String report(String subject, String tenant, Map<String, Object> intake) {
        return melder(subject, tenant).body(intake).post("/meldingen").then().statusCode(201)
                .extract().path("meldingId");
    }

    public static List<TopicReader.Event> awaitEvents(String key, int count) {
        await("events of " + key).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> TopicReader.withKey(Topics.MELDING_EVENTS, key).size() >= count);
        return TopicReader.withKey(Topics.MELDING_EVENTS, key);
    }

    public static Map<String, Object> intervention(String kind, String hours) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("hours", hours);
        return body;
    }
}
