package nl.tweedekamer.meldpunt.platform.health;

import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import nl.tweedekamer.meldpunt.platform.event.KafkaSettings;

/**
 * Ready only while a Kafka broker answers. Unlike the Kafka client extension's own check, the answer names no
 * broker address: /q/health is open to anyone who reaches the service.
 */
@Readiness
@ApplicationScoped
public class KafkaReachable implements HealthCheck {

    private static final String NAME = "Kafka";
    private static final int TIMEOUT_MS = 3000;

    @Inject
    KafkaSettings settings;

    private Admin admin;

    @Override
    public HealthCheckResponse call() {
        try {
            admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).nodes()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            return HealthCheckResponse.up(NAME);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.down(NAME);
        } catch (Exception e) {
            return HealthCheckResponse.down(NAME);
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(settings.common());
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
