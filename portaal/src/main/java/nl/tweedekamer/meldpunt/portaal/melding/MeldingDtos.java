package nl.tweedekamer.meldpunt.portaal.melding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.qute.TemplateData;

/** The JSON melding-service takes and gives (its README's API); unknown fields are ignored. */
public final class MeldingDtos {

    private MeldingDtos() {
    }

    /** POST /mailbox/meldingen. */
    public record AnoniemeMelding(String tenantId, UUID vertrouwenspersoonId, String kind, String category,
            String relation, String department, String description) {
    }

    /** Its answer: the receipt code is shown only this once. */
    public record Ontvangst(UUID meldingId, String reference, String receiptCode) {
    }

    /** GET /meldingen: the signed-in melder's own named meldingen, without content. */
    @TemplateData
    public record MijnMelding(UUID meldingId, String reference, String status, LocalDate receivedOn,
            LocalDate closedOn) {
        public boolean gesloten() {
            return closedOn != null || "GESLOTEN".equals(status);
        }
    }

    /** GET /tenants/{t}/vertrouwenspersonen/available. */
    @TemplateData
    public record Vertrouwenspersoon(UUID personId, String name, String kind) {
        public boolean eigen() {
            return "EIGEN".equals(kind);
        }
    }

    /** POST /mailbox/berichten. */
    public record Bericht(String text) {
    }

    /** GET /mailbox: what the anonymous melder may read. */
    @TemplateData
    public record Dossier(String reference, String status, String kind, String description,
            VertrouwenspersoonRef vertrouwenspersoon, LocalDate receivedOn, LocalDate closedOn,
            List<DossierBericht> messages) {
        public List<DossierBericht> berichten() {
            return messages == null ? List.of() : messages;
        }

        public boolean gesloten() {
            return closedOn != null;
        }
    }

    @TemplateData
    public record VertrouwenspersoonRef(UUID personId, String name, String kind) {
    }

    @TemplateData
    public record DossierBericht(UUID messageId, String from, OffsetDateTime postedAt, boolean closureConfirmation,
            String text) {
        public boolean vanMelder() {
            return "MELDER".equals(from);
        }
    }
}
