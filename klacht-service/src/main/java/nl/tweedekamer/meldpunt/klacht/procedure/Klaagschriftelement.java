package nl.tweedekamer.meldpunt.klacht.procedure;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Art 9.1: what a klaagschrift contains on pain of inadmissibility; witnesses only where there are any, so they are
 * no element here. A klaagschrift that lacks one is filed all the same and the commission sees which it lacks
 * (domain.md §10.7): it asks for completion (9.3) or declares the complaint inadmissible. Each element is named by
 * the field of the klaagschrift API that carries it.
 */
public enum Klaagschriftelement {

    CATEGORIE("category", (k, a) -> k.category != null),
    GEDRAGING("behaviour", (k, a) -> present(k.behaviour)),
    PLAATS("place", (k, a) -> present(k.behaviourPlace)),
    TIJDSTIP("when", (k, a) -> present(k.behaviourWhen)),
    LAATSTE_DATUM("latestBehaviourOn", (k, a) -> k.latestBehaviourOn != null),
    NAAM_KLAGER("complainant.name", (k, a) -> present(k.complainantName)),
    ADRES_KLAGER("complainant.address", (k, a) -> present(k.complainantAddress)),
    FUNCTIE_KLAGER("complainant.function", (k, a) -> present(k.complainantFunction)),
    AANGEKLAAGDE("accused", (k, a) -> !a.isEmpty()),
    ONDERNOMEN_STAPPEN("stepsTaken", (k, a) -> present(k.stepsTaken));

    private final String field;
    private final BiPredicate<Klacht, List<Aangeklaagde>> present;

    Klaagschriftelement(String field, BiPredicate<Klacht, List<Aangeklaagde>> present) {
        this.field = field;
        this.present = present;
    }

    /** The field of the klaagschrift API that carries this element. */
    public String field() {
        return field;
    }

    /** The elements of art 9.1 the klaagschrift lacks, in the article's order. */
    public static List<Klaagschriftelement> missing(Klacht klacht, List<Aangeklaagde> accused) {
        return Arrays.stream(values()).filter(e -> !e.present.test(klacht, accused)).toList();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
