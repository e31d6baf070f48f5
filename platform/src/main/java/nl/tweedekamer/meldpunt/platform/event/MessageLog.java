package nl.tweedekamer.meldpunt.platform.event;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The inbox: which messages each consumer has already processed, so a redelivery changes nothing. */
@ApplicationScoped
public class MessageLog {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean alreadyProcessed(String consumer, String messageId) {
        return em.find(ProcessedMessage.class, new ProcessedMessage.Key(consumer, messageId)) != null;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void processed(String consumer, String messageId) {
        ProcessedMessage message = new ProcessedMessage();
        message.key = new ProcessedMessage.Key(consumer, messageId);
        message.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(message);
    }
}
