package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus.ADVIES_UITGEBRACHT;
import static nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus.ADVIES_VASTGESTELD;
import static nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus.AANVULLING_GEVRAAGD;
import static nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus.BEEINDIGD;
import static nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus.CONCEPT;
import static nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus.FEITENOVERZICHT;
import static nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus.GEHOORD;
import static nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus.HOORZITTING_GEPLAND;
import static nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus.INGEDIEND;
import static nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus.NIET_ONTVANKELIJK;
import static nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus.ONTVANGEN;
import static nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus.ONTVANKELIJK;

import java.util.EnumSet;
import java.util.Set;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * The procedure of the Klachtenregeling as a state machine: the one place that says which step may follow
 * which. Every other class asks it before acting; a step out of order is refused with 409 and the rule.
 */
public final class KlachtProcedure {

    /** The problem type of a refused step (RFC 9457 {@code type}). */
    public static final String STEP_NOT_ALLOWED = "https://meldpunt.tweedekamer.nl/problems/stap-niet-toegestaan";

    private static final Set<KlachtStatus> RUNNING_BEFORE_ADVICE = EnumSet.of(INGEDIEND, ONTVANGEN,
            AANVULLING_GEVRAAGD, ONTVANKELIJK, HOORZITTING_GEPLAND, GEHOORD, FEITENOVERZICHT);
    private static final Set<KlachtStatus> ADMISSIBLE_BEFORE_ADVICE = EnumSet.of(ONTVANKELIJK, HOORZITTING_GEPLAND,
            GEHOORD, FEITENOVERZICHT);
    private static final Set<KlachtStatus> AWAITING_DECISION = EnumSet.of(ADVIES_UITGEBRACHT, NIET_ONTVANKELIJK);

    /** A step of the procedure: where it may be taken, where it leads ({@code null}: the status stays), and why. */
    public enum Stap {
        CONCEPT_BEWERKEN(EnumSet.of(CONCEPT), null, "art 9.1",
                "only a draft klaagschrift can be changed; a filed klaagschrift is part of the dossier"),
        INDIENEN(EnumSet.of(CONCEPT), INGEDIEND, "art 9.1, 9.4",
                "a klaagschrift is filed once, signed and dated by the complainant"),
        ONTVANGST_BEVESTIGEN(EnumSet.of(INGEDIEND), ONTVANGEN, "art 9.4",
                "the secretary confirms receipt of a filed klaagschrift once"),
        SAMENSTELLEN(RUNNING_BEFORE_ADVICE, null, "art 7.8, 11.4",
                "who sits on a case is settled before the advice is voted on"),
        AANVULLING_VRAGEN(EnumSet.of(ONTVANGEN), AANVULLING_GEVRAAGD, "art 9.3",
                "the commission asks for missing documents or grounds after receipt and before admissibility"),
        AANVULLEN(EnumSet.of(AANVULLING_GEVRAAGD), ONTVANGEN, "art 9.3",
                "the complainant completes the complaint only when the commission asked for it"),
        ONTVANKELIJK_VERKLAREN(EnumSet.of(ONTVANGEN), ONTVANKELIJK, "art 10.1-10.3",
                "admissibility is decided once, after receipt, on a complete complaint"),
        NIET_ONTVANKELIJK_VERKLAREN(EnumSet.of(ONTVANGEN, AANVULLING_GEVRAAGD), NIET_ONTVANKELIJK, "art 9.5, 10.4",
                "admissibility is decided once, after receipt"),
        HOORZITTING_PLANNEN(EnumSet.of(ONTVANKELIJK, HOORZITTING_GEPLAND, GEHOORD), HOORZITTING_GEPLAND,
                "art 11.1", "a hearing is planned for an admissible complaint, before the fact overview"),
        VERSLAG_TOEVOEGEN(EnumSet.of(HOORZITTING_GEPLAND, GEHOORD), GEHOORD, "art 11.2, 11.7",
                "a hearing or on-site report follows a planned hearing, before the fact overview"),
        FEITENOVERZICHT_STUREN(EnumSet.of(GEHOORD), FEITENOVERZICHT, "art 12.1",
                "the fact overview follows the hearing reports"),
        REAGEREN(EnumSet.of(FEITENOVERZICHT), null, "art 12.1, 12.5",
                "the parties correct the fact overview or give their view after it was sent and before the advice"),
        NIEUWE_ADVIESTERMIJN(ADMISSIBLE_BEFORE_ADVICE, null, "art 12.3",
                "a new reasonable advice term is set for an admissible complaint before the advice is issued"),
        ADVIES_VASTSTELLEN(EnumSet.of(FEITENOVERZICHT), ADVIES_VASTGESTELD, "art 12.1, 12.7",
                "the commission votes on its advice after the parties could correct the fact overview"),
        ADVIES_ONDERTEKENEN(EnumSet.of(ADVIES_VASTGESTELD), null, "art 12.5",
                "chair and secretary sign an advice the commission adopted"),
        ADVIES_UITBRENGEN(EnumSet.of(ADVIES_VASTGESTELD), ADVIES_UITGEBRACHT, "art 12.2, 12.5",
                "the advice goes to the employer once signed by chair and secretary"),
        TIJDELIJKE_VOORZIENING_VRAGEN(EnumSet.of(INGEDIEND, ONTVANGEN, AANVULLING_GEVRAAGD, ONTVANKELIJK,
                HOORZITTING_GEPLAND, GEHOORD, FEITENOVERZICHT, ADVIES_VASTGESTELD, ADVIES_UITGEBRACHT), null,
                "art 12.4", "temporary measures are asked from filing on, while the procedure runs"),
        BEMIDDELING_STARTEN(EnumSet.of(ONTVANGEN, ONTVANKELIJK, HOORZITTING_GEPLAND, GEHOORD, FEITENOVERZICHT), null,
                "art 10.1, 11.1", "mediation is explored while the commission still decides or investigates"),
        BEMIDDELING_MISLUKT(EnumSet.of(ONTVANGEN, ONTVANKELIJK, HOORZITTING_GEPLAND, GEHOORD, FEITENOVERZICHT), null,
                "art 11.1", "only running mediation can fail"),
        BEMIDDELING_INSTEMMEN(EnumSet.of(ONTVANGEN, ONTVANKELIJK, HOORZITTING_GEPLAND, GEHOORD, FEITENOVERZICHT), null,
                "art 10.1, 11.1", "the complainant consents to ending the complaint by a mediation that runs"),
        BEEINDIGEN_DOOR_BEMIDDELING(RUNNING_BEFORE_ADVICE, BEEINDIGD, "art 11.1",
                "a complaint ends by a running mediation, with the complainant's consent, before the commission advises"),
        VERDAGEN(AWAITING_DECISION, null, "art 13.3",
                "the employer extends its decision term after it received the advice and before it decided"),
        BESLUITEN(AWAITING_DECISION, null, "art 13.1, 10.4", "the employer decides after it received the advice"),
        EINDIGEN_NA_BESLUIT(AWAITING_DECISION, BEEINDIGD, "art 13.2", "a case ends when every employer decided"),
        INTREKKEN(EnumSet.of(INGEDIEND, ONTVANGEN, AANVULLING_GEVRAAGD, ONTVANKELIJK, HOORZITTING_GEPLAND, GEHOORD,
                FEITENOVERZICHT, ADVIES_VASTGESTELD, ADVIES_UITGEBRACHT, NIET_ONTVANKELIJK), BEEINDIGD,
                "domain.md §5.10", "a complainant withdraws a filed complaint at any stage until it ended");

        private final Set<KlachtStatus> from;
        private final KlachtStatus to;
        private final String article;
        private final String rule;

        Stap(Set<KlachtStatus> from, KlachtStatus to, String article, String rule) {
            this.from = from;
            this.to = to;
            this.article = article;
            this.rule = rule;
        }

        public String article() {
            return article;
        }

        public String rule() {
            return rule;
        }
    }

    private KlachtProcedure() {
    }

    public static boolean allows(Klacht klacht, Stap stap) {
        return stap.from.contains(klacht.status);
    }

    /** Refuses the step when the complaint is not where the step may be taken. */
    public static void check(Klacht klacht, Stap stap) {
        if (!allows(klacht, stap)) {
            throw refused(stap, "it is " + klacht.status);
        }
    }

    /** Takes the step: checks it and moves the complaint on. */
    public static void take(Klacht klacht, Stap stap) {
        check(klacht, stap);
        if (stap.to != null) {
            klacht.status = stap.to;
        }
    }

    /** A refusal of a step for another reason than its status, still naming the step's rule and article. */
    public static ProblemException refused(Stap stap, String why) {
        return new ProblemException(409, STEP_NOT_ALLOWED, "Step not allowed: " + stap.name(),
                "Not now, because " + why + ". Rule (" + stap.article + "): " + stap.rule + ".", null);
    }

    /** A refusal under a rule of its own (a term, a maximum) during a step. */
    public static ProblemException refused(Stap stap, String article, String rule) {
        return new ProblemException(409, STEP_NOT_ALLOWED, "Step not allowed: " + stap.name(),
                "Rule (" + article + "): " + rule + ".", null);
    }
}
