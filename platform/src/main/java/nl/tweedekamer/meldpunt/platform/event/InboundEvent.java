package nl.tweedekamer.meldpunt.platform.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;

/** A received CloudEvent, reduced to what handlers use. */
public record InboundEvent(String id, String type, String source, String tenantId, String subject,
        OffsetDateTime time, String topic, String key, byte[] data) {

    static InboundEvent of(String topic, String key, CloudEvent event) {
        Object tenant = event.getExtension(OutboxRelay.EXTENSION_TENANT);
        return new InboundEvent(event.getId(), event.getType(), event.getSource().toString(),
                tenant == null ? null : tenant.toString(), event.getSubject(), event.getTime(), topic, key,
                event.getData() == null ? new byte[0] : event.getData().toBytes());
    }

    public <T> T dataAs(ObjectMapper mapper, Class<T> type) {
        try {
            // a producer may add fields (contract evolution); a stricter read would stall the partition
            return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(data);
        } catch (IOException e) {
            throw new UncheckedIOException("payload of " + this.type + " does not match " + type.getSimpleName(), e);
        }
    }
}
