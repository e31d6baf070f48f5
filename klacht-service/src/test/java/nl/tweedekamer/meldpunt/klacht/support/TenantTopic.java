package nl.tweedekamer.meldpunt.klacht.support;

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
import org.eclipse.microprofile.config.ConfigProvider;

import nl.tweedekamer.meldpunt.platform.event.Topics;

/** Reads what klacht-service really put on the compacted tenants topic. */
public final class TenantTopic {

    public record Snapshot(String key, String id, String type, String tenantId, String json) {
    }

    private TenantTopic() {
    }

    /** Every snapshot on tenants.v1 with the given key, from the beginning. */
    public static List<Snapshot> snapshotsOf(String tenantId) {
        List<Snapshot> found = new ArrayList<>();
        for (Snapshot s : all()) {
            if (tenantId.equals(s.key())) {
                found.add(s);
            }
        }
        return found;
    }

    public static List<Snapshot> all() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<Snapshot> found = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new CloudEventDeserializer())) {
            TopicPartition partition = new TopicPartition(Topics.TENANTS, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    CloudEvent event = record.value();
                    Object tenant = event.getExtension("tenantid");
                    found.add(new Snapshot(record.key(), event.getId(), event.getType(),
                            tenant == null ? null : tenant.toString(),
                            new String(event.getData().toBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return found;
    }
}
