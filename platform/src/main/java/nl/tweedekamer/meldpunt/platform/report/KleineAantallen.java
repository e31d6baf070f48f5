package nl.tweedekamer.meldpunt.platform.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a figure of an annual report is shown so that it identifies nobody (domain.md §8, Decision: "a count from 1 to
 * 4 is shown as "&lt; 5", and a total that would let it be derived is shown the same way"). One rule for the
 * commission's report (art 14, klacht-service) and the VPs' report (art 4.4, melding-service).
 *
 * <p>A hidden count can be derived from an exact total when the total minus the shown counts leaves it only one
 * value: a single hidden count, or hidden counts pinned by their sum (k hidden counts summing to k are all 1,
 * summing to 4k are all 4), or — for a reader who knows that a hidden count of 5 or more was hidden only to
 * protect another — a count squeezed between the others' bounds. {@link #derivable} tests exactly that.
 */
public final class KleineAantallen {

    /** What a hidden figure shows. */
    public static final String SMALL = "< 5";

    /** No upper bound: a count hidden to protect another may be any size. */
    private static final long UNBOUNDED = Long.MAX_VALUE / 64;

    private KleineAantallen() {
    }

    /** A count and how it breaks down, both as shown; the exact figures stay with the caller. */
    public record Telling(String total, Map<String, String> counts) {
    }

    /**
     * Exact figures before they are shown; {@code hidden} marks counts the report must hide, {@code atLeast} what a
     * reader can tell a hidden count is at least from elsewhere in the report (by default 1, or 5 for a count hidden
     * only to protect another).
     */
    public record Exact(long total, Map<String, Long> counts, Map<String, Boolean> hidden, Map<String, Long> atLeast) {

        public Exact(long total, Map<String, Long> counts, Map<String, Boolean> hidden) {
            this(total, counts, hidden, Map.of());
        }

        public boolean isHidden(String key) {
            return hidden.get(key);
        }

        /** The same figures with {@code key} hidden too. */
        public Exact hiding(String key) {
            Map<String, Boolean> h = new LinkedHashMap<>(hidden);
            h.put(key, counts.get(key) != 0);
            return new Exact(total, counts, h, atLeast);
        }

        /** The same figures with every count above 0 hidden. */
        public Exact hidingAll() {
            Map<String, Boolean> h = new LinkedHashMap<>();
            counts.forEach((k, n) -> h.put(k, n != 0));
            return new Exact(total, counts, h, atLeast);
        }

        /** The same figures, a reader knowing that hidden {@code key} is at least {@code n}. */
        public Exact withAtLeast(String key, long n) {
            Map<String, Long> a = new LinkedHashMap<>(atLeast);
            a.put(key, n);
            return new Exact(total, counts, hidden, a);
        }

        /** How many counts are above 0: a hidden total is at least that. */
        public long nonZero() {
            return counts.values().stream().filter(n -> n > 0).count();
        }
    }

    public static String shown(long n) {
        return small(n) ? SMALL : Long.toString(n);
    }

    public static boolean small(long n) {
        return n > 0 && n < 5;
    }

    /** Each value's count, in the order given (every value appears, 0 included), and their total. */
    public static Telling telling(List<String> values, List<String> keys) {
        return show(exact(values, keys), false);
    }

    public static Exact exact(List<String> values, List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Boolean> hidden = new LinkedHashMap<>();
        for (String value : values) {
            long n = keys.stream().filter(value::equals).count();
            counts.put(value, n);
            hidden.put(value, small(n));
        }
        return new Exact(keys.size(), counts, hidden);
    }

    /**
     * Shows the figures: hidden counts as "&lt; 5", the total as "&lt; 5" when it is small itself, when the
     * caller says it must be hidden (it is hidden elsewhere the same reader looks), or when it would let a hidden
     * count be derived. A total of 0 stays 0: there is nothing to hide.
     */
    public static Telling show(Exact exact, boolean hideTotal) {
        Map<String, String> shown = new LinkedHashMap<>();
        exact.counts().forEach((key, n) -> shown.put(key, exact.isHidden(key) ? SMALL : Long.toString(n)));
        boolean hide = exact.total() != 0 && (hideTotal || derivable(exact));
        String total = hide ? SMALL : shown(exact.total());
        return new Telling(total, shown);
    }

    /**
     * Whether the exact total would let a hidden count be derived. Checked for two readers, and pinned if either
     * can pin it: one who takes every "&lt; 5" at its word (each hidden count 1 to 4: right only when no hidden
     * count is 5 or more, otherwise what they derive is wrong), and one who knows which hidden counts are small (1
     * to 4) and which were hidden to protect another (5 or more).
     */
    public static boolean derivable(Exact exact) {
        List<long[]> credulous = new ArrayList<>();
        List<long[]> informed = new ArrayList<>();
        long hiddenSum = 0;
        for (Map.Entry<String, Long> e : exact.counts().entrySet()) {
            if (!exact.isHidden(e.getKey())) {
                continue;
            }
            long n = e.getValue();
            long floor = exact.atLeast().getOrDefault(e.getKey(), 1L);
            hiddenSum += n;
            credulous.add(new long[] {Math.min(floor, 4), 4});
            informed.add(small(n) ? new long[] {Math.min(floor, 4), 4} : new long[] {Math.max(floor, 5), UNBOUNDED});
        }
        if (credulous.isEmpty()) {
            return false;
        }
        boolean allSmall = exact.counts().entrySet().stream()
                .allMatch(e -> !exact.isHidden(e.getKey()) || small(e.getValue()));
        return credulous.size() == 1 || (allSmall && pinned(hiddenSum, credulous)) || pinned(hiddenSum, informed);
    }

    /** Whether some count, bounded as given and summing with the others to {@code sum}, has one possible value. */
    private static boolean pinned(long sum, List<long[]> bounds) {
        long lows = bounds.stream().mapToLong(b -> b[0]).sum();
        long highs = bounds.stream().mapToLong(b -> b[1]).sum();
        for (long[] b : bounds) {
            long low = Math.max(b[0], sum - (highs - b[1]));
            long high = Math.min(b[1], sum - (lows - b[0]));
            if (low == high) {
                return true;
            }
        }
        return false;
    }

    /**
     * Secondary suppression, for a total that must stay exact because it is shown elsewhere too: while the total
     * would let a hidden count be derived, the smallest count still shown (above 0, not in {@code notSecondary})
     * is hidden as well. The result is still {@link #derivable} only when no such count is left; then the caller
     * must hide the total.
     */
    public static Exact protect(Exact exact, Set<String> notSecondary) {
        Exact e = exact;
        while (derivable(e)) {
            String secondary = null;
            for (Map.Entry<String, Long> c : e.counts().entrySet()) {
                if (c.getValue() > 0 && !e.isHidden(c.getKey()) && !notSecondary.contains(c.getKey())
                        && (secondary == null || c.getValue() < e.counts().get(secondary))) {
                    secondary = c.getKey();
                }
            }
            if (secondary == null) {
                return e;
            }
            e = e.hiding(secondary);
        }
        return e;
    }

    /**
     * Merges counts into broader groups for an edition that reveals less (the works council's, art 14). A group
     * is shown exactly only when each of its members is shown exactly in the detailed edition, so that the
     * coarser edition never tells its reader — or the employer, who holds both — anything the detailed one hides.
     */
    public static Exact merge(Exact detailed, Map<String, List<String>> groups) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Boolean> hidden = new LinkedHashMap<>();
        groups.forEach((group, members) -> {
            long n = members.stream().mapToLong(m -> detailed.counts().get(m)).sum();
            boolean anyHidden = members.stream().anyMatch(m -> detailed.hidden().get(m));
            counts.put(group, n);
            hidden.put(group, small(n) || anyHidden);
        });
        return new Exact(detailed.total(), counts, hidden);
    }

    /** Whether the detailed edition hides its total: then every coarser edition hides it too. */
    public static boolean totalHidden(Exact exact) {
        return SMALL.equals(show(exact, false).total());
    }
}
