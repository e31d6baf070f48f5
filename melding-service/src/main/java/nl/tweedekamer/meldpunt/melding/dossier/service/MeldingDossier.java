package nl.tweedekamer.meldpunt.melding.dossier.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.tweedekamer.meldpunt.melding.dossier.Identity;

/**
 * A melding as its melder or its VP reads it, decrypted. The melder's identity is shown only where they gave
 * it; the VP's interventions and hours only to the VP.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeldingDossier(UUID meldingId, String reference, String tenantId, String status, boolean anonymous,
        String kind, String category, String relation, String department, String description,
        Identity identity, Boolean emailWanted, VertrouwenspersoonRef vertrouwenspersoon, LocalDate receivedOn,
        LocalDate closedOn, LocalDate destructionDueOn, String outcome, UUID handoverId, List<Message> messages, List<Bijlagen.Attachment> attachments,
        List<Consent> consents,
        List<Intervention> interventions, BigDecimal totalHours) {

    public record VertrouwenspersoonRef(UUID personId, String name, String kind) {
    }

    public record Message(UUID messageId, String from, OffsetDateTime postedAt, boolean closureConfirmation,
            String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Consent(UUID consentId, String scope, OffsetDateTime givenAt, OffsetDateTime withdrawnAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Intervention(UUID interventionId, String kind, BigDecimal hours, LocalDate recordedOn,
            boolean detailsShared, String note) {
    }

    /**
     * One line of a list: no content. {@code lastMessageFrom} (MELDER or VERTROUWENSPERSOON, absent before the first
     * message) says whose turn it is, so a worklist can sort without reading, and so auditing, any melding.
     */
    public record Summary(UUID meldingId, String reference, String tenantId, String status, boolean anonymous,
            UUID vertrouwenspersoonId, LocalDate receivedOn, LocalDate closedOn, String lastMessageFrom) {
    }

    /** What an anonymous melder receives once: the receipt code is never shown again. */
    public record Receipt(UUID meldingId, String reference, String receiptCode) {
    }
}
