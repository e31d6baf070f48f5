package nl.tweedekamer.meldpunt.notificatie.hrstatus.event;

import java.time.LocalDate;

/**
 * The payloads on {@code hr-status.<tenantid>.v1} (asyncapi.yaml): procedural status and counts only. Every
 * field here is in the contract; HrEventContractTests fails on any other.
 */
public final class HrEvents {

    private HrEvents() {
    }

    public record AdviesOntvangen(String tenantId, String caseReference, LocalDate receivedOn) {
    }

    public record BesluitVerwacht(String tenantId, String caseReference, LocalDate dueOn) {
    }

    public record BesluitVerdaagd(String tenantId, String caseReference, LocalDate previousDueOn, LocalDate dueOn) {
    }

    public record BesluitGenomen(String tenantId, String caseReference, LocalDate decidedOn) {
    }

    public record Gesloten(String tenantId, String caseReference, LocalDate closedOn) {
    }

    /** Exact counts of the employer's own cases (domain.md §10.12). */
    public record Aantallen(String tenantId, LocalDate asOf, long involved, long awaitingDecision, long decided) {
    }
}
