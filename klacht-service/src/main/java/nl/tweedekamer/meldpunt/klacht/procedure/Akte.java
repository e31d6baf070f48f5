package nl.tweedekamer.meldpunt.klacht.procedure;

import java.util.EnumSet;
import java.util.Set;

/**
 * The written acts of the procedure that its parties keep as a document (art 9.4, 12.5, 13.2; for an inadmissible
 * complaint the advice and decision of art 10.4). Each is a printable page of what the dossier holds, not a new text.
 */
public enum Akte {
    /**
     * Art 9.4: the secretary confirms receipt of the klaagschrift in writing. Written to the complainant; the accused
     * reads it with their copy of the complaint (art 10.3); the employer does not receive it.
     */
    ONTVANGSTBEVESTIGING("ontvangstbevestiging", "Ontvangstbevestiging", EnumSet.of(Betrokkenheid.KLAGER,
            Betrokkenheid.AANGEKLAAGDE, Betrokkenheid.VOORZITTER, Betrokkenheid.COMMISSIE, Betrokkenheid.SECRETARIS)),
    /**
     * Art 12.5: the commission's advice, written, reasoned and signed by chair and secretary; addressed to the
     * employer's decider (art 12.2, 10.4), and received by the parties.
     */
    ADVIES("advies", "Advies van de klachtencommissie", EnumSet.allOf(Betrokkenheid.class)),
    /** Art 13.2: the employer's decision on the advice, told to both parties in writing (10.4 for inadmissibility). */
    BESLUIT("besluit", "Besluit van het bevoegd gezag", EnumSet.allOf(Betrokkenheid.class));

    private final String path;
    private final String title;
    private final Set<Betrokkenheid> readers;

    Akte(String path, String title, Set<Betrokkenheid> readers) {
        this.path = path;
        this.title = title;
        this.readers = readers;
    }

    /** Who receives this act, by how they reach the case. */
    public Betrokkenheid[] readers() {
        return readers.toArray(Betrokkenheid[]::new);
    }

    /**
     * Art 13.2: the complainant and the commission read every employer's decision; an employer its own; a co-accused
     * only that of their own employer, not those of the other employers involved.
     *
     * @param ownEmployers for an accused, the employers of the accused they are; for an employer, itself
     */
    public static boolean decisionReadBy(Betrokkenheid as, Set<String> ownEmployers, String decidingEmployer) {
        return !(as == Betrokkenheid.AANGEKLAAGDE || as == Betrokkenheid.WERKGEVER)
                || ownEmployers.contains(decidingEmployer);
    }

    /** Its segment in {@code /klachten/{id}/akten/…}. */
    public String path() {
        return path;
    }

    /** Its Dutch title, as printed. */
    public String title() {
        return title;
    }

    /** The part recorded in the audit trail of reads ({@link Inzage#part}). */
    public String readPart() {
        return "AKTE_" + name();
    }
}
