package nl.tweedekamer.meldpunt.platform.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.quarkus.runtime.StartupEvent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the internal topics (tenants.v1 compacted) where the environment lets services do so (local
 * and tests); in production operations create them with their ACLs. Runs in the background and
 * retries, so a broker that is down at start-up delays nothing else.
 */
@ApplicationScoped
public class TopicBootstrap {

    private static final Logger LOG = Logger.getLogger(TopicBootstrap.class);

    @Inject
    KafkaSettings settings;

    @ConfigProperty(name = "meldpunt.kafka.create-topics", defaultValue = "true")
    boolean createTopics;

    void onStart(@Observes StartupEvent event) {
        if (!createTopics) {
            return;
        }
        Thread thread = new Thread(this::createWithRetry, "topic-bootstrap");
        thread.setDaemon(true);
        thread.start();
    }

    private void createWithRetry() {
        for (int attempt = 1; attempt <= 30; attempt++) {
            try (Admin admin = Admin.create(settings.common())) {
                for (String topic : Topics.INTERNAL) {
                    create(admin, topic);
                }
                return;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
                LOG.debugf("Topic creation attempt %d failed (%s)", attempt, e.getClass().getSimpleName());
            }
        }
        LOG.warn("Could not create the internal topics; the broker may create them on first use");
    }

    private static void create(Admin admin, String topic) throws InterruptedException, ExecutionException,
            java.util.concurrent.TimeoutException {
        NewTopic newTopic = new NewTopic(topic, 1, (short) 1);
        if (Topics.isCompacted(topic)) {
            newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        try {
            admin.createTopics(List.of(newTopic)).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
            if (Topics.isCompacted(topic)) {
                // a client may have auto-created it first with the delete policy: snapshots must not age out
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                AlterConfigOp compact = new AlterConfigOp(new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG,
                        TopicConfig.CLEANUP_POLICY_COMPACT), AlterConfigOp.OpType.SET);
                admin.incrementalAlterConfigs(Map.of(resource, List.of(compact))).all().get(10, TimeUnit.SECONDS);
            }
        }
    }
}
