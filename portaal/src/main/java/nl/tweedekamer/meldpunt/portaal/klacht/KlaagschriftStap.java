package nl.tweedekamer.meldpunt.portaal.klacht;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

import io.quarkus.qute.TemplateData;

/**
 * The wizard's steps, one per part of the klaagschrift of art 9.1 (and the attachments of 9.2), in the article's
 * order; each has its own page under {@code /klachten/{id}/klaagschrift/{pad}}, then the check page.
 */
@TemplateData
public enum KlaagschriftStap {

    SOORT("soort"),
    GEBEURD("gebeurd"),
    WAAR_EN_WANNEER("waar-en-wanneer"),
    GETUIGEN("getuigen"),
    KLAGER("uw-gegevens"),
    AANGEKLAAGDE("aangeklaagde"),
    STAPPEN("stappen"),
    BIJLAGEN("bijlagen");

    public static final String CONTROLE = "controle";

    private final String pad;

    KlaagschriftStap(String pad) {
        this.pad = pad;
    }

    public String pad() {
        return pad;
    }

    /** 1-based, for "Stap 2 van 8". */
    public int nummer() {
        return ordinal() + 1;
    }

    public static int aantal() {
        return values().length;
    }

    /** The message key of the step's title ({@code ks:stapSOORT} …). */
    public String titelSleutel() {
        return "stap" + name();
    }

    /** The message key of the check page's link to change this part ({@code ks:wijzigSOORT} …). */
    public String wijzigSleutel() {
        return "wijzig" + name();
    }

    public boolean eerste() {
        return ordinal() == 0;
    }

    /** The next step's path, or the check page after the last. */
    public String volgende() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1].pad : CONTROLE;
    }

    /** The previous step's path, or null for the first. */
    public String vorige() {
        return ordinal() == 0 ? null : values()[ordinal() - 1].pad;
    }

    public static Optional<KlaagschriftStap> van(String pad) {
        return Arrays.stream(values()).filter(s -> s.pad.equals(pad)).findFirst();
    }

    /**
     * Art 9.1: what a klaagschrift contains on pain of inadmissibility (klacht-service's {@code Klaagschriftelement},
     * same order, same field names); witnesses only where there are any, so they are none. Each names the step where
     * it is filled in.
     */
    @TemplateData
    public enum Element {
        CATEGORIE("category", SOORT, k -> k.category() != null),
        GEDRAGING("behaviour", GEBEURD, k -> tekst(k.behaviour())),
        PLAATS("place", WAAR_EN_WANNEER, k -> tekst(k.place())),
        TIJDSTIP("when", WAAR_EN_WANNEER, k -> tekst(k.when())),
        LAATSTE_DATUM("latestBehaviourOn", WAAR_EN_WANNEER, k -> k.latestBehaviourOn() != null),
        NAAM_KLAGER("complainant.name", KLAGER, k -> tekst(k.klager().name())),
        ADRES_KLAGER("complainant.address", KLAGER, k -> tekst(k.klager().address())),
        FUNCTIE_KLAGER("complainant.function", KLAGER, k -> tekst(k.klager().function())),
        AANGEKLAAGDE("accused", KlaagschriftStap.AANGEKLAAGDE, k -> !k.aangeklaagden().isEmpty()),
        ONDERNOMEN_STAPPEN("stepsTaken", STAPPEN, k -> tekst(k.stepsTaken()));

        private final String veld;
        private final KlaagschriftStap stap;
        private final Predicate<KlaagschriftDtos.Klaagschrift> aanwezig;

        Element(String veld, KlaagschriftStap stap, Predicate<KlaagschriftDtos.Klaagschrift> aanwezig) {
            this.veld = veld;
            this.stap = stap;
            this.aanwezig = aanwezig;
        }

        /** The field of klacht-service's klaagschrift that carries it ({@code missingAtFiling} names these). */
        public String veld() {
            return veld;
        }

        public KlaagschriftStap stap() {
            return stap;
        }

        /** The message key that says, in plain words, what is missing. */
        public String sleutel() {
            return "mist" + name();
        }

        boolean aanwezig(KlaagschriftDtos.Klaagschrift k) {
            return aanwezig.test(k);
        }

        private static boolean tekst(String s) {
            return s != null && !s.isBlank();
        }
    }
}
