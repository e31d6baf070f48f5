package nl.tweedekamer.meldpunt.termijn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a term's history: what happened, on which day, and the due date after it. No free text of a case. */
@Entity
@Table(name = "termijn_stap")
public class TermijnStap extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "termijn_id", nullable = false)
    public UUID termijnId;

    @Column(nullable = false)
    public int seq;

    /** GEOPEND, VERLENGING, VERLENGING_GEWEIGERD, NIEUWE_TERMIJN, OPSCHORTING, HERVATTING, BESLUIT_GELIJKSTELLING, ... */
    @Column(nullable = false)
    public String kind;

    @Column(name = "step_on", nullable = false)
    public LocalDate stepOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "extension_days")
    public Integer extensionDays;

    /** Our own words: how the step changed the term, or why it was refused. */
    @Column(length = 4000)
    public String detail;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static List<TermijnStap> of(UUID termijnId) {
        return list("termijnId = ?1 order by seq", termijnId);
    }

    public static int nextSeq(UUID termijnId) {
        return (int) count("termijnId", termijnId) + 1;
    }
}
