package nl.tweedekamer.meldpunt.klacht.bewaring;

import java.time.LocalDate;
import java.util.UUID;

import nl.tweedekamer.meldpunt.klacht.event.KlachtEventPayloads;

/**
 * The retention events on {@code klacht.events.v1} (asyncapi.yaml): ids, the reference, the tenant and dates only;
 * never the reason of a legal hold or anything of the case's content (domain.md §7).
 */
public final class BewaartermijnEvents {

    private BewaartermijnEvents() {
    }

    /** The case will be deleted on {@code deletionDueOn} unless the chair places a legal hold. */
    public record BewaartermijnVerloopt(UUID caseId, String caseReference, String tenantId, LocalDate retentionEnd,
            LocalDate deletionDueOn) {
        public static final String TYPE = KlachtEventPayloads.PREFIX + "bewaartermijn-verloopt.v1";
    }

    /** The case's file was deleted under its retention term. */
    public record KlachtVernietigd(UUID caseId, String caseReference, String tenantId, LocalDate deletedOn) {
        public static final String TYPE = KlachtEventPayloads.PREFIX + "klacht-vernietigd.v1";
    }

    /**
     * Domain.md §10.8: a draft klaagschrift unchanged for 6 months will be deleted on {@code deletionDueOn}; its
     * author is told. A draft has no reference; nothing of its content.
     */
    public record ConceptVervalt(UUID caseId, String tenantId, LocalDate lastChangedOn, LocalDate deletionDueOn) {
        public static final String TYPE = KlachtEventPayloads.PREFIX + "concept-vervalt.v1";
    }
}
