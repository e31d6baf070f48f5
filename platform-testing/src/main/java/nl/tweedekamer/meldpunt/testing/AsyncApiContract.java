package nl.tweedekamer.meldpunt.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The payload schemas of asyncapi.yaml (the repository's, not a copy), by CloudEvents type, with formats
 * asserted. Every message payload says {@code additionalProperties: false}, so a field outside the contract fails.
 */
public final class AsyncApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, JsonSchema> schemas;

    private AsyncApiContract() {
    }

    /** The violations of the payload against the schema of its type; fails when the type is not in the contract. */
    public static Set<String> violations(String type, String payloadJson) {
        JsonSchema schema = schemas().get(type);
        if (schema == null) {
            return Set.of("type " + type + " is not in asyncapi.yaml");
        }
        try {
            return schema.validate(JSON.readTree(payloadJson)).stream().map(ValidationMessage::getMessage)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of("payload is not JSON");
        }
    }

    private static synchronized Map<String, JsonSchema> schemas() {
        if (schemas == null) {
            try {
                JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(contract()));
                JsonNode components = root.path("components").path("schemas");
                JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                Map<String, JsonSchema> byType = new HashMap<>();
                root.path("components").path("messages").forEach(message -> {
                    ObjectNode payload = message.path("payload").deepCopy();
                    // the payload's $refs point at #/components/schemas: carry them along in the same document
                    payload.putObject("components").set("schemas", components);
                    byType.put(message.path("name").asText(), factory.getSchema(payload, config));
                });
                schemas = byType;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }

    private static Path contract() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("asyncapi.yaml"))) {
                return dir.resolve("asyncapi.yaml");
            }
        }
        throw new IllegalStateException("asyncapi.yaml not found above " + Path.of("").toAbsolutePath());
    }
}
