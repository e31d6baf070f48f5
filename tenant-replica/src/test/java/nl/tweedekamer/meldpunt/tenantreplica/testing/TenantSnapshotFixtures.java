package nl.tweedekamer.meldpunt.tenantreplica.testing;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;

/**
 * Publishes tenant snapshots to {@code tenants.v1} as klacht-service does: CloudEvents in Kafka binary
 * mode ({@code ce_*} headers, {@code ce_tenantid}), keyed by tenant id. Every event goes to partition 0
 * and is acknowledged before {@code publish} returns, so events published one after the other are
 * consumed in that order: once a later event has arrived, every earlier one has been processed.
 */
public final class TenantSnapshotFixtures implements AutoCloseable {

    public static final URI SOURCE = URI.create("/meldpunt/klacht-service");

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Producer<String, CloudEvent> producer;

    private TenantSnapshotFixtures(Producer<String, CloudEvent> producer) {
        this.producer = producer;
    }

    /** Connects to the broker the running test application uses ({@code kafka.bootstrap.servers}). */
    public static TenantSnapshotFixtures connect() {
        return connect(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    public static TenantSnapshotFixtures connect(String bootstrapServers) {
        ensureTenantsTopic(bootstrapServers);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "tenant-snapshot-fixtures",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 15000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        return new TenantSnapshotFixtures(new KafkaProducer<>(config));
    }

    /** A tenant id no other test uses, of the contract's form {@code [a-z0-9-]}. */
    public static String newTenantId() {
        return "t-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** An active fractie at revision 1 with one declaration and a roster of two; change what a test needs. */
    public static SnapshotBuilder tenant(String tenantId) {
        return new SnapshotBuilder(tenantId);
    }

    /** Publishes the snapshot under a new event id; returns that id. */
    public String publish(TenantSnapshot snapshot) {
        String eventId = UUID.randomUUID().toString();
        publish(eventId, snapshot);
        return eventId;
    }

    /** Publishes the snapshot under the given event id ({@code ce_id}), e.g. to deliver an id twice. */
    public void publish(String eventId, TenantSnapshot snapshot) {
        publish(snapshot.tenantId(), event(eventId, TenantSnapshot.TYPE, snapshot.tenantId(), json(snapshot)));
    }

    /** Publishes any CloudEvent to {@code tenants.v1} under the given key, and waits for the broker's ack. */
    public void publish(String key, CloudEvent event) {
        try {
            producer.send(new ProducerRecord<>(Topics.TENANTS, 0, key, event)).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not accept event " + event.getId(), e);
        }
    }

    /** A CloudEvent as the outbox relay builds it. */
    public static CloudEvent event(String eventId, String type, String tenantId, byte[] data) {
        return CloudEventBuilder.v1()
                .withId(eventId)
                .withSource(SOURCE)
                .withType(type)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withSubject(tenantId)
                .withDataContentType("application/json")
                .withExtension("tenantid", tenantId)
                .withData(data)
                .build();
    }

    public static byte[] json(Object payload) {
        try {
            return JSON.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    private static void ensureTenantsTopic(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            NewTopic topic = new NewTopic(Topics.TENANTS, 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(topic)).all().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + Topics.TENANTS, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create " + Topics.TENANTS, e);
        }
    }

    public static final class SnapshotBuilder {
        private final String tenantId;
        private long revision = 1;
        private String kind = "FRACTIE";
        private String status = "ACTIVE";
        private List<TenantSnapshot.Declaration> declarations = new ArrayList<>(
                List.of(declaration(LocalDate.of(2025, 1, 1))));
        private int rosterSize = 2;
        private List<TenantSnapshot.Department> departments = List.of();

        private SnapshotBuilder(String tenantId) {
            this.tenantId = tenantId;
        }

        public SnapshotBuilder revision(long revision) {
            this.revision = revision;
            return this;
        }

        public SnapshotBuilder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public SnapshotBuilder offboarded() {
            this.status = "OFFBOARDED";
            return this;
        }

        public SnapshotBuilder declarations(TenantSnapshot.Declaration... declarations) {
            this.declarations = List.of(declarations);
            return this;
        }

        public SnapshotBuilder departments(TenantSnapshot.Department... departments) {
            this.departments = List.of(departments);
            return this;
        }

        public SnapshotBuilder rosterSize(int rosterSize) {
            this.rosterSize = rosterSize;
            return this;
        }

        public TenantSnapshot build() {
            List<TenantSnapshot.RosterMember> roster = IntStream.range(0, rosterSize)
                    .mapToObj(i -> new TenantSnapshot.RosterMember(UUID.randomUUID(), LocalDate.of(2024, 1, 1), null))
                    .toList();
            return new TenantSnapshot(tenantId, revision, "Fractie " + tenantId, tenantId.toUpperCase(), kind,
                    status, declarations, roster, departments);
        }
    }

    /** Option 1 under the 2021 regulation, the shared VP pool, klacht-service's default reminders. */
    public static TenantSnapshot.Declaration declaration(LocalDate effectiveFrom) {
        return new TenantSnapshot.Declaration(UUID.randomUUID(), "klachtenregeling-2021", "PERSONEELSHANDBOEK",
                effectiveFrom, null, null, "POOL", new TenantSnapshot.ReminderSchedule(List.of(7, 2), true, true, "08:00"),
                5, 6);
    }
}
