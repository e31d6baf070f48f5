package nl.tweedekamer.meldpunt.testing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The test broker is a real Kafka broker outside the test classpath, and stopping and restarting it loses neither
 * records nor committed offsets.
 */
class KafkaBrokerKeepsRecordsAndOffsetsAcrossRestartTest {

    private static final String TOPIC = "restart-proof.v1";
    private static final String GROUP = "restart-proof";

    @Test
    void recordsAndCommittedOffsetsSurviveABrokerRestartOnTheSamePort() throws Exception {
        String bootstrap = KafkaBroker.bootstrapServers();
        assertTrue(KafkaBroker.isRunning());
        assertEquals(bootstrap, KafkaBroker.ensureRunning(), "one broker per JVM");

        produce(bootstrap, "before-restart");
        assertEquals(List.of("before-restart"), consumeAndCommit(bootstrap, GROUP, 1));

        KafkaBroker.stopBroker();
        assertFalse(KafkaBroker.isRunning());
        assertFalse(acceptsConnections(bootstrap), "the broker is down");

        KafkaBroker.restartBroker();
        assertTrue(KafkaBroker.isRunning());
        assertEquals(bootstrap, KafkaBroker.bootstrapServers(), "same address after the restart");

        produce(bootstrap, "after-restart");
        // the group's committed offset survived: it only sees the new record
        assertEquals(List.of("after-restart"), consumeAndCommit(bootstrap, GROUP, 1));
        // the records survived: a new group reads both from the start
        assertEquals(List.of("before-restart", "after-restart"), consumeAndCommit(bootstrap, "restart-proof-new", 2));
    }

    @Test
    void theBrokerRunsOnItsOwnClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("kafka.Kafka"));
        String classpath = KafkaBrokerProcess.brokerClasspath();
        assertTrue(classpath.contains("kafka_2.13-") && classpath.contains("log4j-slf4j-impl-"), classpath);
        assertTrue(Files.exists(KafkaBroker.logFile()), "the broker logs to its own file");
    }

    private static void produce(String bootstrap, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, "key", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeAndCommit(String bootstrap, String group, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return values.size() >= expected;
            });
            consumer.commitSync(Duration.ofSeconds(30));
            // nothing beyond what was expected
            consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
        }
        return values;
    }

    private static boolean acceptsConnections(String bootstrap) {
        String[] hostPort = bootstrap.split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
