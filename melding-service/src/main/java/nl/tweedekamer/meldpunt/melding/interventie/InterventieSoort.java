package nl.tweedekamer.meldpunt.melding.interventie;

/** The interventions the VPs' annual reports count (domain.md §4.3, art 5.1). */
public enum InterventieSoort {
    /** "verhaal doen / hart luchten". */
    GEHOORD,
    STEUNENDE_GESPREKKEN,
    /** The situation analysed, with handles to solve it. */
    ANALYSE_MET_HANDVATTEN,
    /** Referred (bedrijfsarts, maatschappelijk werk, VPI, juridisch adviseur, the commission; art 5.1.b). */
    DOORVERWIJZING,
    /** Accompanied to HR, legal or the VPI. */
    BEGELEIDING,
    /** A mediator engaged (art 5.1.d). */
    BEMIDDELING,
    GEEN_INTERVENTIE_OP_VERZOEK_MELDER
}
