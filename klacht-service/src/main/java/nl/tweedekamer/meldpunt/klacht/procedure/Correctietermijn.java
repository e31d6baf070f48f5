package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Art 12.1: the parties may correct the fact overview ("aanvullingen c.q. correcties die feitelijk zijn") until the
 * term the commission set ends; the commission drafts its advice "na deze mogelijkheid tot correctie", so not before
 * that term ended, unless every party already answered (a correction) or waived further corrections. An act on the
 * due date is on time (domain.md §6).
 */
public final class Correctietermijn {

    /** A correction or view sent after the term ended. */
    public static final String VERSTREKEN = "https://meldpunt.tweedekamer.nl/problems/correctietermijn-verstreken";
    /** The advice adopted while the parties may still correct the fact overview. */
    public static final String LOOPT = "https://meldpunt.tweedekamer.nl/problems/correctietermijn-loopt";

    /** A party's answer to the fact overview: a factual correction, or waiving (further) corrections. */
    private static final Set<Stuk.Soort> ANSWERS = EnumSet.of(Stuk.Soort.CORRECTIE, Stuk.Soort.AFSTAND_CORRECTIE);

    private Correctietermijn() {
    }

    /** The parties may still correct the fact overview today. */
    public static boolean open(LocalDate correctionsDueOn, LocalDate today) {
        return correctionsDueOn != null && !today.isAfter(correctionsDueOn);
    }

    /**
     * The parties who have not yet answered or waived: "the complainant", "accused &lt;id&gt;" (roles and ids only,
     * never a name). An accused who is not linked to a person cannot answer, so the term runs out for them.
     */
    public static List<String> stillToAnswer(Klacht k, List<Aangeklaagde> accused, List<Stuk> pieces) {
        List<String> open = new ArrayList<>();
        if (pieces.stream().noneMatch(s -> ANSWERS.contains(s.kind)
                && Betrokkenheid.KLAGER.name().equals(s.authorRole))) {
            open.add("the complainant");
        }
        for (Aangeklaagde a : accused) {
            boolean answered = a.personId != null && pieces.stream().anyMatch(s -> ANSWERS.contains(s.kind)
                    && Betrokkenheid.AANGEKLAAGDE.name().equals(s.authorRole)
                    && a.personId.toString().equals(s.authorId));
            if (!answered) {
                open.add("accused " + a.id);
            }
        }
        return open;
    }
}
