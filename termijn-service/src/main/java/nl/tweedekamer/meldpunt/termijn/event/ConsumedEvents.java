package nl.tweedekamer.meldpunt.termijn.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The fields termijn-service reads from klacht.events.v1 and melding.events.v1 (asyncapi.yaml); other fields are
 * ignored (tolerant reader), and none of these carries a name or free text.
 */
public final class ConsumedEvents {

    private static final String KLACHT = "nl.tweedekamer.klacht.";
    private static final String MELDING = "nl.tweedekamer.melding.";
    public static final String KLAAGSCHRIFT_INGEDIEND = KLACHT + "klaagschrift-ingediend.v1";
    public static final String ONTVANGST_BEVESTIGD = KLACHT + "ontvangst-bevestigd.v1";
    public static final String AANVULLING_GEVRAAGD = KLACHT + "aanvulling-gevraagd.v1";
    public static final String AANVULLING_ONTVANGEN = KLACHT + "aanvulling-ontvangen.v1";
    public static final String ONTVANKELIJKHEID_VASTGESTELD = KLACHT + "ontvankelijkheid-vastgesteld.v1";
    public static final String ADVIES_UITGEBRACHT = KLACHT + "advies-uitgebracht.v1";
    public static final String BESLUIT_GENOMEN = KLACHT + "besluit-genomen.v1";
    public static final String BESLISSER_BENOEMD = KLACHT + "beslisser-benoemd.v1";
    public static final String KLACHT_INGETROKKEN = KLACHT + "klacht-ingetrokken.v1";
    public static final String KLACHT_BEEINDIGD = KLACHT + "klacht-beeindigd.v1";
    public static final String TERMIJN_STAP = KLACHT + "termijn-stap.v1";
    public static final String COMMISSIELID_BENOEMD = KLACHT + "commissielid-benoemd.v1";
    public static final String COMMISSIELID_ONTSLAGEN = KLACHT + "commissielid-ontslagen.v1";
    public static final String DOSSIER_GESLOTEN = MELDING + "dossier-gesloten.v1";
    public static final String DOSSIER_VERNIETIGD = MELDING + "dossier-vernietigd.v1";
    public static final String VP_BENOEMD = MELDING + "vertrouwenspersoon-benoemd.v1";
    public static final String VP_ONTSLAGEN = MELDING + "vertrouwenspersoon-ontslagen.v1";
    public static final String OVERDRACHT_VOLTOOID = MELDING + "overdracht-voltooid.v1";
    public static final String VP_GEWISSELD = MELDING + "vertrouwenspersoon-gewisseld.v1";

    private ConsumedEvents() {
    }

    /** {@code completeOn}: set when the klaagschrift met art 9.1 at filing (klacht-service decides), else null. */
    public record KlaagschriftIngediend(UUID caseId, String caseReference, String tenantId, UUID declarationId,
            UUID handoverId, LocalDate filedOn, LocalDate completeOn) {
    }

    public record OntvangstBevestigd(UUID caseId, String caseReference, String tenantId, LocalDate confirmedOn,
            LocalDate completeOn) {
    }

    public record AanvullingGevraagd(UUID caseId, String caseReference, String tenantId, UUID requestId,
            LocalDate requestedOn) {
    }

    public record AanvullingOntvangen(UUID caseId, String caseReference, String tenantId, UUID requestId,
            LocalDate receivedOn, LocalDate completeOn) {
    }

    public record OntvankelijkheidVastgesteld(UUID caseId, String caseReference, String tenantId, LocalDate decidedOn,
            boolean admissible) {
    }

    public record AdviesUitgebracht(UUID caseId, String caseReference, String tenantId, LocalDate issuedOn,
            LocalDate receivedOn, List<Recipient> recipients) {
        public record Recipient(String employerTenantId, UUID recipientId) {
        }
    }

    /** Domain.md §10.2: the person who decides for an employer in a case, by pseudonymous id. */
    public record BeslisserBenoemd(UUID caseId, String caseReference, String tenantId, String employerTenantId,
            UUID deciderId, LocalDate namedOn) {
    }

    public record BesluitGenomen(UUID caseId, String caseReference, String tenantId, String employerTenantId,
            LocalDate decidedOn) {
    }

    public record KlachtIngetrokken(UUID caseId, String caseReference, String tenantId, LocalDate withdrawnOn) {
    }

    public record KlachtBeeindigd(UUID caseId, String caseReference, String tenantId, String ending, LocalDate endedOn,
            LocalDate endDate, UUID handoverId) {
    }

    public record TermijnStapEvent(UUID caseId, String caseReference, String tenantId, UUID stepId, String term,
            String action, LocalDate requestedOn, Integer extensionDays, LocalDate newDueOn, String employerTenantId) {
    }

    public record CommissielidBenoemd(UUID appointmentId, UUID personId, String function, LocalDate appointedFrom,
            LocalDate appointedUntil, Boolean reappointment) {
    }

    public record CommissielidOntslagen(UUID appointmentId, UUID personId, LocalDate endedOn, String function) {
    }

    /** A file moved to another VP (art 4.3, or a hand-over under art 5.7): the new VP and their kind. */
    public record VertrouwenspersoonGewisseld(UUID meldingId, String tenantId, UUID vertrouwenspersoonId,
            String vertrouwenspersoonKind, LocalDate changedOn) {
    }

    public record DossierGesloten(UUID meldingId, String meldingReference, String tenantId, UUID vertrouwenspersoonId,
            LocalDate closedOn, UUID handoverId) {
    }

    public record DossierVernietigd(UUID meldingId, String meldingReference, String tenantId, LocalDate destroyedOn) {
    }

    public record VertrouwenspersoonBenoemd(UUID appointmentId, UUID personId, String kind, String tenantId,
            LocalDate appointedFrom, LocalDate appointedUntil, boolean reappointment) {
    }

    public record VertrouwenspersoonOntslagen(UUID appointmentId, UUID personId, String kind, String tenantId,
            LocalDate endedOn, String reason) {
    }

    public record OverdrachtVoltooid(UUID appointmentId, UUID personId, String kind, String tenantId,
            LocalDate endedOn, LocalDate completedOn) {
    }
}
