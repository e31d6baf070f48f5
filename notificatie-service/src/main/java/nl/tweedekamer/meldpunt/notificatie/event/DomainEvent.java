package nl.tweedekamer.meldpunt.notificatie.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;

/**
 * The fields of klacht, melding and termijn events this service reads (asyncapi.yaml), in one lenient view:
 * each event type fills its own. Anything else an event carries is never read, so it cannot reach an email
 * or an HR event.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DomainEvent(
        UUID caseId, String caseReference, String tenantId,
        Boolean admissible, List<Accused> accused, List<UUID> invitedIds, List<AdviceRecipient> recipients,
        String employerTenantId, LocalDate receivedOn, LocalDate decidedOn, LocalDate endedOn, String ending,
        UUID meldingId, String meldingReference, UUID vertrouwenspersoonId, String vertrouwenspersoonKind, String from,
        String term, LocalDate dueOn, LocalDate previousDueOn, String reason,
        UUID declarationId, UUID personId, LocalDate deletionDueOn, UUID signalId, String action,
        LocalDate newDueOn, Boolean personalDataBreach) {

    /** What an email about a draft klaagschrift names instead of a reference. */
    public static final String DRAFT_REFERENCE = "CONCEPT";

    private static final Pattern REFERENCE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,39}$");
    private static final Pattern TENANT = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Accused(UUID personId, String employerTenantId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AdviceRecipient(String employerTenantId, UUID recipientId) {
    }

    /** The reference shown in emails and HR events: a complaint's, or a melding's. */
    public String reference() {
        if (caseReference != null || meldingReference != null) {
            return caseReference != null ? caseReference : meldingReference;
        }
        if (caseId != null) {
            // domain.md §10.8: a draft klaagschrift was never filed, so it has no reference yet
            return DRAFT_REFERENCE;
        }
        // a declaration and a pattern signal have no reference of their own: the organisation's id names them
        return (declarationId != null || signalId != null) && tenantId != null
                ? tenantId.toUpperCase(java.util.Locale.ROOT)
                : null;
    }

    /**
     * The one date an email may name: the day a complaint file or a draft will be deleted (domain.md §7, §10.8), or
     * the new last day
     * of the advice term (art 12.3); else null.
     */
    public LocalDate namedDate() {
        return deletionDueOn != null ? deletionDueOn : newDueOn;
    }

    /** The portal's page of what the email is about (one of the portal's own routes), for its link. */
    public String linkPath() {
        if (caseId != null) {
            return PortalRoutes.klacht(caseId);
        }
        if (meldingId != null) {
            return PortalRoutes.melding(meldingId);
        }
        if (signalId != null) {
            return PortalRoutes.patroonsignalen(tenantId);
        }
        return declarationId == null ? null : PortalRoutes.verklaring(tenantId);
    }

    /** Art 12.3: the commission set a new term for its advice (T4). */
    public boolean newAdviceTerm() {
        return "T4".equals(term) && "NIEUWE_TERMIJN".equals(action) && newDueOn != null;
    }

    /** The advice term (T4) is suspended, e.g. while mediation runs. */
    public boolean adviceTermPaused() {
        return "T4".equals(term) && "OPSCHORTING".equals(action);
    }

    public static boolean validReference(String reference) {
        return reference != null && REFERENCE.matcher(reference).matches();
    }

    public static boolean validTenant(String tenantId) {
        return tenantId != null && TENANT.matcher(tenantId).matches();
    }

    public List<Accused> accusedOrEmpty() {
        return accused == null ? List.of() : accused;
    }

    public List<UUID> invitedOrEmpty() {
        return invitedIds == null ? List.of() : invitedIds;
    }

    public List<AdviceRecipient> recipientsOrEmpty() {
        return recipients == null ? List.of() : recipients;
    }
}
