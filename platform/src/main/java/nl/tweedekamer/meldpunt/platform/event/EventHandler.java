package nl.tweedekamer.meldpunt.platform.event;

import java.util.Collection;

/**
 * A Kafka consumer of the platform's CloudEvents. The platform runs each handler on its own consumer
 * (group {@code <application>.<name>}), calls {@link #handle} inside a transaction together with the
 * inbox record, and commits the offset afterwards. Throwing makes the same event come back later.
 */
public interface EventHandler {

    /** Stable name: part of the consumer group and of the inbox key. */
    String name();

    Collection<String> topics();

    void handle(InboundEvent event);
}
