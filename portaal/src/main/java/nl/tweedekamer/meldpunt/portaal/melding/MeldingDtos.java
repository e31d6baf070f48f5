package nl.tweedekamer.meldpunt.portaal.melding;

import java.math.BigDecimal;
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

    /**
     * One line of a list, without content: GET /meldingen (the melder's own) and GET /vertrouwenspersoon/meldingen
     * (a VP's). {@code lastMessageFrom} says whose turn it is.
     */
    @TemplateData
    public record MeldingRegel(UUID meldingId, String reference, String status, boolean anonymous,
            LocalDate receivedOn, LocalDate closedOn, String lastMessageFrom) {
        public boolean gesloten() {
            return closedOn != null || "GESLOTEN".equals(status);
        }

        /** Open, and nobody has written yet. */
        public boolean nieuw() {
            return !gesloten() && lastMessageFrom == null;
        }

        /** Open, and the melder wrote last: the VP's turn. */
        public boolean wachtOpVertrouwenspersoon() {
            return !gesloten() && MELDER.equals(lastMessageFrom);
        }

        /** Open, and the VP wrote last: the melder's turn. */
        public boolean wachtOpMelder() {
            return !gesloten() && VERTROUWENSPERSOON.equals(lastMessageFrom);
        }
    }

    static final String MELDER = "MELDER";
    static final String VERTROUWENSPERSOON = "VERTROUWENSPERSOON";

    /** POST /meldingen: a named melding, within the melder's own organisation (their token's). */
    public record NieuweMelding(UUID vertrouwenspersoonId, String kind, String category, String relation,
            String department, String description, Contact identity, boolean emailWanted) {
    }

    /** What a named melder chooses to tell about how to reach them; every field optional. */
    @TemplateData
    public record Contact(String name, String email, String phone) {
    }

    /** The answer to POST /meldingen. */
    public record Aangemaakt(UUID meldingId, String reference) {
    }

    /** GET /meldingen/{id}: the melding as its melder or its VP reads it (interventions for the VP only). */
    @TemplateData
    public record Melding(UUID meldingId, String reference, String tenantId, String status, boolean anonymous,
            String kind, String category, String relation, String department, String description, Contact identity,
            Boolean emailWanted, VertrouwenspersoonRef vertrouwenspersoon, LocalDate receivedOn, LocalDate closedOn,
            LocalDate destructionDueOn, String outcome, UUID handoverId, List<DossierBericht> messages,
            List<Bijlage> attachments, List<Toestemming> consents, List<Interventie> interventions,
            BigDecimal totalHours) {
        public boolean gesloten() {
            return closedOn != null || "GESLOTEN".equals(status);
        }

        public List<Bijlage> bijlagen() {
            return attachments == null ? List.of() : attachments;
        }

        public List<DossierBericht> berichten() {
            return messages == null ? List.of() : messages;
        }

        public List<Interventie> interventies() {
            return interventions == null ? List.of() : interventions;
        }

        /** The consent for this step, given and not withdrawn. */
        public boolean toestemming(String scope) {
            return Toestemming.geldig(consents, scope);
        }

        public boolean overgedragen() {
            return handoverId != null;
        }

        /** The message keys of the melding's kind, category, relation and outcome, or null. */
        public String soortSleutel() {
            return kind == null ? null : "soort" + kind;
        }

        public String categorieSleutel() {
            return category == null ? null : "categorie" + category;
        }

        public String relatieSleutel() {
            return relation == null ? null : "relatie" + relation;
        }

        public String uitkomstSleutel() {
            return outcome == null ? null : "uitkomst" + outcome;
        }

        public BigDecimal totaal() {
            return totalHours == null ? BigDecimal.ZERO : totalHours;
        }
    }

    @TemplateData
    public record Toestemming(UUID consentId, String scope, OffsetDateTime givenAt, OffsetDateTime withdrawnAt) {
        public boolean geldig() {
            return withdrawnAt == null;
        }

        static boolean geldig(List<Toestemming> consents, String scope) {
            return consents != null && consents.stream().anyMatch(c -> c.scope().equals(scope) && c.geldig());
        }
    }

    @TemplateData
    public record Interventie(UUID interventionId, String kind, BigDecimal hours, LocalDate recordedOn,
            boolean detailsShared, String note) {
        public String sleutel() {
            return "interventie" + kind;
        }
    }

    /** POST /meldingen/{id}/interventies. */
    public record NieuweInterventie(String kind, BigDecimal hours, boolean detailsShared, String note) {
    }

    /** POST /meldingen/{id}/sluiting: the outcome and the written confirmation to the melder (art 5.1.i). */
    public record Sluiting(String outcome, String confirmation) {
    }

    /** POST /meldingen/{id}/toestemmingen. */
    public record ToestemmingGeven(String scope) {
    }

    /** GET /meldingen/{id}/audit: who read or acted, when; no content. */
    @TemplateData
    public record Inzage(UUID id, OffsetDateTime occurredAt, String actor, String action) {
        public String wieSleutel() {
            return "inzageWie" + actor;
        }

        public String watSleutel() {
            return "inzageWat" + action;
        }
    }

    /** One organisation of GET /organisaties, melding-service's public directory. */
    public record Gidsregel(String id, String name, boolean declarationInForce,
            List<Vertrouwenspersoon> vertrouwenspersonen, List<Organisatie.Afdeling> departments) {
    }

    /** A vertrouwenspersoon as GET /organisaties lists them: the name is public, the address is not. */
    @TemplateData
    public record Vertrouwenspersoon(UUID personId, String name, String kind, LocalDate absentUntil) {
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
            List<DossierBericht> messages, List<Bijlage> attachments, List<Toestemming> consents) {
        public List<DossierBericht> berichten() {
            return messages == null ? List.of() : messages;
        }

        public List<Bijlage> bijlagen() {
            return attachments == null ? List.of() : attachments;
        }

        /** The consent for this step, given and not withdrawn. */
        public boolean toestemming(String scope) {
            return Toestemming.geldig(consents, scope);
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
            return MELDER.equals(from);
        }
    }

    /** An attachment as melding-service lists it: who added it, when, its kind, size and name (not its content). */
    @TemplateData
    public record Bijlage(UUID attachmentId, String from, OffsetDateTime uploadedAt, String contentType,
            int sizeBytes, String filename) {
        public boolean vanMelder() {
            return MELDER.equals(from);
        }

        public String naam() {
            return filename == null ? "bijlage" : filename;
        }

        /** The message key of who added it, as the reader calls them ({@code lezerIsVp}: the VP reads). */
        public String vanSleutel(boolean lezerIsVp) {
            if (vanMelder() != lezerIsVp) {
                return "bijlageVanU";
            }
            return lezerIsVp ? "bijlageVanDeMelder" : "bijlageVanDeVp";
        }

        /** Its size in whole kilobytes, at least 1, as people read file sizes. */
        public int kilobytes() {
            return Math.max(1, (sizeBytes + 1023) / 1024);
        }
    }

    /** GET /tenants/{t}/patroonsignalen: a signal as the organisation received it (no melding, no name). */
    @TemplateData
    public record OntvangenSignaal(UUID signalId, String departmentCode, String basis, String count, int periodYear,
            LocalDate sentOn, String advice) {
        public boolean overEenPersoon() {
            return "PERSOON".equals(basis);
        }

        /** Fewer than 5, not said exactly (domain.md §10.12). */
        public boolean klein() {
            return count != null && count.startsWith("<");
        }
    }

    /** GET /concepten/{formulier}: what the person saved of a form, and when. */
    public record Concept(String form, java.util.Map<String, String> fields, OffsetDateTime savedAt) {
        public String veld(String naam) {
            return fields == null ? null : fields.get(naam);
        }
    }

    /** PUT /concepten/{formulier}. */
    public record ConceptVelden(java.util.Map<String, String> fields) {
    }

    /** GET, PUT /vertrouwenspersoon/afwezigheid: the last day the VP is away, or null. */
    public record Afwezigheid(LocalDate until) {
    }

    /** GET /vertrouwenspersoon/jaarverslag/{year}: the figures of the report a VP writes (art 4.4), counts as shown. */
    @TemplateData
    public record Jaarverslag(int year, String scope, String meldingen, Verdeling origin, Verdeling kinds,
            Verdeling categories, Verdeling relations, Verdeling interventions, String closed,
            String noInterventionAtMeldersRequest, Verdeling statusAtYearEnd, Verdeling outcomes, BigDecimal hours) {
    }

    /** One breakdown: each value's count and the total, both as shown ("&lt; 5" for 1 to 4). */
    @TemplateData
    public record Verdeling(java.util.Map<String, String> counts, String total) {
    }

    /** GET /vertrouwenspersoon/patroonsignalen: where a pattern shows (counts only). */
    @TemplateData
    public record Voorstel(String basis, String tenantId, String departmentCode, String count, UUID meldingId) {
        public boolean overEenPersoon() {
            return "PERSOON".equals(basis);
        }
    }

    /** POST /vertrouwenspersoon/patroonsignalen. */
    public record SignaalVersturen(String basis, String tenantId, String departmentCode, UUID meldingId,
            Integer unitSize, String advice) {
    }
}
