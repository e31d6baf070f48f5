package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * Every step of a complaint publishes a CloudEvent, also those that only add a piece, record the vote,
 * sign or set who sits; each once, by the contract, with case id, reference, tenant, step, pseudonymous ids and
 * dates only (domain.md §7): a name and a text planted in every field a person fills appear in none.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class KlachtStapEventsTests {

    private static final String TOPIC = "klacht.events.v1";
    private static final String PREFIX = "nl.tweedekamer.klacht.";
    private static final String NAME = "Vlinderbos-Plantnaam";
    private static final String TEXT = "GEPLANTE-STAPTEKST-4417";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<TopicReader.Event> ofType(List<TopicReader.Event> events, String type) {
        return events.stream().filter(e -> (PREFIX + type).equals(e.type())).toList();
    }

    @Test
    void eachStepWithoutAnEventOfItsOwnPublishesOneOfTheContractWithNoNameOrText() throws IOException {
        Klachten k = new Klachten();
        Map<String, Object> content = k.klaagschrift();
        content.put("behaviour", TEXT);
        content.put("complainant", Map.of("name", NAME, "address", TEXT, "function", TEXT));
        String id = k.draft(content);
        k.asComplainant().body(Map.of("name", NAME, "signedOn", today().toString()))
                .post("/klachten/{id}/indiening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", true, "reasons", TEXT,
                "accusedLinks", List.of(k.rosteredLink(k.accusedId(id))))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200);
        k.asSecretary().body(Map.of("hearingOn", today().plusDays(7).toString(), "partiesTogether", true))
                .post("/klachten/{id}/hoorzittingen", id).then().statusCode(201);
        k.asSecretary().body(Map.of("kind", "HOORVERSLAG", "text", NAME + " " + TEXT))
                .post("/klachten/{id}/verslagen", id).then().statusCode(200);
        k.asSecretary().body(Map.of("kind", "ONDERZOEKSVERSLAG", "text", NAME + " " + TEXT))
                .post("/klachten/{id}/verslagen", id).then().statusCode(200);
        k.asSecretary().body(Map.of("text", TEXT, "correctionsDueOn", today().plusDays(10).toString()))
                .post("/klachten/{id}/feitenoverzicht", id).then().statusCode(200);
        k.asAccused().body(Map.of("kind", "CORRECTIE", "text", NAME + " " + TEXT))
                .post("/klachten/{id}/reacties", id).then().statusCode(200);
        k.asComplainant().body(Map.of("kind", "ZIENSWIJZE", "text", NAME + " " + TEXT))
                .post("/klachten/{id}/reacties", id).then().statusCode(200);
        k.asComplainant().body(Map.of("kind", "AFSTAND_CORRECTIE", "text", NAME + " " + TEXT))
                .post("/klachten/{id}/reacties", id).then().statusCode(200);
        Map<String, Object> advice = k.advice("VOOR", "VOOR", "TEGEN");
        advice.put("text", TEXT);
        advice.put("minorityPosition", NAME + " vindt " + TEXT);
        k.asSecretary().body(advice).post("/klachten/{id}/advies", id).then().statusCode(200);
        k.asChair().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        k.asComplainant().body(Map.of("concerns", "AANGEKLAAGDE", "accusedId", k.accusedId(id),
                "reason", "ONHOUDBARE_SITUATIE", "request", TEXT))
                .post("/klachten/{id}/tijdelijke-voorzieningen", id).then().statusCode(201);
        String requestId = k.asEmployerB().get("/tijdelijke-voorzieningen").then().statusCode(200)
                .extract().path("[0].id");
        k.asEmployerB().body(Map.of("measures", NAME + " " + TEXT, "commissionConsultedOn", today().toString()))
                .post("/tijdelijke-voorzieningen/{r}/maatregelen", requestId).then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> !ofType(TopicReader.withKey(TOPIC, id),
                "tijdelijke-voorziening-getroffen.v1").isEmpty());
        List<TopicReader.Event> events = TopicReader.withKey(TOPIC, id);
        String reference = k.asSecretary().get("/klachten/{id}", id).then().extract().path("reference");

        // who sits: the chair, the ambtelijk member and the deputy for the involved political member, who is not named
        assertThat(ofType(events, "samenstelling-vastgesteld.v1")).singleElement().satisfies(e -> {
            JsonNode p = JSON.readTree(e.json());
            assertThat(p.path("chairId").asText()).isEqualTo(k.chair.toString());
            assertThat(p.path("memberIds")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                    k.memberAmbtelijk.toString(), k.deputyPolitiek.toString());
            assertThat(e.json()).doesNotContain(k.memberPolitiek.toString());
        });
        assertThat(ofType(events, "stuk-toegevoegd.v1")).extracting(e -> JSON.readTree(e.json()).path("kind").asText())
                .containsExactly("HOORVERSLAG", "ONDERZOEKSVERSLAG", "CORRECTIE", "ZIENSWIJZE", "AFSTAND_CORRECTIE");
        assertThat(ofType(events, "stemming-vastgelegd.v1")).singleElement()
                .satisfies(e -> assertThat(JSON.readTree(e.json()).path("outcome").asText()).isEqualTo("MEERDERHEID"));
        assertThat(ofType(events, "advies-ondertekend.v1")).extracting(
                e -> JSON.readTree(e.json()).path("signedAs").asText()).containsExactly("VOORZITTER", "SECRETARIS");
        assertThat(ofType(events, "tijdelijke-voorziening-getroffen.v1")).singleElement().satisfies(e -> assertThat(
                JSON.readTree(e.json()).path("employerTenantId").asText()).isEqualTo(k.accusedTenant));

        JsonNode messages = new ObjectMapper(new YAMLFactory()).readTree(new File("../asyncapi.yaml"))
                .path("components").path("messages");
        List<String> newTypes = List.of("samenstelling-vastgesteld.v1", "stuk-toegevoegd.v1",
                "stemming-vastgelegd.v1", "advies-ondertekend.v1", "tijdelijke-voorziening-getroffen.v1");
        List<TopicReader.Event> checked = new ArrayList<>();
        for (String type : newTypes) {
            checked.addAll(ofType(events, type));
        }
        assertThat(checked).hasSize(10);
        for (TopicReader.Event event : checked) {
            assertContract(messages, event);
            JsonNode payload = JSON.readTree(event.json());
            assertThat(payload.path("caseId").asText()).isEqualTo(id);
            assertThat(payload.path("caseReference").asText()).isEqualTo(reference);
            assertThat(payload.path("tenantId").asText()).isEqualTo(k.complainantTenant);
            assertThat(event.tenantId()).isEqualTo(k.complainantTenant);
            assertThat(payload.toString()).contains("\"" + today() + "\"");
        }
        // the same case-keyed events, every one: nothing a person wrote or is called
        for (TopicReader.Event event : events) {
            assertThat(event.json()).doesNotContain(NAME, TEXT, "Plant", "Klara", "Bert");
        }
    }

    /** Only the fields asyncapi.yaml declares (additionalProperties: false), all required ones, codes of its enums. */
    private static void assertContract(JsonNode messages, TopicReader.Event event) throws IOException {
        JsonNode message = null;
        for (JsonNode m : messages) {
            if (event.type().equals(m.path("name").asText())) {
                message = m;
            }
        }
        assertThat(message).as("asyncapi.yaml has a message " + event.type()).isNotNull();
        assertThat(message.path("x-status").asText()).isEqualTo("current");
        JsonNode schema = message.path("payload");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        JsonNode payload = JSON.readTree(event.json());
        Set<String> fields = new HashSet<>();
        payload.fieldNames().forEachRemaining(fields::add);
        Set<String> allowed = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(allowed::add);
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        assertThat(fields).as(event.type()).isEqualTo(allowed).isEqualTo(required);
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode values = property.getValue().path("enum");
            if (values.isArray()) {
                List<String> codes = new ArrayList<>();
                values.forEach(v -> codes.add(v.asText()));
                assertThat(codes).as(property.getKey()).contains(payload.path(property.getKey()).asText());
            }
        });
    }
}
