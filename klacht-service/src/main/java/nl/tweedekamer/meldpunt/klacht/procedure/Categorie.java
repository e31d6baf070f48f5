package nl.tweedekamer.meldpunt.klacht.procedure;

/** Art 2 (domain.md §3): the kinds of unwanted behaviour. Werkdruk is none of them. Never leaves this service. */
public enum Categorie {
    INTIMIDATIE, SEKSUELE_INTIMIDATIE, AGRESSIE_EN_GEWELD, DISCRIMINATIE, EXTREMISME, STALKEN, PESTEN
}
