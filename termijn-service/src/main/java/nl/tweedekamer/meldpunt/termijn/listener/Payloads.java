package nl.tweedekamer.meldpunt.termijn.listener;

import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.platform.event.InboundEvent;

/**
 * Reads a consumed payload, or passes the event over, visibly, when it can never be applied (unreadable, or a
 * field the contract requires is missing): retrying it would hold up every case behind it on its partition.
 * Logs name the event id and type only, never content.
 */
final class Payloads {

    private static final Logger LOG = Logger.getLogger(Payloads.class);

    /** The fields asyncapi.yaml allows to be null in the events read here. */
    private static final Set<String> NULLABLE = Set.of("tenantId", "declarationId", "handoverId", "recipientId",
            "extensionDays", "newDueOn", "appointedUntil", "function", "reason", "ending", "kind", "confirmedOn",
            "issuedOn", "endedOn", "recipients", "employerTenantId", "completeOn");

    private Payloads() {
    }

    static <T extends Record> Optional<T> read(ObjectMapper mapper, InboundEvent event, Class<T> type, String consumer) {
        T payload;
        try {
            payload = event.dataAs(mapper, type);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            passOver(event, consumer, "its data is no " + type.getSimpleName());
            return Optional.empty();
        }
        if (payload == null) {
            passOver(event, consumer, "it has no data");
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            try {
                if (component.getAccessor().invoke(payload) == null && !NULLABLE.contains(component.getName())) {
                    passOver(event, consumer, "it lacks " + component.getName());
                    return Optional.empty();
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.of(payload);
    }

    private static void passOver(InboundEvent event, String consumer, String why) {
        LOG.errorf("Consumer %s passes over event %s of type %s: %s", consumer, event.id(), event.type(), why);
    }
}
