package nl.tweedekamer.meldpunt.klacht.procedure;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * The parties' say in their hearing (art 11): each may ask to be heard without the other present, which the
 * commission decides (11.1, 11.5), and may name counsel to assist them (11.3). Both from filing on (the accused once
 * linked, art 10.3), as long as a hearing can still be planned.
 */
public final class Hoorverzoeken {

    public static final String NIET_NU = "https://meldpunt.tweedekamer.nl/problems/verzoek-niet-nu";
    public static final String APART_HOREN = "https://meldpunt.tweedekamer.nl/problems/apart-horen";

    /** Art 11.1: a hearing is planned for the complaint taken into treatment; before it is heard for the last time. */
    private static final Set<KlachtStatus> BEFORE_HEARING = EnumSet.of(KlachtStatus.INGEDIEND, KlachtStatus.ONTVANGEN,
            KlachtStatus.AANVULLING_GEVRAAGD, KlachtStatus.ONTVANKELIJK, KlachtStatus.HOORZITTING_GEPLAND,
            KlachtStatus.GEHOORD);

    private Hoorverzoeken() {
    }

    /** A party asks or names counsel only while a hearing can still be planned (art 11.1, 11.3). */
    public static void requireOpen(Klacht k) {
        if (!BEFORE_HEARING.contains(k.status)) {
            throw ProblemException.unprocessable(NIET_NU, "No hearing to ask about",
                    "A request about the hearing — to be heard separately (art 11.1, 11.5) or the counsel who assists "
                            + "you (art 11.3) — is made while a hearing can still be planned; the complaint is "
                            + k.status + ".");
        }
    }

    /**
     * Art 11.5: the commission decides whether the parties are heard in each other's presence; a party's request to
     * be heard separately is decided before a hearing together is planned, and one granted stands.
     */
    public static void checkHearing(Collection<PartijVerzoek> requests, boolean partiesTogether) {
        if (!partiesTogether) {
            return;
        }
        if (requests.stream().anyMatch(PartijVerzoek::open)) {
            throw ProblemException.unprocessable(APART_HOREN, "A request to be heard separately is open",
                    "A party asked to be heard without the other present (art 11.1); the commission decides that "
                            + "request (art 11.5) before it invites the parties to be heard together.");
        }
        if (requests.stream().anyMatch(r -> r.kind == PartijVerzoek.Soort.APART_HOREN
                && r.outcome == PartijVerzoek.Uitkomst.TOEGEWEZEN)) {
            throw ProblemException.unprocessable(APART_HOREN, "The parties are heard separately",
                    "The commission granted a party's request to be heard without the other present (art 11.1, "
                            + "11.5); plan the hearing with partiesTogether false.");
        }
    }
}
