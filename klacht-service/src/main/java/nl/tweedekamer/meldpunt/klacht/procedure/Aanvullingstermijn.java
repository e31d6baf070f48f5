package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;

/**
 * T2, art 9.3: the further term of 2 weeks the commission sets for missing documents or grounds. It runs while the
 * commission waits for the answer, until its due date: termijn-service's date when known (it applies the Atw
 * shift), otherwise the unshifted date, which is never later. While it runs, inadmissibility is declared only on a
 * ground completion cannot cure ({@link NietOntvankelijkheidsgrond#completionCanCure()}).
 */
public final class Aanvullingstermijn {

    /** Inadmissibility declared on a curable ground while the completion term runs. */
    public static final String LOOPT = "https://meldpunt.tweedekamer.nl/problems/aanvullingstermijn-loopt";

    private Aanvullingstermijn() {
    }

    public static LocalDate dueOn(LocalDate knownDueOn, LocalDate completionDueOn) {
        return knownDueOn != null ? knownDueOn : completionDueOn;
    }

    /** The complainant may still complete: a completion was asked and its term has not lapsed. */
    public static boolean runs(Klacht k, LocalDate knownDueOn, LocalDate today) {
        return k.status == KlachtStatus.AANVULLING_GEVRAAGD && k.completionDueOn != null
                && !lapsed(dueOn(knownDueOn, k.completionDueOn), today);
    }

    public static boolean lapsed(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }
}
