package nl.tweedekamer.meldpunt.klacht.commissie;

import static nl.tweedekamer.meldpunt.klacht.support.Commission.admin;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.appoint;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.appointment;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.window;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** The commission's events are what asyncapi.yaml says they are: its fields, its codes, nothing else. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class CommissionEventContractTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void appointmentRenewalAndEndAreEventsOfTheContractWithNoOtherField() throws IOException {
        LocalDate from = window();
        UUID person = UUID.randomUUID();
        String id = appoint(appointment(person, "DEPUTY_MEMBER", "POLITICAL", true, from));
        admin().post("/commission/appointments/{id}/renewal", id).then().statusCode(200);
        admin().body(Map.of("reason", "DISMISSED")).post("/commission/appointments/{id}/end", id).then()
                .statusCode(200);
        String secretary = appoint(appointment("SECRETARY", null, false, from));

        List<TopicReader.Event> events = new ArrayList<>(CommissionAppointmentTests.awaitEvents(person, 3));
        assertThat(events).extracting(TopicReader.Event::type).containsExactly(
                CommissielidBenoemd.TYPE, CommissielidBenoemd.TYPE, CommissielidOntslagen.TYPE);
        String secretaryPerson = admin().get("/commission/appointments/{id}", secretary).then().extract()
                .path("personId");
        events.addAll(CommissionAppointmentTests.awaitEvents(UUID.fromString(secretaryPerson), 1));

        JsonNode messages = new ObjectMapper(new YAMLFactory()).readTree(new File("../asyncapi.yaml"))
                .path("components").path("messages");
        for (TopicReader.Event event : events) {
            JsonNode message = messageNamed(messages, event.type());
            assertThat(message.path("x-status").asText()).isEqualTo("current");
            JsonNode schema = message.path("payload");
            JsonNode payload = JSON.readTree(event.json());
            Set<String> fields = new HashSet<>();
            payload.fieldNames().forEachRemaining(fields::add);
            Set<String> allowed = new HashSet<>();
            schema.path("properties").fieldNames().forEachRemaining(allowed::add);
            assertThat(allowed).as("additionalProperties: false").containsAll(fields);
            schema.path("required").forEach(r -> assertThat(fields).contains(r.asText()));
            schema.path("properties").fields().forEachRemaining(property -> {
                JsonNode allowedValues = property.getValue().path("enum");
                if (allowedValues.isArray() && fields.contains(property.getKey())) {
                    List<String> values = new ArrayList<>();
                    allowedValues.forEach(v -> values.add(v.isNull() ? null : v.asText()));
                    JsonNode value = payload.get(property.getKey());
                    assertThat(values).as(property.getKey()).contains(value.isNull() ? null : value.asText());
                }
            });
            assertThat(event.key()).isEqualTo(payload.get("personId").asText());
            assertThat(event.tenantId()).isNull();
        }
    }

    private static JsonNode messageNamed(JsonNode messages, String type) {
        for (JsonNode message : messages) {
            if (type.equals(message.path("name").asText())) {
                return message;
            }
        }
        throw new AssertionError("asyncapi.yaml has no message " + type);
    }
}
