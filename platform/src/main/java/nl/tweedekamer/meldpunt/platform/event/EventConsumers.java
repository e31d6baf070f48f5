package nl.tweedekamer.meldpunt.platform.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Starts one consumer loop per {@link EventHandler} at start-up and stops them at shutdown. */
@ApplicationScoped
public class EventConsumers {

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @Inject
    KafkaSettings settings;

    @Inject
    EventProcessor processor;

    @ConfigProperty(name = "meldpunt.consumers.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "meldpunt.consumers.max-backoff", defaultValue = "PT30S")
    Duration maxBackoff;

    private final List<ConsumerLoop> loops = new ArrayList<>();

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        for (EventHandler handler : handlers) {
            ConsumerLoop loop = new ConsumerLoop(handler, settings.consumer(handler.name()), processor, maxBackoff);
            loops.add(loop);
            loop.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        loops.forEach(ConsumerLoop::stop);
        loops.clear();
    }
}
