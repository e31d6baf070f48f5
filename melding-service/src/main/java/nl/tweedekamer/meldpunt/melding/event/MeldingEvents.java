package nl.tweedekamer.meldpunt.melding.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;

/**
 * Payloads of a melding's steps on {@code melding.events.v1} (asyncapi.yaml): a reference, the tenant, the step,
 * pseudonymous ids and dates only — never a name, an address, free text or the category (domain.md §7).
 */
public final class MeldingEvents {

    private MeldingEvents() {
    }

    public record MeldingOntvangen(UUID meldingId, String meldingReference, String tenantId,
            UUID vertrouwenspersoonId, VertrouwenspersoonKind vertrouwenspersoonKind, LocalDate receivedOn) {

        public static final String TYPE = "nl.tweedekamer.melding.melding-ontvangen.v1";

        public static MeldingOntvangen of(Melding m) {
            return new MeldingOntvangen(m.id, m.reference, m.tenantId, m.vertrouwenspersoonId,
                    m.vertrouwenspersoonKind, m.receivedOn);
        }
    }

    public record BerichtGeplaatst(UUID meldingId, String meldingReference, String tenantId, UUID messageId,
            UUID vertrouwenspersoonId, VertrouwenspersoonKind vertrouwenspersoonKind, String from,
            OffsetDateTime postedAt) {

        public static final String TYPE = "nl.tweedekamer.melding.bericht-geplaatst.v1";
    }

    public record DossierGesloten(UUID meldingId, String meldingReference, String tenantId,
            UUID vertrouwenspersoonId, VertrouwenspersoonKind vertrouwenspersoonKind, LocalDate closedOn,
            UUID handoverId) {

        public static final String TYPE = "nl.tweedekamer.melding.dossier-gesloten.v1";

        public static DossierGesloten of(Melding m) {
            return new DossierGesloten(m.id, m.reference, m.tenantId, m.vertrouwenspersoonId,
                    m.vertrouwenspersoonKind, m.closedOn, m.handoverId);
        }
    }

    /** Keyed by the hand-over id, so the complaint cannot be traced back to the melding. */
    public record OverdrachtNaarKlachtGevraagd(UUID handoverId, String tenantId, UUID reporterId,
            LocalDate requestedOn) {

        public static final String TYPE = "nl.tweedekamer.melding.overdracht-naar-klacht-gevraagd.v1";
    }

    public record DossierVernietigd(UUID meldingId, String meldingReference, String tenantId, LocalDate destroyedOn) {

        public static final String TYPE = "nl.tweedekamer.melding.dossier-vernietigd.v1";
    }

    /** An open melding moved to another VP (art 4.3: its VP is plausibly involved). */
    public record VertrouwenspersoonGewisseld(UUID meldingId, String meldingReference, String tenantId,
            UUID vertrouwenspersoonId, VertrouwenspersoonKind vertrouwenspersoonKind,
            UUID previousVertrouwenspersoonId, String reason, LocalDate changedOn) {

        public static final String TYPE = "nl.tweedekamer.melding.vertrouwenspersoon-gewisseld.v1";
    }

    /** Counts only, keyed by the signal id: never which meldingen, never who. */
    /** {@code basis}: AFDELING (meldingen about one department) or PERSOON (about one person, never named). */
    public record Patroonsignaal(UUID signalId, String tenantId, String departmentCode, String count,
            LocalDate sentOn, String basis, Integer periodYear) {

        public static final String TYPE = "nl.tweedekamer.melding.patroonsignaal.v1";
    }
}
