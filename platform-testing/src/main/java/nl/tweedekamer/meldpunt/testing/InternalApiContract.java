package nl.tweedekamer.meldpunt.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * A producer's OpenAPI document of its {@code /internal} endpoints (in its contract module), used on both sides:
 * the producer's provider test checks its real answers with it, and {@link ContactLookupStub} refuses to serve a
 * body it does not allow. Only the 200 answers of GET operations with a JSON schema are checked; a schema's
 * {@code $ref} to {@code #/components/schemas/X} is resolved.
 */
public final class InternalApiContract {

    /** melding-service's contract (melding-contract). */
    public static final InternalApiContract MELDING = load("/META-INF/openapi/melding-internal.yaml");

    /** klacht-service's contract (klacht-contract). */
    public static final InternalApiContract KLACHT = load("/META-INF/openapi/klacht-internal.yaml");

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Operation(String template, Pattern path, JsonSchema schema) {
    }

    private final String resource;
    private final List<Operation> operations;

    private InternalApiContract(String resource, List<Operation> operations) {
        this.resource = resource;
        this.operations = operations;
    }

    public static InternalApiContract load(String resource) {
        try (InputStream in = InternalApiContract.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("contract " + resource + " not on the classpath");
            }
            JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(in);
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            List<Operation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> path = it.next();
                JsonNode schema = path.getValue().path("get").path("responses").path("200").path("content")
                        .path("application/json").path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                JsonNode resolved = resolve(doc, schema);
                operations.add(new Operation(path.getKey(), Pattern.compile(
                        path.getKey().replaceAll("\\{[^}/]+}", "[^/]+")), factory.getSchema(resolved)));
            }
            return new InternalApiContract(resource, List.copyOf(operations));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.asText().startsWith("#/components/schemas/")) {
            JsonNode target = doc.path("components").path("schemas")
                    .path(ref.asText().substring("#/components/schemas/".length()));
            if (target.isMissingNode()) {
                throw new IllegalStateException("unresolved " + ref.asText());
            }
            return resolve(doc, target);
        }
        if (schema.has("items")) {
            ObjectNode copy = schema.deepCopy();
            copy.set("items", resolve(doc, schema.get("items")));
            return copy;
        }
        return schema;
    }

    /** Whether this contract describes the path (without query), e.g. {@code /internal/vertrouwenspersonen/x/contact}. */
    public boolean covers(String path) {
        return operation(path).isPresent();
    }

    /** What is wrong with this 200 body for a GET of the path (empty: it matches the contract). */
    public List<String> violations(String path, String json) {
        Operation op = operation(path).orElseThrow(
                () -> new IllegalArgumentException("no GET " + path + " in " + resource));
        try {
            Set<ValidationMessage> messages = op.schema().validate(JSON.readTree(json));
            return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getClass().getSimpleName());
        }
    }

    /** Throws unless the 200 body for a GET of the path matches the contract. */
    public void check(String path, String json) {
        List<String> violations = violations(path, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("GET " + path + " answers off the contract " + resource + ": " + violations);
        }
    }

    /** The path templates with a checked 200 answer, e.g. for a provider test that must cover each. */
    public List<String> templates() {
        return operations.stream().map(Operation::template).toList();
    }

    private Optional<Operation> operation(String path) {
        return operations.stream().filter(o -> o.path().matcher(path).matches()).findFirst();
    }

    /** The JSON a record or value serializes to, as the services' Jackson writes it. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
