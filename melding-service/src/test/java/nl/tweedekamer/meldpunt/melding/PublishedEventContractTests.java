package nl.tweedekamer.meldpunt.melding;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.event.EventPublisher;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Every event this service publishes in its tests is held against asyncapi.yaml as it enters the outbox, so the
 * rest of the suite proves each event type it produces keeps to its contract; this proves the check is there.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class PublishedEventContractTests {

    @Inject
    EventPublisher events;

    @Test
    void anEventWithAFieldRenamedOnTheProducersSideFailsThePublishingTest() {
        UUID signalId = UUID.randomUUID();
        Map<String, Object> renamed = Map.of("signalId", signalId, "tenantId", "fractie-x", "department", "AFD",
                "count", "< 5", "sentOn", LocalDate.of(2026, 12, 6));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> events.publish(Topics.MELDING_EVENTS,
                signalId.toString(), "nl.tweedekamer.melding.patroonsignaal.v1", "fractie-x", signalId.toString(),
                renamed))).hasStackTraceContaining("breaks asyncapi.yaml");
    }
}
