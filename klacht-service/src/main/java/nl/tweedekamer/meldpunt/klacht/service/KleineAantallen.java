package nl.tweedekamer.meldpunt.klacht.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a figure of the annual report (art 14) is shown so that it identifies nobody (domain.md §8, Decision):
 * a count from 1 to 4 shows as "&lt; 5", and so does a total from which a hidden count could be derived. The
 * same approach as melding-service's VP report, with one case more: a total is hidden not only when a single
 * count is hidden (total minus the rest gives it away), but also when the hidden counts together add up to what
 * pins each of them (k hidden counts summing to k are all 1, summing to 4k are all 4).
 */
public final class KleineAantallen {

    /** What a hidden figure shows. */
    public static final String SMALL = "< 5";

    private KleineAantallen() {
    }

    /** A count and how it breaks down, both as shown; the exact figures stay inside this class. */
    public record Telling(String total, Map<String, String> counts) {
    }

    /** Exact figures before they are shown; {@code hidden} marks counts the report must hide. */
    record Exact(long total, Map<String, Long> counts, Map<String, Boolean> hidden) {
    }

    public static String shown(long n) {
        return small(n) ? SMALL : Long.toString(n);
    }

    static boolean small(long n) {
        return n > 0 && n < 5;
    }

    /** Each value's count, in the order given (every value appears, 0 included), and their total. */
    public static Telling telling(List<String> values, List<String> keys) {
        return show(exact(values, keys), false);
    }

    static Exact exact(List<String> values, List<String> keys) {
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
     * caller says it must be hidden (it is hidden in another edition the same reader holds), or when it would
     * let a hidden count be derived.
     */
    static Telling show(Exact exact, boolean hideTotal) {
        Map<String, String> shown = new LinkedHashMap<>();
        long hiddenCount = 0;
        long hiddenSum = 0;
        for (Map.Entry<String, Long> e : exact.counts().entrySet()) {
            boolean hide = exact.hidden().get(e.getKey());
            shown.put(e.getKey(), hide ? SMALL : Long.toString(e.getValue()));
            if (hide) {
                hiddenCount++;
                hiddenSum += e.getValue();
            }
        }
        boolean derivable = hiddenCount == 1 || (hiddenCount > 1 && (hiddenSum == hiddenCount || hiddenSum == 4 * hiddenCount));
        String total = hideTotal || derivable ? SMALL : shown(exact.total());
        return new Telling(total, shown);
    }

    /**
     * Merges counts into broader groups for an edition that reveals less (the works council's, art 14). A group
     * is shown exactly only when each of its members is shown exactly in the detailed edition, so that the
     * coarser edition never tells its reader — or the employer, who holds both — anything the detailed one hides.
     */
    static Exact merge(Exact detailed, Map<String, List<String>> groups) {
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
    static boolean totalHidden(Exact exact) {
        return SMALL.equals(show(exact, false).total());
    }
}
