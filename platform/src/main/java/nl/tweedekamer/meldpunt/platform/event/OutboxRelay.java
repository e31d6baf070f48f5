package nl.tweedekamer.meldpunt.platform.event;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.LockOptions;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows in order with an idempotent producer and marks them sent. Whoever holds the
 * relay lock row relays; other instances skip. A failed send leaves the row for the next run, so an
 * outage delays events but loses none; a send whose commit fails is repeated, and consumers drop the
 * duplicate by its event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final String EXTENSION_TENANT = "tenantid";
    private static final long SEND_TIMEOUT_SECONDS = 10;

    @Inject
    EntityManager em;

    @Inject
    KafkaSettings settings;

    @ConfigProperty(name = "meldpunt.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "meldpunt.outbox.enabled", defaultValue = "true")
    boolean enabled;

    private Producer<String, CloudEvent> producer;
    private boolean lastRunFailed;

    @Scheduled(identity = "outbox-relay", every = "${meldpunt.outbox.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        if (!enabled) {
            return;
        }
        boolean more = true;
        while (more) {
            more = QuarkusTransaction.requiringNew().call(this::relayBatch);
        }
    }

    /** @return whether a full batch went out, so another may be waiting */
    private boolean relayBatch() {
        List<OutboxRelayLock> lock = em.createQuery("from OutboxRelayLock l where l.id = 1", OutboxRelayLock.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .getResultList();
        if (lock.isEmpty()) {
            return false;
        }
        List<OutboxEvent> batch = em
                .createQuery("from OutboxEvent e where e.publishedAt is null order by e.seq", OutboxEvent.class)
                .setMaxResults(batchSize)
                .getResultList();
        if (batch.isEmpty()) {
            return false;
        }
        int sent = send(batch);
        return sent == batchSize;
    }

    /**
     * The first event goes alone: when the broker is away it fails within one timeout and the batch
     * waits, instead of every event blocking in turn while the relay lock and transaction are held.
     * Only once it is acknowledged are the others sent together.
     */
    private int send(List<OutboxEvent> batch) {
        int sent = 0;
        try {
            Producer<String, CloudEvent> out = producer();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            out.send(record(batch.get(0))).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            batch.get(0).publishedAt = now;
            sent = 1;
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxEvent event : batch.subList(1, batch.size())) {
                acks.add(out.send(record(event)));
            }
            for (int i = 0; i < acks.size(); i++) {
                acks.get(i).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                batch.get(i + 1).publishedAt = now;
                sent++;
            }
            if (lastRunFailed) {
                LOG.infof("Outbox relay publishing again; %d event(s) sent", sent);
                lastRunFailed = false;
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (!lastRunFailed) {
                LOG.warnf("Outbox relay cannot publish (%s); %d event(s) wait and will be retried",
                        rootCause(e).getClass().getSimpleName(), batch.size() - sent);
            }
            lastRunFailed = true;
            resetProducer();
        }
        return sent;
    }

    private static ProducerRecord<String, CloudEvent> record(OutboxEvent event) {
        return new ProducerRecord<>(event.topic, event.key, toCloudEvent(event));
    }

    static CloudEvent toCloudEvent(OutboxEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId.toString())
                .withSource(URI.create(event.source))
                .withType(event.type)
                .withTime(event.occurredAt)
                .withDataContentType("application/json")
                .withData(event.payload.getBytes(StandardCharsets.UTF_8));
        if (event.tenantId != null) {
            // events of no tenant (commission and pool appointments) carry no tenantid
            builder.withExtension(EXTENSION_TENANT, event.tenantId);
        }
        if (event.subject != null) {
            builder.withSubject(event.subject);
        }
        return builder.build();
    }

    private synchronized Producer<String, CloudEvent> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(settings.producer());
        }
        return producer;
    }

    private synchronized void resetProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ZERO);
            producer = null;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        resetProducer();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
