package nl.tweedekamer.meldpunt.melding.dossier;

/** The relation of the person behaving badly to the melder (the VP reports' second dimension, domain.md §3). */
public enum Relatie {
    COLLEGA, LEIDINGGEVENDE, KAMERLID, EXTERN
}
