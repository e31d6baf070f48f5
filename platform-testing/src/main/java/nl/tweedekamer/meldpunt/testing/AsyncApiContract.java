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
    private static Map<String, JsonNode> payloads;
    private static JsonNode components;

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

    /** Whether asyncapi.yaml names this CloudEvents type. */
    public static boolean covers(String type) {
        return schemas().containsKey(type);
    }

    /** The payload schema of a type as written in asyncapi.yaml ({@code $ref}s unresolved, see {@link #resolve}). */
    static JsonNode payload(String type) {
        schemas();
        JsonNode payload = payloads.get(type);
        if (payload == null) {
            throw new IllegalArgumentException("type " + type + " is not in asyncapi.yaml");
        }
        return payload;
    }

    /** Follows a {@code $ref} to {@code #/components/schemas/...}; any other node as it is. */
    static JsonNode resolve(JsonNode schema) {
        schemas();
        JsonNode node = schema;
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            String prefix = "#/components/schemas/";
            if (!ref.startsWith(prefix)) {
                throw new IllegalStateException("unexpected $ref " + ref + " in asyncapi.yaml");
            }
            node = components.path(ref.substring(prefix.length()));
        }
        return node;
    }

    private static synchronized Map<String, JsonSchema> schemas() {
        if (schemas == null) {
            try {
                JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(contract()));
                JsonNode shared = root.path("components").path("schemas");
                JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                Map<String, JsonSchema> byType = new HashMap<>();
                Map<String, JsonNode> payloadByType = new HashMap<>();
                root.path("components").path("messages").forEach(message -> {
                    payloadByType.put(message.path("name").asText(), message.path("payload"));
                    ObjectNode payload = message.path("payload").deepCopy();
                    // the payload's $refs point at #/components/schemas: carry them along in the same document
                    payload.putObject("components").set("schemas", shared);
                    byType.put(message.path("name").asText(), factory.getSchema(payload, config));
                });
                components = shared;
                payloads = payloadByType;
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
