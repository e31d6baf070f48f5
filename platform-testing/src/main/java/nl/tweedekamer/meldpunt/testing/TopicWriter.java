package nl.tweedekamer.meldpunt.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 *
 * <p>{@link #send} holds every payload whose type asyncapi.yaml names against that type's schema
 * ({@link AsyncApiContract}) and fails the test before anything is sent when it does not fit: a consumer's test
 * feeds only what a producer may publish, never the producer as the consumer imagines it. A test of what a
 * consumer does with a broken event says so by calling {@link #sendOffContract}.
 */
public final class TopicWriter {

    private TopicWriter() {
    }

    /**
     * Sends one event that keeps to asyncapi.yaml and waits until the broker has it; returns its {@code ce_id}.
     *
     * @throws AssertionError naming the violations when the payload breaks the schema of its type
     */
    public static UUID send(String topic, String key, String source, String type, String tenantId, String subject,
            String json) {
        return send(topic, key, UUID.randomUUID(), source, type, tenantId, subject, json);
    }

    /** Sends an event with a chosen {@code ce_id}: send the same id twice to prove a redelivery changes nothing. */
    public static UUID send(String topic, String key, UUID eventId, String source, String type, String tenantId,
            String subject, String json) {
        keepsToTheContract(type, json);
        return write(topic, key, eventId, source, type, tenantId, subject, json);
    }

    /**
     * Sends a payload that breaks asyncapi.yaml on purpose, unchecked: only for a test of what a consumer does with
     * an event a faulty producer might send.
     */
    public static UUID sendOffContract(String topic, String key, String source, String type, String tenantId,
            String subject, String json) {
        return write(topic, key, UUID.randomUUID(), source, type, tenantId, subject, json);
    }

    /** {@link #sendOffContract} with a chosen {@code ce_id}. */
    public static UUID sendOffContract(String topic, String key, UUID eventId, String source, String type,
            String tenantId, String subject, String json) {
        return write(topic, key, eventId, source, type, tenantId, subject, json);
    }

    /** A type asyncapi.yaml does not name has no schema to keep to (a consumer's test of an unknown type). */
    private static void keepsToTheContract(String type, String json) {
        if (type == null || !AsyncApiContract.covers(type)) {
            return;
        }
        Set<String> violations = AsyncApiContract.violations(type, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("the test event " + type + " breaks asyncapi.yaml, so no producer sends it: "
                    + new TreeSet<>(violations) + " (payload " + json + "). Send what the producer sends, or use "
                    + "TopicWriter.sendOffContract in a test of a broken event.");
        }
    }

    private static UUID write(String topic, String key, UUID eventId, String source, String type, String tenantId,
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
