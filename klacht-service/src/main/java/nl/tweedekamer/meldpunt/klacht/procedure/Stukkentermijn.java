package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;
import java.util.Collection;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * When a party adds documents to a filed complaint (art 9.3, 11.4, 12.5). The klaagschrift's own attachments (art
 * 9.2) are added with the draft; after filing: the complainant when the commission asks to complete the complaint
 * (9.3), both parties until the term for further documents of the hearing invitation ends (11.4), and the accused
 * with their written view, until the term for reacting to the fact overview ends (12.5, 12.1).
 */
public final class Stukkentermijn {

    public static final String BUITEN_TERMIJN = "https://meldpunt.tweedekamer.nl/problems/stukken-buiten-termijn";

    private Stukkentermijn() {
    }

    /** The window the party adds a document in today; refused with 422 outside every window. */
    public static Bijlage.Moment open(Klacht k, Betrokkenheid as, Collection<Hoorzitting> hearings, LocalDate today) {
        // art 9.3: missing documents, when the commission asked for them
        if (as == Betrokkenheid.KLAGER && k.status == KlachtStatus.AANVULLING_GEVRAAGD) {
            return Bijlage.Moment.AANVULLING;
        }
        // art 11.4: the invitation says until when further documents can be submitted (at the latest the hearing day)
        if ((k.status == KlachtStatus.HOORZITTING_GEPLAND || k.status == KlachtStatus.GEHOORD)
                && hearings.stream().anyMatch(h -> !today.isAfter(documentsDue(h)))) {
            return Bijlage.Moment.HOORZITTING;
        }
        // art 12.5: the accused's written view, with its documents, within the term for reactions (12.1)
        if (as == Betrokkenheid.AANGEKLAAGDE && k.status == KlachtStatus.FEITENOVERZICHT
                && k.correctionsDueOn != null && !today.isAfter(k.correctionsDueOn)) {
            return Bijlage.Moment.ZIENSWIJZE;
        }
        throw ProblemException.unprocessable(BUITEN_TERMIJN, "Not a time to add documents", (as == Betrokkenheid.KLAGER
                ? "After filing, you add documents when the commission asks you to complete the complaint (art 9.3) "
                        + "and, once a hearing is planned, until the term for further documents in its invitation "
                        + "ends (art 11.4)."
                : "You add documents until the term for further documents in the hearing invitation ends (art 11.4), "
                        + "and with your written view until the term for reacting to the fact overview ends (art 12.5, "
                        + "12.1).")
                + lastTerm(hearings, today) + " The complaint is " + k.status + ".");
    }

    private static LocalDate documentsDue(Hoorzitting h) {
        return h.documentsDueOn != null ? h.documentsDueOn : h.hearingOn;
    }

    private static String lastTerm(Collection<Hoorzitting> hearings, LocalDate today) {
        return hearings.stream().map(Stukkentermijn::documentsDue).max(LocalDate::compareTo)
                .filter(d -> d.isBefore(today)).map(d -> " The term for further documents of the hearing ended on " + d + ".").orElse("");
    }
}
