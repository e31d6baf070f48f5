package nl.tweedekamer.meldpunt.klacht.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.platform.event.EventPublisher;
import nl.tweedekamer.meldpunt.platform.event.Topics;

/**
 * Puts a complaint's step on {@code klacht.events.v1} through the outbox, in the step's transaction: keyed by
 * case id so a case's events stay in order, subject the case reference, tenant the complainant's.
 */
@ApplicationScoped
public class KlachtEvents {

    @Inject
    EventPublisher publisher;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Klacht klacht, String type, Object payload) {
        publisher.publish(Topics.KLACHT_EVENTS, klacht.id.toString(), type, klacht.tenantId, klacht.reference,
                payload);
    }
}
