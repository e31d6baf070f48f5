package nl.tweedekamer.meldpunt.testing;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Holds a consumer's event records against asyncapi.yaml by reflection, so that a consumer cannot read a field the
 * producer never sends (it would stay null in production while the consumer's tests fill it), and so that a
 * required field the producer adds, or one it drops, forces the consumer to look at it once.
 *
 * <p>A record component is a payload field of the same JSON name; a component whose type is a record, or a
 * collection of records, is the nested object (or the items of the array) of that field.
 */
public final class ConsumedRecordContract {

    private ConsumedRecordContract() {
    }

    /**
     * Fails unless every component of the record, nested records included, is a field of the payload of at least
     * one of the types (a lenient record that several types fill: each field from the type that has it).
     */
    public static void assertReadsOnlyContractFields(Class<?> record, Collection<String> types) {
        List<JsonNode> payloads = types.stream().map(AsyncApiContract::payload).toList();
        List<String> unknown = new ArrayList<>();
        outsideContract(record, payloads, record.getSimpleName(), unknown);
        if (!unknown.isEmpty()) {
            throw new AssertionError(record.getName() + " reads fields that no payload of " + types
                    + " has in asyncapi.yaml: " + unknown);
        }
    }

    public static void assertReadsOnlyContractFields(Class<?> record, String... types) {
        assertReadsOnlyContractFields(record, List.of(types));
    }

    /**
     * The required fields of the type's payload that the record does not read, nested ones as
     * {@code parent.field} (an object) or {@code parent[].field} (the items of an array), sorted.
     */
    public static Set<String> requiredFieldsNotRead(Class<?> record, String type) {
        Set<String> notRead = new TreeSet<>();
        notRead(record, AsyncApiContract.payload(type), "", notRead);
        return notRead;
    }

    /**
     * Fails unless the required fields of the type that the record leaves unread are exactly the reviewed ones
     * (field → why): a required field the producer added or dropped must be looked at by the consumer.
     */
    public static void assertIgnoresOnly(Class<?> record, String type, Map<String, String> reviewed) {
        Set<String> notRead = requiredFieldsNotRead(record, type);
        Set<String> unreviewed = new TreeSet<>(notRead);
        unreviewed.removeAll(reviewed.keySet());
        Set<String> stale = new TreeSet<>(reviewed.keySet());
        stale.removeAll(notRead);
        if (!unreviewed.isEmpty() || !stale.isEmpty()) {
            throw new AssertionError(type + " read as " + record.getName() + ": "
                    + (unreviewed.isEmpty() ? "" : "required in asyncapi.yaml, not read and not in the reviewed list: "
                            + unreviewed + ". ")
                    + (stale.isEmpty() ? "" : "in the reviewed list but no longer required, or read after all: " + stale
                            + "."));
        }
    }

    /** The reviewed list as {@code "field", "why", "field", "why", ...}. */
    public static Map<String, String> ignored(String... fieldAndWhy) {
        if (fieldAndWhy.length % 2 != 0) {
            throw new IllegalArgumentException("every ignored field needs its reason");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < fieldAndWhy.length; i += 2) {
            map.put(fieldAndWhy[i], fieldAndWhy[i + 1]);
        }
        return map;
    }

    private static void outsideContract(Class<?> record, List<JsonNode> objectSchemas, String path, List<String> out) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = jsonName(component);
            List<JsonNode> fieldSchemas = new ArrayList<>();
            for (JsonNode schema : objectSchemas) {
                JsonNode field = properties(schema).get(name);
                if (field != null) {
                    fieldSchemas.add(field);
                }
            }
            if (fieldSchemas.isEmpty()) {
                out.add(path + "." + name);
                continue;
            }
            Class<?> nested = nestedRecord(component);
            if (nested != null) {
                List<JsonNode> nestedSchemas = fieldSchemas.stream()
                        .map(f -> isCollection(component) ? items(f) : f).filter(n -> n != null).toList();
                outsideContract(nested, nestedSchemas, path + "." + name, out);
            }
        }
    }

    private static void notRead(Class<?> record, JsonNode objectSchema, String prefix, Set<String> out) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.put(jsonName(component), component);
        }
        Map<String, JsonNode> properties = properties(objectSchema);
        for (String required : required(objectSchema)) {
            RecordComponent component = components.get(required);
            if (component == null) {
                out.add(prefix + required);
                continue;
            }
            Class<?> nested = nestedRecord(component);
            JsonNode field = properties.get(required);
            if (nested != null && field != null) {
                boolean array = isCollection(component);
                JsonNode nestedSchema = array ? items(field) : field;
                if (nestedSchema != null) {
                    notRead(nested, nestedSchema, prefix + required + (array ? "[]." : "."), out);
                }
            }
        }
    }

    /** The properties of an object schema, through {@code $ref}, {@code allOf}, {@code anyOf} and {@code oneOf}. */
    private static Map<String, JsonNode> properties(JsonNode schema) {
        JsonNode node = AsyncApiContract.resolve(schema);
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        node.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            node.path(combinator).forEach(branch -> properties(branch).forEach(properties::putIfAbsent));
        }
        return properties;
    }

    /** The required fields of an object schema, its own and those of every {@code allOf} branch. */
    private static Set<String> required(JsonNode schema) {
        JsonNode node = AsyncApiContract.resolve(schema);
        Set<String> required = new TreeSet<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        node.path("allOf").forEach(branch -> required.addAll(required(branch)));
        return required;
    }

    /** The items schema of an array schema (also when nullable through a combinator); null if it has none. */
    private static JsonNode items(JsonNode schema) {
        JsonNode node = AsyncApiContract.resolve(schema);
        if (node.has("items")) {
            return node.get("items");
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode branch : node.path(combinator)) {
                JsonNode items = items(branch);
                if (items != null) {
                    return items;
                }
            }
        }
        return null;
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        if (property == null) {
            try {
                property = component.getDeclaringRecord().getDeclaredField(component.getName())
                        .getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException e) {
                property = null;
            }
        }
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static boolean isCollection(RecordComponent component) {
        return Collection.class.isAssignableFrom(component.getType());
    }

    /** The record a component holds, itself or as the element of a collection; null for a plain value. */
    private static Class<?> nestedRecord(RecordComponent component) {
        if (component.getType().isRecord()) {
            return component.getType();
        }
        if (isCollection(component) && component.getGenericType() instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            if (element instanceof Class<?> c && c.isRecord()) {
                return c;
            }
        }
        return null;
    }
}
