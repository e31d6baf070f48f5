package nl.tweedekamer.meldpunt.klacht.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import nl.tweedekamer.meldpunt.testing.TopicReader;

/** A published event is what asyncapi.yaml says: its message exists, and it carries exactly the declared fields. */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventContract() {
    }

    /** Only the fields asyncapi.yaml declares (additionalProperties: false), every required one; null only if allowed. */
    public static JsonNode assertContract(TopicReader.Event event) {
        try {
            JsonNode messages = new ObjectMapper(new YAMLFactory()).readTree(new File("../asyncapi.yaml"))
                    .path("components").path("messages");
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
                if (payload.path(property.getKey()).isNull()) {
                    assertThat(property.getValue().toString().toLowerCase(java.util.Locale.ROOT))
                            .as(property.getKey() + " may be null").contains("null");
                }
            });
            return payload;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
