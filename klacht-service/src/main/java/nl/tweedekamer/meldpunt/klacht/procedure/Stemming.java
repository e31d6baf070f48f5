package nl.tweedekamer.meldpunt.klacht.procedure;

import java.util.Map;
import java.util.UUID;


/**
 * Art 12.7: the advice is adopted unanimously where possible, otherwise by majority with the minority position
 * stated; on a tie ("bij het staken der stemmen") the chair's vote decides.
 */
public final class Stemming {

    public enum Uitkomst {
        UNANIEM, MEERDERHEID, STAKING_VOORZITTER_BESLIST
    }

    /** The outcome, or null when the draft advice is not adopted. */
    public record Resultaat(boolean adopted, Uitkomst uitkomst) {
        public boolean needsMinorityPosition() {
            return adopted && uitkomst != Uitkomst.UNANIEM;
        }
    }

    private Stemming() {
    }

    public static Resultaat tel(Map<UUID, Stem.Keuze> votes, UUID chairId) {
        long voor = votes.values().stream().filter(k -> k == Stem.Keuze.VOOR).count();
        long tegen = votes.values().stream().filter(k -> k == Stem.Keuze.TEGEN).count();
        if (voor > tegen) {
            return new Resultaat(true, tegen == 0 ? Uitkomst.UNANIEM : Uitkomst.MEERDERHEID);
        }
        if (voor < tegen) {
            return new Resultaat(false, tegen == votes.size() ? Uitkomst.UNANIEM : Uitkomst.MEERDERHEID);
        }
        // staking der stemmen: the chair's vote decides
        return new Resultaat(votes.get(chairId) == Stem.Keuze.VOOR, Uitkomst.STAKING_VOORZITTER_BESLIST);
    }
}
