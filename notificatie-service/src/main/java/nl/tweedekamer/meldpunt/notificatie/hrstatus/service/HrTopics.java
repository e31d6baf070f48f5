package nl.tweedekamer.meldpunt.notificatie.hrstatus.service;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.tweedekamer.meldpunt.platform.event.KafkaSettings;
import nl.tweedekamer.meldpunt.platform.event.Topics;

/**
 * Each employer's own HR topic, created with the Kafka AdminClient the first time it is needed where services
 * may create topics (tests, local run). In production operations create it with the portal's ACLs when the
 * tenant is onboarded ({@code KAFKA_CREATE_TOPICS=false}).
 */
@ApplicationScoped
public class HrTopics {

    @Inject
    KafkaSettings settings;

    @ConfigProperty(name = "meldpunt.kafka.create-topics", defaultValue = "true")
    boolean createTopics;

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** The topic of this tenant, existing once this returns; throws (so the event is retried) when it cannot be made. */
    public String ensure(String tenantId) {
        String topic = Topics.hrStatus(tenantId);
        if (!createTopics || known.contains(topic)) {
            return topic;
        }
        try (Admin admin = Admin.create(settings.common())) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("HR topic cannot be created now", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating an HR topic", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("HR topic creation timed out", e);
        }
        known.add(topic);
        return topic;
    }
}
