package nl.tweedekamer.meldpunt.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what really is on a topic, from the beginning to its current end, as a fresh consumer would. */
public final class TopicReader {

    /** One CloudEvent as it lies on the topic. */
    public record Event(String key, String id, String type, String tenantId, String json) {
    }

    private TopicReader() {
    }

    public static List<Event> withKey(String topic, String key) {
        return all(topic).stream().filter(e -> key.equals(e.key())).toList();
    }

    /** Every event on the topic of this JVM's test broker. */
    public static List<Event> all(String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new CloudEventDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    CloudEvent event = record.value();
                    Object tenant = event.getExtension("tenantid");
                    events.add(new Event(record.key(), event.getId(), event.getType(),
                            tenant == null ? null : tenant.toString(),
                            event.getData() == null ? "" : new String(event.getData().toBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return events;
    }
}
