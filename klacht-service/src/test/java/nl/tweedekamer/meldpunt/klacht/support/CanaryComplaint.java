package nl.tweedekamer.meldpunt.klacht.support;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A complaint walked through the API from draft to decision with a random canary (well under 2 kB, so that
 * PostgreSQL stores it uncompressed) in every name, address, email address and free text the file takes: the
 * klaagschrift, the signature, every kind of piece, an objection, the hearing, the accused's address, a named advice
 * recipient, a request for temporary measures and the measures, the extension and the decision.
 */
public final class CanaryComplaint {

    /** What every canary starts with. */
    public static final String PREFIX = "kanarie";

    private static final SecureRandom RANDOM = new SecureRandom();

    public final Klachten k = new Klachten();
    public final List<String> canaries = new ArrayList<>();
    public final String id;

    public CanaryComplaint() {
        Map<String, Object> content = k.klaagschrift();
        content.put("behaviour", canary() + " gebeurde in de fractievergadering.");
        content.put("place", canary());
        content.put("when", canary());
        content.put("witnesses", canary());
        content.put("stepsTaken", canary());
        content.put("complainant", Map.of("name", canary(), "address", canary(), "function", canary(),
                "email", canary() + "@example.nl"));
        content.put("accused", List.of(Map.of("name", canary(), "function", canary(),
                "relation", "MEDEWERKER_FRACTIE", "employerTenantId", k.accusedTenant)));
        id = k.draft(content);
        k.asComplainant().body(Map.of("name", canary(), "signedOn", today().toString()))
                .post("/klachten/{id}/indiening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.asSecretary().body(Map.of("text", canary())).post("/klachten/{id}/aanvullingsverzoek", id).then()
                .statusCode(200);
        k.asComplainant().body(Map.of("text", canary())).post("/klachten/{id}/aanvulling", id).then().statusCode(200);
        k.compose(id);
        Klachten.onRoster(k.accusedTenant, k.accused, "Bert Beschuldigd");
        k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", true, "reasons", canary(),
                "accusedLinks", List.of(Map.of("accusedId", k.accusedId(id), "personId", k.accused.toString(),
                        "email", canary() + "@example.nl")))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200);
        String objection = k.asComplainant().body(Map.of("memberId", k.memberAmbtelijk.toString(), "reason", canary()))
                .post("/klachten/{id}/bezwaren", id).then().statusCode(201).extract().path("id");
        k.asChair().body(Map.of("upheld", false)).post("/klachten/{id}/bezwaren/{o}/beslissing", id, objection).then()
                .statusCode(200);
        k.asSecretary().body(Map.of("hearingOn", today().plusDays(7).toString(), "partiesTogether", false,
                "location", canary(), "otherInvitees", canary(), "counsel", canary()))
                .post("/klachten/{id}/hoorzittingen", id).then().statusCode(201);
        k.asSecretary().body(Map.of("kind", "HOORVERSLAG", "text", canary())).post("/klachten/{id}/verslagen", id)
                .then().statusCode(200);
        k.asSecretary().body(Map.of("text", canary(), "correctionsDueOn", today().plusDays(14).toString()))
                .post("/klachten/{id}/feitenoverzicht", id).then().statusCode(200);
        k.asAccused().body(Map.of("kind", "CORRECTIE", "text", canary())).post("/klachten/{id}/reacties", id).then()
                .statusCode(200);
        k.asComplainant().body(Map.of("kind", "AFSTAND_CORRECTIE", "text", canary()))
                .post("/klachten/{id}/reacties", id).then().statusCode(200);
        k.asComplainant().body(Map.of("concerns", "KLAGER", "reason", "WELZIJN_KLAGER", "request", canary()))
                .post("/klachten/{id}/tijdelijke-voorzieningen", id).then().statusCode(201);
        Map<String, Object> advice = k.advice("VOOR", "VOOR", "TEGEN");
        advice.put("text", canary());
        advice.put("minorityPosition", canary());
        k.asSecretary().body(advice).post("/klachten/{id}/advies", id).then().statusCode(200);
        k.asChair().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        String requestId = k.asEmployerA().get("/tijdelijke-voorzieningen").then().statusCode(200)
                .extract().path("[0].id");
        k.asEmployerA().body(Map.of("measures", canary(), "commissionConsultedOn", today().toString()))
                .post("/tijdelijke-voorzieningen/{r}/maatregelen", requestId).then().statusCode(200);
        k.asEmployerB().body(Map.of("days", 7, "reasons", canary())).post("/klachten/{id}/verdaging", id).then()
                .statusCode(200);
        k.asEmployerB().body(Map.of("text", canary())).post("/klachten/{id}/besluit", id).then().statusCode(200);
    }

    /** A new canary: a word found nowhere else, remembered. */
    private String canary() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String canary = PREFIX + HexFormat.of().formatHex(bytes);
        canaries.add(canary);
        return canary;
    }

    /** The canaries that appear in this text. */
    public List<String> foundIn(String text) {
        return canaries.stream().filter(text::contains).toList();
    }

    public UUID caseId() {
        return UUID.fromString(id);
    }
}
