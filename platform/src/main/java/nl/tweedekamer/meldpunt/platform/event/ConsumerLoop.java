package nl.tweedekamer.meldpunt.platform.event;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.cloudevents.CloudEvent;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * One consumer thread for one handler. An event is committed only after its handler's transaction
 * committed; when the handler fails, the loop seeks back and tries the same event again after a
 * growing pause, so no event is skipped. Logs name the event type and id, never its content.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final EventHandler handler;
    private final Map<String, Object> config;
    private final EventProcessor processor;
    private final Duration maxBackoff;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile KafkaConsumer<String, CloudEvent> consumer;
    private Thread thread;

    ConsumerLoop(EventHandler handler, Map<String, Object> config, EventProcessor processor, Duration maxBackoff) {
        this.handler = handler;
        this.config = config;
        this.processor = processor;
        this.maxBackoff = maxBackoff;
    }

    void start() {
        thread = new Thread(this, "consumer-" + handler.name());
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        stopped.countDown();
        KafkaConsumer<String, CloudEvent> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        while (stopped.getCount() > 0) {
            try (KafkaConsumer<String, CloudEvent> c = new KafkaConsumer<>(config)) {
                consumer = c;
                c.subscribe(handler.topics());
                pollUntilStopped(c);
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                LOG.errorf("Consumer %s restarts after %s", handler.name(), e.getClass().getSimpleName());
                pause(maxBackoff);
            }
        }
    }

    private void pollUntilStopped(KafkaConsumer<String, CloudEvent> c) {
        Duration backoff = FIRST_BACKOFF;
        while (stopped.getCount() > 0) {
            ConsumerRecords<String, CloudEvent> records;
            try {
                records = c.poll(Duration.ofMillis(500));
            } catch (RecordDeserializationException e) {
                // Not a CloudEvent at all: it can never be processed, so it is passed over, visibly.
                LOG.errorf("Consumer %s passes over an unreadable record at %s offset %d",
                        handler.name(), e.topicPartition(), e.offset());
                c.seek(e.topicPartition(), e.offset() + 1);
                continue;
            }
            Long failedAt = null;
            for (TopicPartition partition : records.partitions()) {
                List<ConsumerRecord<String, CloudEvent>> batch = records.records(partition);
                if (failedAt != null) {
                    // a failure stopped this poll: untouched partitions are read again next time
                    c.seek(partition, batch.get(0).offset());
                    continue;
                }
                for (ConsumerRecord<String, CloudEvent> record : batch) {
                    try {
                        processor.process(handler, InboundEvent.of(record.topic(), record.key(), record.value()));
                        c.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
                        backoff = FIRST_BACKOFF;
                    } catch (WakeupException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        LOG.warnf("Consumer %s could not process event %s of type %s (%s); retrying in %d ms",
                                handler.name(), record.value().getId(), record.value().getType(),
                                e.getClass().getSimpleName(), backoff.toMillis());
                        c.seek(partition, record.offset());
                        failedAt = record.offset();
                        break;
                    }
                }
            }
            if (failedAt != null) {
                pause(backoff);
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled;
            }
        }
    }

    private void pause(Duration duration) {
        try {
            stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
