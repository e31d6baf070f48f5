package nl.tweedekamer.meldpunt.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts an event on a topic of this JVM's test broker in the same envelope the outbox relay uses
 * (binary CloudEvent, {@code ce_tenantid} extension), so that a consumer is tested against the contract
 * of asyncapi.yaml rather than against the producing service.
 */
public final class TopicWriter {

    private TopicWriter() {
    }

    /** Sends one event and waits until the broker has it; returns its {@code ce_id}. */
    public static UUID send(String topic, String key, String source, String type, String tenantId, String subject,
            String json) {
        return send(topic, key, UUID.randomUUID(), source, type, tenantId, subject, json);
    }

    /** Sends an event with a chosen {@code ce_id}: send the same id twice to prove a redelivery changes nothing. */
    public static UUID send(String topic, String key, UUID eventId, String source, String type, String tenantId,
            String subject, String json) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(eventId.toString())
                .withSource(URI.create(source))
                .withType(type)
                .withTime(OffsetDateTime.now())
                .withDataContentType("application/json")
                .withData(json.getBytes(StandardCharsets.UTF_8));
        if (tenantId != null) {
            builder.withExtension("tenantid", tenantId);
        }
        if (subject != null) {
            builder.withSubject(subject);
        }
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(config, new StringSerializer(),
                new CloudEventSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, builder.build())).get();
            return eventId;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending a test event", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the test broker refused an event on " + topic, e.getCause());
        }
    }
}
