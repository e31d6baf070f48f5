import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A minimal HR portal: reads its own tenant's topic {@code hr-status.<tenantid>.v1} with consumer group
 * {@code hr-portal.<tenantid>} and prints each status event (CloudEvents 1.0 in Kafka binary mode: the attributes are
 * {@code ce_*} headers, the payload is JSON). Needs only kafka-clients and slf4j-api on the class path.
 *
 * <pre>
 * java -cp "kafka-clients.jar:slf4j-api.jar" HrPortalConsumer.java localhost:9092 fractie-voorbeeld
 * </pre>
 *
 * With SASL (production): set HR_PORTAL_SASL_USERNAME (hr-portal-&lt;tenantid&gt;) and HR_PORTAL_SASL_PASSWORD; it then
 * connects with SASL_SSL and SCRAM-SHA-512. An optional third argument stops after that many events.
 */
public class HrPortalConsumer {

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: HrPortalConsumer <bootstrap-servers> <tenant-id> [max-events]");
            System.exit(2);
        }
        int max = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        run(args[0], args[1], max, Duration.ofDays(3650), System.out);
    }

    /** Reads until {@code max} events were printed or {@code timeout} passed; returns how many were printed. */
    public static int run(String bootstrap, String tenantId, int max, Duration timeout, PrintStream out) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "hr-portal." + tenantId);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        String user = System.getenv("HR_PORTAL_SASL_USERNAME");
        if (user != null) {
            config.put("security.protocol", "SASL_SSL");
            config.put("sasl.mechanism", "SCRAM-SHA-512");
            config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                    + user + "\" password=\"" + System.getenv("HR_PORTAL_SASL_PASSWORD") + "\";");
        }
        // a real portal keeps the ids it has handled in its own database: the same event may come twice
        Set<String> seen = new HashSet<>();
        int printed = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("hr-status." + tenantId + ".v1"));
            while (printed < max && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    String id = header(record, "ce_id");
                    if (id != null && seen.add(id)) {
                        out.println(header(record, "ce_type") + " " + record.key() + " " + record.value());
                        printed++;
                    }
                }
                consumer.commitSync();
            }
        }
        return printed;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
