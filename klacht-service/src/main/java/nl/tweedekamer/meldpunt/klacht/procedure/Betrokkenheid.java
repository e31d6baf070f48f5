package nl.tweedekamer.meldpunt.klacht.procedure;

/** As whom a person reaches a case (domain.md §2). */
public enum Betrokkenheid {
    KLAGER, AANGEKLAAGDE, VOORZITTER, COMMISSIE, SECRETARIS, WERKGEVER;

    public boolean commission() {
        return this == VOORZITTER || this == COMMISSIE || this == SECRETARIS;
    }

    public boolean party() {
        return this == KLAGER || this == AANGEKLAAGDE;
    }
}
