package nl.tweedekamer.meldpunt.melding.dossier;

/**
 * The categories of unwanted behaviour of art 2 (seed 002 L640–655; domain.md §3). Work pressure (werkdruk) is
 * explicitly not one of them.
 */
public enum Categorie {
    INTIMIDATIE, SEKSUELE_INTIMIDATIE, AGRESSIE_EN_GEWELD, DISCRIMINATIE, EXTREMISME, STALKEN, PESTEN
}
