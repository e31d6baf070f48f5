package nl.tweedekamer.meldpunt.klacht.procedure;

/**
 * Where a complaint stands in the procedure of art 9-13. Which step leads from one to the next is decided
 * in one place only: {@link nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure}.
 */
public enum KlachtStatus {
    /** A draft klaagschrift, not yet signed and filed; only the complainant sees it. */
    CONCEPT,
    /** Filed (art 9.1), awaiting the secretary's confirmation of receipt (art 9.4). */
    INGEDIEND,
    /** Receipt confirmed; complete unless the commission asks for more (art 9.3); admissibility pending (art 10.1). */
    ONTVANGEN,
    /** The commission asked for missing documents or grounds (art 9.3). */
    AANVULLING_GEVRAAGD,
    /** Admissible (art 10.2-10.3); a hearing is to be planned. */
    ONTVANKELIJK,
    HOORZITTING_GEPLAND,
    /** At least one hearing or on-site report is in the dossier (art 11.2, 11.7). */
    GEHOORD,
    /** The parties received the fact overview and may correct it (art 12.1). */
    FEITENOVERZICHT,
    /** The commission voted on the advice (art 12.7); it awaits the signatures of chair and secretary (art 12.5). */
    ADVIES_VASTGESTELD,
    /** The advice reached the employer(s) involved (art 12.2); the decision term runs (art 13). */
    ADVIES_UITGEBRACHT,
    /** Inadmissible: the commission advised the complainant's employer, who decides (art 10.4). */
    NIET_ONTVANKELIJK,
    /** Ended by decision, inadmissibility, withdrawal or mediation; see {@link KlachtEinde}. */
    BEEINDIGD
}
