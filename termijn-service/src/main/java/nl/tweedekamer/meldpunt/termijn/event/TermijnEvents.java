package nl.tweedekamer.meldpunt.termijn.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The payloads termijn-service publishes on termijn.events.v1, exactly as asyncapi.yaml lists their fields. */
public final class TermijnEvents {

    public static final String GEOPEND = "nl.tweedekamer.termijn.termijn-geopend.v1";
    public static final String VERVALDATUM_BEREKEND = "nl.tweedekamer.termijn.vervaldatum-berekend.v1";
    public static final String VERSTREKEN = "nl.tweedekamer.termijn.termijn-verstreken.v1";
    public static final String GESLOTEN = "nl.tweedekamer.termijn.termijn-gesloten.v1";
    public static final String HERINNERING_VERZONDEN = "nl.tweedekamer.termijn.herinnering-verzonden.v1";

    private TermijnEvents() {
    }

    public record TermijnGeopend(UUID termId, String term, String tenantId, UUID caseId, String caseReference,
            UUID appointmentId, String employerTenantId, LocalDate triggerDate, String triggerEventId) {
    }

    /** {@code reason}: GEOPEND, VERLENGING, NIEUWE_TERMIJN, OPSCHORTING, HERVATTING, BESLUIT_GELIJKSTELLING, KLACHT_BEEINDIGD. */
    public record VervaldatumBerekend(UUID termId, String term, String tenantId, UUID caseId, String caseReference,
            UUID appointmentId, String employerTenantId, LocalDate dueOn, LocalDate previousDueOn, String reason,
            int extensionDaysTotal, boolean decreeKnown, String explanation) {
    }

    public record TermijnVerstreken(UUID termId, String term, String tenantId, UUID caseId, String caseReference,
            UUID appointmentId, String employerTenantId, LocalDate dueOn, LocalDate lapsedOn) {
    }

    public record TermijnGesloten(UUID termId, String term, String tenantId, UUID caseId, String caseReference,
            UUID appointmentId, String employerTenantId, LocalDate dueOn, LocalDate closedOn, boolean onTime,
            String closingEventId) {
    }

    public record HerinneringVerzonden(UUID termId, String term, String tenantId, UUID caseId, String caseReference,
            UUID appointmentId, UUID reminderId, LocalDate dueOn, OffsetDateTime sentAt, String recipientRole,
            String moment, boolean late) {
    }
}
