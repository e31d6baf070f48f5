package nl.tweedekamer.meldpunt.klacht.procedure;

/** The grounds on which the commission does not take a complaint into consideration (art 9.5 a-g, art 10.2). */
public enum NietOntvankelijkheidsgrond {
    /** 9.5.a: inadmissible, e.g. the formal requirements of 9.1 are not met. */
    A_NIET_ONTVANKELIJK,
    /** 9.5.b: the same complaint against the same accused was judged before. */
    B_EERDER_BEOORDEELD,
    /** 9.5.c: a procedure under Cao Rijk ch. 13 or 16 was started. */
    C_CAO_RIJK_PROCEDURE,
    /** 9.5.d: a court procedure was or is being started. */
    D_RECHTERLIJKE_PROCEDURE,
    /** 9.5.e: a criminal investigation or prosecution about related facts is under way. */
    E_OPSPORINGSONDERZOEK,
    /** 9.5.f: the complainant's interest or the weight of the behaviour is manifestly insufficient. */
    F_KENNELIJK_ONVOLDOENDE,
    /** 9.5.g: the complaint is anonymous. */
    G_ANONIEM,
    /** 10.2: the behaviour lies more than one year before filing (T1). */
    BUITEN_JAARTERMIJN;

    /**
     * Art 9.3: whether a completion — missing documents, further grounds and their motivation — can remove the
     * ground. It can supply what 9.1 requires (a), the dates of the behaviour (10.2), the weight of the complaint (f)
     * and the complainant's name (g); it cannot undo a judgement given before (b), another procedure (c, d) or a
     * criminal investigation (e). While the completion term runs, only the latter grounds can be declared.
     */
    public boolean completionCanCure() {
        return switch (this) {
            case A_NIET_ONTVANKELIJK, F_KENNELIJK_ONVOLDOENDE, G_ANONIEM, BUITEN_JAARTERMIJN -> true;
            case B_EERDER_BEOORDEELD, C_CAO_RIJK_PROCEDURE, D_RECHTERLIJKE_PROCEDURE, E_OPSPORINGSONDERZOEK -> false;
        };
    }
}
