package nl.tweedekamer.meldpunt.portaal.klacht;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.qute.TemplateData;

/**
 * What the portal reads of klacht-service's complaint API: a worklist line (no content) and the dossier in the
 * parts klacht-service gives the reader; a part left out for them is null. Only what the pages show is mapped.
 */
public final class KlachtDtos {

    private KlachtDtos() {
    }

    /** A line of klacht-service's worklist: nothing personal, nothing of the content. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KlachtRegel(UUID id, String reference, String tenantId, String status, LocalDate filedOn) {
    }

    /** The dossier as klacht-service gives it to this reader ({@code as}: KLAGER, AANGEKLAAGDE, COMMISSIE, …). */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dossier(UUID id, String reference, String status, String as, LocalDate filedOn,
            Procedure procedure, List<Zetel> composition, Advies advice, List<Werkgever> employers,
            List<Termijn> terms, List<Stuk> documents, String ending, LocalDate endedOn,
            List<Hoorzitting> hearings) {

        public String faseSleutel() {
            return Fase.sleutel(status);
        }

        public boolean alsKlager() {
            return "KLAGER".equals(as);
        }

        public boolean alsCommissie() {
            return "COMMISSIE".equals(as) || "VOORZITTER".equals(as) || "SECRETARIS".equals(as);
        }

        /** The seats of the case, when this reader is told who sits (art 11.4); the replaced members left out. */
        public List<Zetel> zittend() {
            return composition == null ? List.of()
                    : composition.stream().filter(z -> !"UITGESLOTEN".equals(z.seat())).toList();
        }

        /** The commission's signed advice (art 12.5), once issued to the employer (or inadmissibility, art 10.4). */
        public boolean heeftAdvies() {
            return advice != null && advice.issuedOn() != null;
        }

        /** A decision of an employer this reader receives (art 13.2). */
        public boolean heeftBesluit() {
            return documents != null && documents.stream().anyMatch(s -> "BESLUIT".equals(s.kind()));
        }

        /** The hearings this party is invited to (art 11.4); the commission reads them in its own part. */
        public List<Hoorzitting> uitnodigingen() {
            return hearings == null || alsCommissie() ? List.of() : hearings;
        }

        public boolean ontvangstBevestigd() {
            return procedure != null && procedure.receiptConfirmedOn() != null;
        }

        /** The known due date of a term of the case as a whole, null when klacht-service gives this reader none. */
        public LocalDate termijn(String term) {
            return terms == null ? null
                    : terms.stream().filter(t -> term.equals(t.term()) && t.employerTenantId() == null)
                            .map(Termijn::dueOn).filter(d -> d != null).findFirst().orElse(null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Procedure(LocalDate receiptConfirmedOn, LocalDate completeOn, LocalDate completionDueOn,
            LocalDate admissibilityDecidedOn, Boolean admissible, LocalDate correctionsDueOn,
            LocalDate newAdviceDueOn) {
    }

    /** A seat of the case: name, seat and side, no address (art 11.4). */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Zetel(UUID personId, String name, String seat, String side) {

        /** The name klacht-service gives; a dash when it knows none (the seat is still said). */
        public String naam() {
            return name == null || name.isBlank() ? "-" : name;
        }

        public boolean voorzitter() {
            return "VOORZITTER".equals(seat);
        }

        public boolean ambtelijk() {
            return "AMBTELIJK".equals(side);
        }

        public boolean politiek() {
            return "POLITIEK".equals(side);
        }
    }

    /**
     * A hearing as its invitation says it (art 11.4): the day, when it starts and where, whether the parties are heard
     * together (11.5), who else is invited and until when further documents can be submitted.
     */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hoorzitting(LocalDate hearingOn, LocalTime startsAt, String location, Boolean partiesTogether,
            LocalDate documentsDueOn, String otherInvitees) {

        private static final DateTimeFormatter UUR = DateTimeFormatter.ofPattern("H:mm");

        /** The start as a Dutch clock reads it ("9:30", "14:00"), null when the commission gave none. */
        public String aanvang() {
            return startsAt == null ? null : startsAt.format(UUR);
        }

        public boolean samen() {
            return !Boolean.FALSE.equals(partiesTogether);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Advies(LocalDate adoptedOn, LocalDate issuedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Werkgever(String employerTenantId, LocalDate adviceReceivedOn, LocalDate decisionDueOn,
            LocalDate decidedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Termijn(String term, String employerTenantId, LocalDate dueOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stuk(UUID id, String kind, LocalDate datedOn, String employerTenantId) {
    }
}
