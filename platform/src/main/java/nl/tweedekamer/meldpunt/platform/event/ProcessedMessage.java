package nl.tweedekamer.meldpunt.platform.event;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A message a consumer has processed; written in the same transaction as the consumer's side effect. */
@Entity
@Table(name = "processed_message")
public class ProcessedMessage {

    @EmbeddedId
    public Key key;

    @Column(name = "processed_at", nullable = false)
    public OffsetDateTime processedAt;

    @Embeddable
    public static class Key implements Serializable {
        @Column(nullable = false)
        public String consumer;

        @Column(name = "message_id", nullable = false)
        public String messageId;

        public Key() {
        }

        public Key(String consumer, String messageId) {
            this.consumer = consumer;
            this.messageId = messageId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && consumer.equals(k.consumer) && messageId.equals(k.messageId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(consumer, messageId);
        }
    }
}
