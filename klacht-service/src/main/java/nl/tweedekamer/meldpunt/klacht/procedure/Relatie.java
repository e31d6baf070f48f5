package nl.tweedekamer.meldpunt.klacht.procedure;

/** Who an accused is to the organisation: only a medewerker falls under the regulation (art 2.j). */
public enum Relatie {
    /** A medewerker of the civil service (art 2.d). */
    MEDEWERKER_AMBTELIJK,
    /** A medewerker of a fractie (art 2.d). */
    MEDEWERKER_FRACTIE,
    /** A Kamerlid: the College van onderzoek integriteit, not the commission. */
    KAMERLID,
    /** A visitor, journalist, lobbyist or anyone else who is no medewerker: outside the regulation (art 2.j). */
    EXTERN;

    public boolean isMedewerker() {
        return this == MEDEWERKER_AMBTELIJK || this == MEDEWERKER_FRACTIE;
    }
}
