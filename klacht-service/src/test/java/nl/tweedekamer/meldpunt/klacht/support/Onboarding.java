package nl.tweedekamer.meldpunt.klacht.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/** Drives the onboarding API the way administrators do. */
public final class Onboarding {

    private Onboarding() {
    }

    public static String newTenantId() {
        return "fr-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String role, String tenant) {
        return given().auth().oauth2(TestTokens.as(role).tenant(tenant).subject(role + "-" + tenant).sign())
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification asPerson(String role, String tenant, String subject) {
        return given().auth().oauth2(TestTokens.as(role).tenant(tenant).subject(subject).sign())
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification platformAdmin() {
        return as(Roles.PLATFORM_ADMIN, "tk");
    }

    public static RequestSpecification fractieAdmin(String tenant) {
        return as(Roles.FRACTIE_ADMIN, tenant);
    }

    public static Map<String, Object> fractie(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Fractie " + id);
        body.put("shortName", id.toUpperCase());
        body.put("kind", "FRACTIE");
        body.put("employerEntity", "Stichting Fractie " + id);
        body.put("contactEmail", "secretariaat@" + id + ".example.nl");
        body.put("hrContactEmail", "hr@" + id + ".example.nl");
        return body;
    }

    public static Map<String, Object> declaration(String effectiveFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("regulationVersion", "klachtenregeling-2021");
        body.put("option", "PERSONEELSHANDBOEK");
        body.put("effectiveFrom", effectiveFrom);
        body.put("signedBy", "Voorzitter Testfractie");
        body.put("signedOn", "2024-01-15");
        body.put("vertrouwenspersoonKeuze", "POOL");
        return body;
    }

    public static Map<String, Object> person(String name, String subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("workEmail", name.toLowerCase().replace(' ', '.') + "@example.nl");
        body.put("subject", subject);
        body.put("from", "2023-01-01");
        return body;
    }

    /** Registers a fractie with a declaration in force since 1 June 2024; returns the declaration id. */
    public static String registerDeclaredFractie(String id) {
        platformAdmin().body(fractie(id)).post("/tenants").then().statusCode(201);
        return fractieAdmin(id).body(declaration("2024-06-01")).post("/tenants/{t}/declarations", id)
                .then().statusCode(201).extract().path("id");
    }

    public static String addPerson(String tenant, String name, String subject) {
        return fractieAdmin(tenant).body(person(name, subject)).post("/tenants/{t}/roster", tenant)
                .then().statusCode(201).extract().path("personId");
    }

    public static List<String> ids(List<Map<String, Object>> rows, String field) {
        return rows.stream().map(r -> String.valueOf(r.get(field))).toList();
    }
}
