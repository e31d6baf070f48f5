package nl.tweedekamer.meldpunt.platform.event;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row; whichever instance holds its lock relays, so events leave in order and once. */
@Entity
@Table(name = "outbox_relay_lock")
public class OutboxRelayLock {
    @Id
    public Integer id;
}
