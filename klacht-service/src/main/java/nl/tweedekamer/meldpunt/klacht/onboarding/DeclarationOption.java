package nl.tweedekamer.meldpunt.klacht.onboarding;

/** How the regulation became applicable (model letter, seed 002 L1216-1240). */
public enum DeclarationOption {
    /** Option 1: added to the fractie's personeelshandboek. */
    PERSONEELSHANDBOEK,
    /** Option 2: declared applicable to the employment contracts. */
    ARBEIDSOVEREENKOMST,
    /** The civil service's standing declaration, by its own act (domain.md §1, Decision). */
    EIGEN_BESLUIT
}
