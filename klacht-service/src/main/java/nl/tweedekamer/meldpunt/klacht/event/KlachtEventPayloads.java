package nl.tweedekamer.meldpunt.klacht.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The payloads of {@code klacht.events.v1}, field for field as asyncapi.yaml declares them: ids, references,
 * tenants, steps and dates only; no name, no free text, no category (domain.md §7).
 */
public final class KlachtEventPayloads {

    public static final String PREFIX = "nl.tweedekamer.klacht.";

    private KlachtEventPayloads() {
    }

    /** {@code completeOn}: the filing date when art 9.1 is met (T3 runs from it), null when an element lacks. */
    public record KlaagschriftIngediend(UUID caseId, String caseReference, String tenantId, UUID declarationId,
            UUID complainantId, List<String> accusedEmployerTenantIds, UUID handoverId, LocalDate filedOn,
            LocalDate completeOn) {
        public static final String TYPE = PREFIX + "klaagschrift-ingediend.v1";
    }

    public record OntvangstBevestigd(UUID caseId, String caseReference, String tenantId, LocalDate confirmedOn,
            LocalDate completeOn) {
        public static final String TYPE = PREFIX + "ontvangst-bevestigd.v1";
    }

    public record AanvullingGevraagd(UUID caseId, String caseReference, String tenantId, UUID requestId,
            LocalDate requestedOn) {
        public static final String TYPE = PREFIX + "aanvulling-gevraagd.v1";
    }

    public record AanvullingOntvangen(UUID caseId, String caseReference, String tenantId, UUID requestId,
            LocalDate receivedOn, LocalDate completeOn) {
        public static final String TYPE = PREFIX + "aanvulling-ontvangen.v1";
    }

    public record Accused(UUID personId, String employerTenantId) {
    }

    public record OntvankelijkheidVastgesteld(UUID caseId, String caseReference, String tenantId, LocalDate decidedOn,
            boolean admissible, List<Accused> accused) {
        public static final String TYPE = PREFIX + "ontvankelijkheid-vastgesteld.v1";
    }

    /**
     * Domain.md §10.3: the link of an accused to a person was undone; {@code personalDataBreach} when that person had
     * read the case (recorded in the audit trail; the chair is told). Never who the person was.
     */
    public record KoppelingOngedaan(UUID caseId, String caseReference, String tenantId, UUID accusedId,
            LocalDate undoneOn, boolean personalDataBreach) {
        public static final String TYPE = PREFIX + "koppeling-ongedaan.v1";
    }

    public record HoorzittingGepland(UUID caseId, String caseReference, String tenantId, UUID hearingId,
            LocalDate hearingOn, LocalDate documentsDueOn, List<UUID> invitedIds) {
        public static final String TYPE = PREFIX + "hoorzitting-gepland.v1";
    }

    /** Art 12.1: both parties received the hearing reports and the fact overview, and may correct it until then. */
    public record FeitenoverzichtVerstuurd(UUID caseId, String caseReference, String tenantId, LocalDate sentOn,
            LocalDate correctionsDueOn) {
        public static final String TYPE = PREFIX + "feitenoverzicht-verstuurd.v1";
    }

    /**
     * Domain.md §10.2: the person who decides for an employer in this case was confirmed or named, by their
     * pseudonymous id; again when the commission names another.
     */
    public record BeslisserBenoemd(UUID caseId, String caseReference, String tenantId, String employerTenantId,
            UUID deciderId, LocalDate namedOn) {
        public static final String TYPE = PREFIX + "beslisser-benoemd.v1";
    }

    public record Recipient(String employerTenantId, UUID recipientId) {
    }

    public record AdviesUitgebracht(UUID caseId, String caseReference, String tenantId, LocalDate issuedOn,
            LocalDate receivedOn, List<Recipient> recipients) {
        public static final String TYPE = PREFIX + "advies-uitgebracht.v1";
    }

    public record BesluitVerdaagd(UUID caseId, String caseReference, String tenantId, String employerTenantId,
            LocalDate extendedOn, int extensionDays) {
        public static final String TYPE = PREFIX + "besluit-verdaagd.v1";
    }

    public record BesluitGenomen(UUID caseId, String caseReference, String tenantId, String employerTenantId,
            LocalDate decidedOn) {
        public static final String TYPE = PREFIX + "besluit-genomen.v1";
    }

    public record KlachtIngetrokken(UUID caseId, String caseReference, String tenantId, LocalDate withdrawnOn) {
        public static final String TYPE = PREFIX + "klacht-ingetrokken.v1";
    }

    public record KlachtBeeindigd(UUID caseId, String caseReference, String tenantId, String ending,
            LocalDate endedOn, LocalDate endDate, UUID handoverId) {
        public static final String TYPE = PREFIX + "klacht-beeindigd.v1";
    }

    public record TijdelijkeVoorzieningGevraagd(UUID caseId, String caseReference, String tenantId, UUID requestId,
            LocalDate requestedOn, String employerTenantId) {
        public static final String TYPE = PREFIX + "tijdelijke-voorziening-gevraagd.v1";
    }

    public record TermijnStap(UUID caseId, String caseReference, String tenantId, UUID stepId, String term,
            String action, LocalDate requestedOn, Integer extensionDays, LocalDate newDueOn, String employerTenantId) {
        public static final String TYPE = PREFIX + "termijn-stap.v1";
    }

    /** Art 11.4, 7.8: who sits on the case; the members replaced because they were involved are not named. */
    public record SamenstellingVastgesteld(UUID caseId, String caseReference, String tenantId, LocalDate composedOn,
            UUID chairId, List<UUID> memberIds) {
        public static final String TYPE = PREFIX + "samenstelling-vastgesteld.v1";
    }

    /**
     * Art 7.8: an objection to a member of the case (or a possible involvement the commission recorded) waits for the
     * decision of {@code deciderId} (the chair of the case; the deputy chair when it concerns the chair). Neither the
     * member nor the reason: that would tell who may have been involved.
     */
    public record BezwaarIngediend(UUID caseId, String caseReference, String tenantId, UUID objectionId,
            LocalDate lodgedOn, UUID deciderId) {
        public static final String TYPE = PREFIX + "bezwaar-ingediend.v1";
    }

    /**
     * Art 7.8, 7.2: the objection was decided, {@code TOEGEWEZEN} (the member replaced) or {@code AFGEWEZEN};
     * {@code adHocAppointmentRequired} when no deputy was left for the seat. Who sits now follows in
     * {@code samenstelling-vastgesteld}.
     */
    public record BezwaarBeslist(UUID caseId, String caseReference, String tenantId, UUID objectionId,
            LocalDate decidedOn, String outcome, boolean adHocAppointmentRequired) {
        public static final String TYPE = PREFIX + "bezwaar-beslist.v1";
    }

    /** A piece entered the dossier by a step that has no event of its own: its kind and date, never its text. */
    public record StukToegevoegd(UUID caseId, String caseReference, String tenantId, UUID pieceId, String kind,
            LocalDate addedOn) {
        public static final String TYPE = PREFIX + "stuk-toegevoegd.v1";
    }

    /** Art 12.7: the advice was adopted, and how; the votes and the minority position stay in the dossier. */
    public record StemmingVastgelegd(UUID caseId, String caseReference, String tenantId, String outcome,
            LocalDate votedOn) {
        public static final String TYPE = PREFIX + "stemming-vastgelegd.v1";
    }

    /** Art 12.5: the chair or the secretary signed the advice. */
    public record AdviesOndertekend(UUID caseId, String caseReference, String tenantId, String signedAs,
            LocalDate signedOn) {
        public static final String TYPE = PREFIX + "advies-ondertekend.v1";
    }

    /** Art 12.4: the employer recorded the temporary measures taken on the request, after consulting the commission. */
    public record TijdelijkeVoorzieningGetroffen(UUID caseId, String caseReference, String tenantId, UUID requestId,
            String employerTenantId, LocalDate commissionConsultedOn, LocalDate measuresOn) {
        public static final String TYPE = PREFIX + "tijdelijke-voorziening-getroffen.v1";
    }
}
