package nl.tweedekamer.meldpunt.portaal.klacht;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateData;

import nl.tweedekamer.meldpunt.portaal.termijn.TermijnServiceClient.Termijn;

/**
 * The commission's worklist: the complaints klacht-service lets the person see, each with its most urgent running
 * term from termijn-service, most urgent first. A lapsed term comes before every running one (the longest lapsed
 * first), then the nearest due date, then a suspended term (it has no due date), then a case without a running term.
 * Only cases klacht-service lists appear: a term of a case the person may not see (a member replaced in it, art
 * 7.8) is left out here, whatever termijn-service returns.
 */
public final class Werklijst {

    private Werklijst() {
    }

    /** A line: the case reference, its stage, and its most urgent running term (null when none runs). */
    @TemplateData
    public record Regel(UUID id, String reference, String status, Termijn termijn) {

        public boolean verstreken() {
            return termijn != null && termijn.verstreken();
        }

        /** The day the term lapsed: termijn-service's lapse day, else the day after its due date. */
        public LocalDate verstrekenOp() {
            if (!verstreken()) {
                return null;
            }
            return termijn.lapsedOn() != null ? termijn.lapsedOn()
                    : termijn.dueOn() == null ? null : termijn.dueOn().plusDays(1);
        }

        public String faseSleutel() {
            return Fase.sleutel(status);
        }

        public boolean opgeschort() {
            return termijn != null && "SUSPENDED".equals(termijn.state());
        }
    }

    /** Urgency of a running term: lapsed (oldest due first), open by due date, suspended. */
    static final Comparator<Termijn> URGENTIE = Comparator
            .comparingInt((Termijn t) -> t.verstreken() ? 0 : t.dueOn() != null ? 1 : 2)
            .thenComparing(Termijn::dueOn, Comparator.nullsLast(Comparator.naturalOrder()));

    static final Comparator<Regel> VOLGORDE = Comparator
            .comparing(Regel::termijn, Comparator.nullsLast(URGENTIE))
            .thenComparing(Regel::reference, Comparator.nullsLast(Comparator.naturalOrder()));

    public static List<Regel> van(List<KlachtDtos.KlachtRegel> zaken, List<Termijn> lopend) {
        Map<UUID, Termijn> urgentste = lopend.stream()
                .filter(t -> t.caseId() != null && (t.loopt() || t.verstreken()))
                .collect(Collectors.toMap(Termijn::caseId, t -> t, (a, b) -> URGENTIE.compare(a, b) <= 0 ? a : b));
        return zaken.stream().filter(Objects::nonNull)
                .map(z -> new Regel(z.id(), z.reference(), z.status(), urgentste.get(z.id())))
                .sorted(VOLGORDE).toList();
    }
}
