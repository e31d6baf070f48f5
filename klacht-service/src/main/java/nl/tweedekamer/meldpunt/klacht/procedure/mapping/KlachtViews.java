package nl.tweedekamer.meldpunt.klacht.procedure.mapping;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.tweedekamer.meldpunt.klacht.bewaring.BewaartermijnViews;

/** What the complaint API shows; a part left out for a reader is absent, not empty. */
public final class KlachtViews {

    private KlachtViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dossier(UUID id, String reference, String tenantId, String status, String as, LocalDate filedOn,
            Boolean outsideOneYear, LocalDate earliestBehaviourDateAllowed, Klaagschrift klaagschrift,
            Procedure procedure, List<Seat> composition, List<Hearing> hearings, List<Document> documents,
            Advice advice, List<Employer> employers, List<Term> terms, String ending, LocalDate endedOn,
            LocalDate endDate, BewaartermijnViews.Retention retention) {

        /** The same dossier with its retention (domain.md §7), which only the commission reads. */
        public Dossier withRetention(BewaartermijnViews.Retention r) {
            return new Dossier(id, reference, tenantId, status, as, filedOn, outsideOneYear,
                    earliestBehaviourDateAllowed, klaagschrift, procedure, composition, hearings, documents, advice,
                    employers, terms, ending, endedOn, endDate, r);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Klaagschrift(String category, String behaviour, String place, String when,
            LocalDate firstBehaviourOn, LocalDate latestBehaviourOn, String witnesses, Complainant complainant,
            List<Accused> accused, String stepsTaken, String signedName, LocalDate signedOn, Boolean registeredOnPaper,
            List<String> missingAtFiling) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Complainant(UUID personId, String name, String address, String function, String email) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Accused(UUID id, String name, String function, String relation, String employerTenantId,
            UUID personId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Procedure(LocalDate receiptConfirmedOn, LocalDate completeOn, LocalDate completionDueOn,
            LocalDate admissibilityDecidedOn, Boolean admissible, List<String> inadmissibilityGrounds,
            Boolean completionLapsed, Boolean mediationExplored, LocalDate mediationRunningSince,
            LocalDate correctionsDueOn, LocalDate newAdviceDueOn, Boolean adHocAppointmentRequired,
            UUID admissibilityDecidedBy, List<UUID> admissibilityMemberIds, LocalDate mediationConsentOn,
            Boolean deciderIsParty) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /**
     * A seat of the case. The parties read who sits — name, seat and side, no address (art 11.4, 7.8) — so that they
     * can object to a member; the commission also reads the replaced members and whom a deputy replaces.
     */
    public record Seat(UUID personId, String name, String seat, String side, UUID replaces) {
    }

    /** An objection to a member of the case's composition (art 7.8); the reason only for the commission and its author. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Objection(UUID id, UUID memberId, String lodgedAs, String reason, LocalDate lodgedOn,
            String outcome, LocalDate decidedOn, UUID replacedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Hearing(UUID id, LocalDate hearingOn, LocalTime startsAt, String location, boolean partiesTogether,
            LocalDate documentsDueOn, String otherInvitees, String counsel, List<Seat> sitting) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(UUID id, String kind, String body, LocalDate datedOn, String authorRole,
            String employerTenantId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Vote(UUID personId, String vote) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Advice(String nature, String text, String voteOutcome, List<Vote> votes, String minorityPosition,
            Boolean hearingReportAttached, String weightyReasons, LocalDate adoptedOn, LocalDate chairSignedOn,
            LocalDate secretarySignedOn, LocalDate issuedOn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Employer(String employerTenantId, LocalDate adviceReceivedOn, UUID recipientId, String recipientName,
            int extensionDays, LocalDate decisionDueOn, LocalDate decidedOn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Term(String term, String employerTenantId, LocalDate dueOn, int extensionDaysTotal) {
    }

    public record Read(String personId, String asParty, String part, OffsetDateTime readAt) {
    }

    /** A personal-data breach: the accused was linked to this person, who read the case so often, then. */
    public record Breach(UUID accusedId, String wronglyLinkedPersonId, int reads, OffsetDateTime firstReadAt,
            OffsetDateTime lastReadAt, LocalDate recordedOn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TemporaryMeasureRequest(UUID id, UUID caseId, String caseReference, String concerns, String reason,
            String request, LocalDate requestedOn, String measures, LocalDate commissionConsultedOn,
            LocalDate measuresOn) {
    }
}
