package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.File;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.LogLines;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * Who sits is told to the parties (art 11.4, 7.8); they can object to a member, whom the chair of the case (the
 * deputy chair for the chair) finds involved or not; a member found involved is replaced by the deputy of the same
 * side, and without one the case waits for an ad-hoc appointment (art 7.2).
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class BezwaarTests {

    private static final String TOPIC = "klacht.events.v1";
    private static final String REASON = "GEPLANTE-BEZWAARREDEN-5521 Zwanenburg-Plantnaam";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Named as Commission.appointment names the test's commission members. */
    private static String nameOf(UUID member) {
        return "Commissielid " + member.toString().substring(0, 8);
    }

    @Test
    void thePartiesAreToldWhoSitsByNameAndSeatWithTheHearingInvitationAndNoEventNamesThem() {
        Klachten k = new Klachten();
        String id = k.admissible();
        k.asSecretary().body(Map.of("hearingOn", today().plusDays(7).toString(), "partiesTogether", false,
                "documentsDueOn", today().plusDays(3).toString())).post("/klachten/{id}/hoorzittingen", id)
                .then().statusCode(201);
        for (RequestSpecification party : List.of(k.asComplainant(), k.asAccused())) {
            String body = party.get("/klachten/{id}", id).then().statusCode(200)
                    // who sits: the chair, the civil service's member and the political deputy (art 7.4, 7.8)
                    .body("composition", hasSize(3))
                    .body("composition.find { it.seat == 'VOORZITTER' }.name", equalTo(nameOf(k.chair)))
                    .body("composition.find { it.side == 'AMBTELIJK' }.name", equalTo(nameOf(k.memberAmbtelijk)))
                    .body("composition.find { it.side == 'POLITIEK' }.name", equalTo(nameOf(k.deputyPolitiek)))
                    .body("composition.find { it.side == 'POLITIEK' }.seat", equalTo("LID"))
                    // with the hearing invitation (art 11.4)
                    .body("hearings[0].sitting", hasSize(3))
                    .body("hearings[0].sitting.name", org.hamcrest.Matchers.hasItem(nameOf(k.chair)))
                    .extract().asString();
            // the involved member is not named to the parties, and no address of anyone on the commission
            assertThat(body).doesNotContain(k.memberPolitiek.toString(), nameOf(k.memberPolitiek), "UITGESLOTEN",
                    "@commissie.example.nl");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(TOPIC, id).stream()
                .anyMatch(e -> e.type().endsWith("hoorzitting-gepland.v1")));
        for (TopicReader.Event e : TopicReader.withKey(TOPIC, id)) {
            assertThat(e.json()).doesNotContain("Commissielid", "@commissie.example.nl");
        }
    }

    @Test
    void aMemberObjectedToReadsNothingOfTheCaseUntilTheChairDecides() {
        Klachten k = new Klachten();
        String id = k.admissible();
        k.asMember(k.memberAmbtelijk).get("/klachten/{id}", id).then().statusCode(200);
        String objection = object(k.asComplainant(), id, k.memberAmbtelijk).statusCode(201)
                .body("reason", equalTo(REASON)).body("outcome", nullValue()).extract().path("id");
        // art 7.8: a possible involvement is recorded, so the member reads nothing, as for an unknown case
        k.asMember(k.memberAmbtelijk).get("/klachten/{id}", id).then().statusCode(404);
        k.asMember(k.memberAmbtelijk).get("/klachten/{id}/bezwaren", id).then().statusCode(404);
        k.asMember(k.memberAmbtelijk).get("/klachten").then().statusCode(200)
                .body("id", not(org.hamcrest.Matchers.hasItem(id)));
        // only the chair of the case decides; another member may not
        decide(k.asMember(k.deputyPolitiek), id, objection, false).statusCode(403);
        decide(k.asChair(), id, objection, false).statusCode(200).body("outcome", equalTo("AFGEWEZEN"));
        k.asMember(k.memberAmbtelijk).get("/klachten/{id}", id).then().statusCode(200);
        decide(k.asChair(), id, objection, true).statusCode(409);
        // the party reads its own objection, the other party not
        k.asComplainant().get("/klachten/{id}/bezwaren", id).then().statusCode(200).body("", hasSize(1));
        k.asAccused().get("/klachten/{id}/bezwaren", id).then().statusCode(200).body("", hasSize(0));
        // a member not sitting on the case is no object of an objection
        object(k.asAccused(), id, k.memberPolitiek).statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("/geen-lid-van-zaak"));
    }

    @Test
    void aMemberFoundInvolvedIsReplacedByTheDeputyOfTheSameSide() {
        Klachten k = new Klachten();
        String id = k.admissible();
        String objection = object(k.asAccused(), id, k.memberAmbtelijk).statusCode(201).extract().path("id");
        decide(k.asChair(), id, objection, true).statusCode(200).body("outcome", equalTo("TOEGEWEZEN"))
                .body("replacedBy", equalTo(k.deputyAmbtelijk.toString()));
        k.asSecretary().get("/klachten/{id}", id).then().statusCode(200)
                .body("composition.find { it.personId == '" + k.memberAmbtelijk + "' }.seat", equalTo("UITGESLOTEN"))
                .body("composition.find { it.personId == '" + k.deputyAmbtelijk + "' }.seat", equalTo("LID"))
                .body("composition.find { it.personId == '" + k.deputyAmbtelijk + "' }.side", equalTo("AMBTELIJK"))
                .body("procedure.adHocAppointmentRequired", nullValue());
        k.asMember(k.memberAmbtelijk).get("/klachten/{id}", id).then().statusCode(404);
        k.asComplainant().get("/klachten/{id}", id).then().statusCode(200)
                .body("composition.find { it.side == 'AMBTELIJK' }.name", equalTo(nameOf(k.deputyAmbtelijk)));
        // the member found involved sits on the case no more, also when it is composed again (art 7.8)
        k.asSecretary().body(Map.of("chairId", k.chair.toString(),
                "memberIds", List.of(k.memberAmbtelijk.toString(), k.deputyPolitiek.toString()),
                "replacements", List.of())).put("/klachten/{id}/samenstelling", id).then().statusCode(422)
                .body("detail", containsString("art 7.8"));
        // the hearing is planned with the deputy
        k.asSecretary().body(Map.of("hearingOn", today().plusDays(7).toString(), "partiesTogether", false))
                .post("/klachten/{id}/hoorzittingen", id).then().statusCode(201);
    }

    @Test
    void anObjectionAgainstTheChairIsDecidedByTheDeputyChair() {
        Klachten k = new Klachten();
        String id = k.admissible();
        String objection = object(k.asComplainant(), id, k.chair).statusCode(201).extract().path("id");
        // the chair objected to reads nothing of the case, so cannot decide about themselves either
        k.asChair().get("/klachten/{id}", id).then().statusCode(404);
        decide(k.asChair(), id, objection, false).statusCode(404);
        decide(k.asMember(k.memberAmbtelijk), id, objection, false).statusCode(403);
        decide(k.asMember(k.deputyChair), id, objection, true).statusCode(200)
                .body("replacedBy", equalTo(k.deputyChair.toString()));
        k.asMember(k.deputyChair).get("/klachten/{id}", id).then().statusCode(200).body("as", equalTo("VOORZITTER"));
        k.asChair().get("/klachten/{id}", id).then().statusCode(404);
    }

    @Test
    void whenBothSeatsOfASideAreExcludedTheCaseWaitsForAnAdHocAppointmentAndNoHearingIsPlanned() {
        try (LogLines capture = LogLines.capture()) {
            Klachten k = new Klachten();
            // the political member was replaced as involved by the political deputy (Klachten.compose)
            String id = k.admissible();
            String objection = object(k.asAccused(), id, k.deputyPolitiek).statusCode(201).extract().path("id");
            decide(k.asChair(), id, objection, true).statusCode(200).body("outcome", equalTo("TOEGEWEZEN"))
                    .body("replacedBy", nullValue());
            k.asSecretary().get("/klachten/{id}", id).then().statusCode(200)
                    .body("procedure.adHocAppointmentRequired", equalTo(true))
                    .body("composition.findAll { it.seat == 'LID' }", hasSize(1));
            // art 7.2: no hearing until an ad-hoc member is appointed and the case is composed again
            k.asSecretary().body(Map.of("hearingOn", today().plusDays(7).toString(), "partiesTogether", false))
                    .post("/klachten/{id}/hoorzittingen", id).then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("art 7.2"));

            await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(TOPIC, id).stream()
                    .anyMatch(e -> e.type().endsWith("bezwaar-beslist.v1")));
            List<TopicReader.Event> events = TopicReader.withKey(TOPIC, id);
            JsonNode messages = new ObjectMapper(new YAMLFactory()).readTree(new File("../asyncapi.yaml"))
                    .path("components").path("messages");
            for (String type : List.of("bezwaar-ingediend.v1", "bezwaar-beslist.v1")) {
                TopicReader.Event e = events.stream().filter(x -> x.type().endsWith(type)).findFirst().orElseThrow();
                JsonNode payload = JSON.readTree(e.json());
                String message = type.startsWith("bezwaar-ingediend") ? "BezwaarIngediend" : "BezwaarBeslist";
                JsonNode schema = messages.path(message).path("payload");
                assertThat(messages.path(message).path("name").asText()).isEqualTo(e.type());
                Set<String> declared = new HashSet<>();
                schema.path("properties").fieldNames().forEachRemaining(declared::add);
                Set<String> sent = new HashSet<>();
                payload.fieldNames().forEachRemaining(sent::add);
                assertThat(declared).containsAll(sent);
                schema.path("required").forEach(r -> assertThat(payload.has(r.asText())).isTrue());
                assertThat(payload.path("objectionId").asText()).isEqualTo(objection);
                // pseudonymous ids and the outcome only: neither the member objected to nor the reason
                assertThat(e.json()).doesNotContain(k.deputyPolitiek.toString(), REASON, "Zwanenburg");
            }
            JsonNode decided = JSON.readTree(events.stream().filter(x -> x.type().endsWith("bezwaar-beslist.v1"))
                    .findFirst().orElseThrow().json());
            assertThat(decided.path("outcome").asText()).isEqualTo("TOEGEWEZEN");
            assertThat(decided.path("adHocAppointmentRequired").asBoolean()).isTrue();
            assertThat(capture.lines()).noneMatch(l -> l.contains("GEPLANTE-BEZWAARREDEN") || l.contains("Zwanenburg"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static io.restassured.response.ValidatableResponse object(RequestSpecification who, String id,
            UUID member) {
        return who.body(Map.of("memberId", member.toString(), "reason", REASON))
                .post("/klachten/{id}/bezwaren", id).then();
    }

    private static io.restassured.response.ValidatableResponse decide(RequestSpecification who, String id,
            String objection, boolean upheld) {
        return who.body(Map.of("upheld", upheld)).post("/klachten/{id}/bezwaren/{o}/beslissing", id, objection).then();
    }
}
