package nl.tweedekamer.meldpunt.klacht.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * Drives a complaint through the API the way its people do: a complainant in one fractie, an accused employed
 * by another, the commission (today's chair, members, deputies and secretary, really appointed) and each employer.
 */
public final class Klachten {

    public final String complainantTenant = Onboarding.newTenantId();
    public final String accusedTenant = Onboarding.newTenantId();
    public final UUID complainant = UUID.randomUUID();
    public final UUID accused = UUID.randomUUID();
    /** Today's commission, appointed through {@link Commission#ensureCurrentCommission()} (art 7, 8). */
    public final UUID chair;
    public final UUID deputyChair;
    public final UUID memberAmbtelijk;
    public final UUID memberPolitiek;
    public final UUID deputyAmbtelijk;
    public final UUID deputyPolitiek;
    public final UUID secretary;
    /** The standing decider of the complainant's organisation (domain.md §10.2), and the deputy. */
    public final UUID employerA = UUID.randomUUID();
    public final UUID deputyEmployerA = UUID.randomUUID();
    /** The standing decider of the accused's organisation, and the deputy. */
    public final UUID employerB = UUID.randomUUID();
    public final UUID deputyEmployerB = UUID.randomUUID();

    /** Two declared fracties: the complainant's and the accused's employer; the commission of today. */
    public Klachten() {
        Map<String, String> seats = Commission.ensureCurrentCommission();
        chair = seat(seats, "CHAIR", null);
        deputyChair = seat(seats, "DEPUTY_CHAIR", null);
        memberAmbtelijk = seat(seats, "MEMBER", "CIVIL_SERVICE");
        memberPolitiek = seat(seats, "MEMBER", "POLITICAL");
        deputyAmbtelijk = seat(seats, "DEPUTY_MEMBER", "CIVIL_SERVICE");
        deputyPolitiek = seat(seats, "DEPUTY_MEMBER", "POLITICAL");
        secretary = seat(seats, "SECRETARY", null);
        Onboarding.registerDeclaredFractie(complainantTenant);
        Onboarding.registerDeclaredFractie(accusedTenant);
        nameStandingDecider(complainantTenant, employerA, deputyEmployerA);
        nameStandingDecider(accusedTenant, employerB, deputyEmployerB);
    }

    /** The fractie administrator names a standing decider and deputy, both put on the roster (domain.md §10.2). */
    public static void nameStandingDecider(String tenant, UUID decider, UUID deputy) {
        onRoster(tenant, decider, "Dirk Beslisser");
        onRoster(tenant, deputy, "Dora Plaatsvervanger");
        Onboarding.fractieAdmin(tenant).body(Map.of("deciderId", decider.toString(), "deputyId", deputy.toString()))
                .put("/tenants/{t}/beslisser", tenant).then().statusCode(200);
    }

    private static UUID seat(Map<String, String> seats, String function, String side) {
        return UUID.fromString(seats.get(Commission.seatKey(function, side)));
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    public static RequestSpecification as(UUID person, String tenant, String... roles) {
        TestTokens token = TestTokens.as(roles).subject(person.toString());
        if (tenant != null) {
            token.tenant(tenant);
        }
        return given().auth().oauth2(token.sign()).contentType(ContentType.JSON);
    }

    public RequestSpecification asComplainant() {
        return as(complainant, complainantTenant, Roles.EMPLOYEE);
    }

    public RequestSpecification asAccused() {
        return as(accused, accusedTenant, Roles.EMPLOYEE);
    }

    public RequestSpecification asSecretary() {
        return as(secretary, "tk", Roles.COMMISSION_SECRETARY);
    }

    public RequestSpecification asChair() {
        return as(chair, "tk", Roles.COMMISSION_MEMBER);
    }

    public RequestSpecification asMember(UUID member) {
        return as(member, "tk", Roles.COMMISSION_MEMBER);
    }

    /** The employer (bevoegd gezag) of the complainant's organisation. */
    public RequestSpecification asEmployerA() {
        return as(employerA, complainantTenant, Roles.EMPLOYER);
    }

    /** The employer of the accused's organisation. */
    public RequestSpecification asEmployerB() {
        return as(employerB, accusedTenant, Roles.EMPLOYER);
    }

    public Map<String, Object> klaagschrift(LocalDate latestBehaviourOn, String relation) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "PESTEN");
        body.put("behaviour", "Structureel buitengesloten bij overleggen en publiekelijk bespot.");
        body.put("place", "Fractiekamer, Tweede Kamer");
        body.put("when", "Wekelijks sinds het voorjaar");
        body.put("firstBehaviourOn", latestBehaviourOn.minusMonths(3).toString());
        body.put("latestBehaviourOn", latestBehaviourOn.toString());
        body.put("witnesses", "Een collega van de fractie");
        body.put("complainant", Map.of("name", "Klara Klager", "address", "Lange Poten 4, 2511 CL Den Haag",
                "function", "Beleidsmedewerker", "email", "klara@example.nl"));
        List<Map<String, Object>> accusedList = new ArrayList<>();
        Map<String, Object> a = new HashMap<>();
        a.put("name", "Bert Beschuldigd");
        a.put("function", "Senior adviseur");
        a.put("relation", relation);
        a.put("employerTenantId", accusedTenant);
        accusedList.add(a);
        body.put("accused", accusedList);
        body.put("stepsTaken", "Gesprek met de leidinggevende gevoerd.");
        return body;
    }

    public Map<String, Object> klaagschrift() {
        return klaagschrift(today().minusMonths(1), "MEDEWERKER_FRACTIE");
    }

    public static Map<String, Object> signature() {
        return Map.of("name", "Klara Klager", "signedOn", today().toString());
    }

    public String draft(Map<String, Object> content) {
        return asComplainant().body(content).post("/klachten").then().statusCode(201).extract().path("id");
    }

    /** A filed complaint; returns its id. */
    public String file() {
        String id = draft(klaagschrift());
        asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);
        return id;
    }

    public String accusedId(String caseId) {
        return asSecretary().get("/klachten/{id}", caseId).then().statusCode(200).extract()
                .path("klaagschrift.accused[0].id");
    }

    /** Receipt confirmed, the composition set (the political member replaced by the deputy), admissible. */
    public String admissible() {
        String id = file();
        asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        compose(id);
        asChair().body(takingPart(Map.of("admissible", true, "mediationExplored", true,
                "reasons", "Voldoet aan art 9.1; bemiddeling besproken en niet gewenst.",
                "accusedLinks", List.of(accusedLink(accusedId(id))))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200);
        return id;
    }

    /**
     * An admissibility decision as the chair of the case records it (art 10.1): with the members of the case who
     * took part — as {@link #compose} sets it, the civil-service member and the political deputy.
     */
    public Map<String, Object> takingPart(Map<String, Object> decision) {
        Map<String, Object> body = new HashMap<>(decision);
        body.putIfAbsent("memberIds", List.of(memberAmbtelijk.toString(), deputyPolitiek.toString()));
        return body;
    }

    /** Art 12.1: every party answered the fact overview or waived corrections, so the advice need not wait. */
    public void partiesWaiveCorrections(String id) {
        Map<String, Object> waiver = Map.of("kind", "AFSTAND_CORRECTIE");
        asComplainant().body(waiver).post("/klachten/{id}/reacties", id).then().statusCode(200);
        asAccused().body(waiver).post("/klachten/{id}/reacties", id).then().statusCode(200);
    }

    /** The link of the accused to Bert, who is put on the roster of the accused's employer (domain.md §10.3). */
    public Map<String, Object> accusedLink(String accusedId) {
        onRoster(accusedTenant, accused, "Bert Beschuldigd");
        return Map.of("accusedId", accusedId, "personId", accused.toString(), "email", "bert@example.nl");
    }

    /** The link of the accused to Bert, without an address: Bert is put on the roster of the accused's employer. */
    public Map<String, Object> rosteredLink(String accusedId) {
        onRoster(accusedTenant, accused, "Bert Beschuldigd");
        return Map.of("accusedId", accusedId, "personId", accused.toString());
    }

    /** Puts a person with this login on a tenant's roster, once. */
    public static void onRoster(String tenant, UUID person, String name) {
        List<String> subjects = Onboarding.fractieAdmin(tenant).get("/tenants/{t}/roster", tenant).then()
                .statusCode(200).extract().path("subject");
        if (!subjects.contains(person.toString())) {
            Map<String, Object> body = Onboarding.person(name, person.toString());
            body.put("function", "Senior adviseur");
            Onboarding.fractieAdmin(tenant).body(body).post("/tenants/{t}/roster", tenant).then().statusCode(201);
        }
    }

    /** A holder of the employer role of a tenant. */
    public RequestSpecification employer(UUID person, String tenant) {
        return as(person, tenant, Roles.EMPLOYER);
    }

    /** The political member replaced by the political deputy (art 7.8); the side comes from the commission. */
    public void compose(String id) {
        asSecretary().body(Map.of("chairId", chair.toString(),
                "memberIds", List.of(memberAmbtelijk.toString(), memberPolitiek.toString()),
                "replacements", List.of(Map.of("excludedId", memberPolitiek.toString(),
                        "deputyId", deputyPolitiek.toString()))))
                .put("/klachten/{id}/samenstelling", id).then().statusCode(200);
    }

    /** Heard, the fact overview sent, the complainant's correction in and the accused waived theirs (art 12.1). */
    public String factOverviewSent() {
        String id = factOverviewOpen();
        asComplainant().body(Map.of("kind", "CORRECTIE", "text", "Het overleg was op dinsdag, niet op maandag."))
                .post("/klachten/{id}/reacties", id).then().statusCode(200);
        asAccused().body(Map.of("kind", "AFSTAND_CORRECTIE")).post("/klachten/{id}/reacties", id).then()
                .statusCode(200);
        return id;
    }

    /** Heard and the fact overview sent: both parties may still correct it or give their view (art 12.1, 12.5). */
    public String factOverviewOpen() {
        String id = admissible();
        asSecretary().body(Map.of("hearingOn", today().plusDays(7).toString(), "partiesTogether", false,
                "documentsDueOn", today().plusDays(3).toString())).post("/klachten/{id}/hoorzittingen", id)
                .then().statusCode(201);
        asSecretary().body(Map.of("kind", "HOORVERSLAG", "text", "Verslag van de hoorzitting."))
                .post("/klachten/{id}/verslagen", id).then().statusCode(200);
        asSecretary().body(Map.of("text", "Feitenoverzicht van de commissie.",
                "correctionsDueOn", today().plusDays(14).toString())).post("/klachten/{id}/feitenoverzicht", id)
                .then().statusCode(200);
        return id;
    }

    public Map<String, Object> advice(String chairVote, String memberVote, String deputyVote) {
        Map<String, Object> body = new HashMap<>();
        body.put("nature", "CORRECTIEF");
        body.put("text", "De klacht is gegrond; de commissie adviseert een corrigerend gesprek.");
        body.put("votes", List.of(Map.of("personId", chair.toString(), "vote", chairVote),
                Map.of("personId", memberAmbtelijk.toString(), "vote", memberVote),
                Map.of("personId", deputyPolitiek.toString(), "vote", deputyVote)));
        body.put("minorityPosition", "Een lid acht de klacht ongegrond.");
        return body;
    }

    /** The advice adopted unanimously, signed by chair and secretary: it reached the accused's employer. */
    public String adviceIssued() {
        String id = factOverviewSent();
        asSecretary().body(advice("VOOR", "VOOR", "VOOR")).post("/klachten/{id}/advies", id).then().statusCode(200);
        asChair().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        asSecretary().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200)
                .extract().path("status").equals("ADVIES_UITGEBRACHT");
        return id;
    }
}
