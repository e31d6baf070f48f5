package nl.tweedekamer.meldpunt.platform.event;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes events to the outbox inside the caller's transaction; nothing is sent to Kafka here. */
@ApplicationScoped
public class EventPublisher {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Inject
    Instance<PublishedEventCheck> checks;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, String tenantId, String subject, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.key = key;
        event.type = type;
        event.source = "/meldpunt/" + applicationName;
        event.tenantId = tenantId;
        event.subject = subject;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            event.payload = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload of type " + type + " cannot be serialised", e);
        }
        for (PublishedEventCheck check : checks) {
            check.check(type, event.payload);
        }
        event.persist();
        return event.eventId;
    }
}
