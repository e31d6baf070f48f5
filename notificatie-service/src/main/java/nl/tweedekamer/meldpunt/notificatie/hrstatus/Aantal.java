package nl.tweedekamer.meldpunt.notificatie.hrstatus;

/**
 * A count as it may leave the case services (domain.md §8): 1 to 4 is shown as "< 5", because fracties are small
 * and a low count identifies people.
 */
public final class Aantal {

    public static final String SMALL = "< 5";

    private Aantal() {
    }

    public static String shown(long count) {
        if (count >= 1 && count <= 4) {
            return SMALL;
        }
        return Long.toString(count);
    }

    public static boolean small(long count) {
        return count >= 1 && count <= 4;
    }
}
