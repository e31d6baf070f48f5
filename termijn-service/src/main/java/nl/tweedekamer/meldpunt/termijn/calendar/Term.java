package nl.tweedekamer.meldpunt.termijn.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a term in one calendar unit. The regulation's terms are whole weeks, months or years
 * (domain.md §6: calendar periods); the Atw also speaks of terms in days (art 2), hence {@link #days}.
 */
public record Term(int amount, ChronoUnit unit) {

    private static final Pattern WEEKS_MONTHS_OR_YEARS = Pattern.compile("P([1-9][0-9]{0,3})([WMY])");

    /** The regulation's longest term is 4 years (T8); {@link #parse} refuses anything over ten years. */
    public static final int MAX_YEARS = 10;

    public Term {
        // a resumed term may have no whole day left (suspended on its due date): zero days, never less
        if (amount < 1 && !(amount == 0 && unit == ChronoUnit.DAYS)) {
            throw new IllegalArgumentException("a term lasts at least one " + unit);
        }
        if (unit != ChronoUnit.DAYS && unit != ChronoUnit.WEEKS && unit != ChronoUnit.MONTHS
                && unit != ChronoUnit.YEARS) {
            throw new IllegalArgumentException("a term is counted in days, weeks, months or years, not " + unit);
        }
    }

    public static Term days(int amount) {
        return new Term(amount, ChronoUnit.DAYS);
    }

    public static Term weeks(int amount) {
        return new Term(amount, ChronoUnit.WEEKS);
    }

    public static Term months(int amount) {
        return new Term(amount, ChronoUnit.MONTHS);
    }

    public static Term years(int amount) {
        return new Term(amount, ChronoUnit.YEARS);
    }

    /**
     * A term of the regulation as an ISO-8601 period of whole weeks, months or years, at most ten years:
     * P2W, P8W, P1M, P2Y. Anything else is empty.
     */
    public static Optional<Term> parse(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        Matcher m = WEEKS_MONTHS_OR_YEARS.matcher(iso.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int amount = Integer.parseInt(m.group(1));
        Term term = switch (m.group(2)) {
            case "W" -> weeks(amount);
            case "M" -> months(amount);
            default -> years(amount);
        };
        int max = switch (term.unit()) {
            case WEEKS -> 52 * MAX_YEARS;
            case MONTHS -> 12 * MAX_YEARS;
            default -> MAX_YEARS;
        };
        return amount <= max ? Optional.of(term) : Optional.empty();
    }

    /** The calendar end: 31 January plus one month is the last day of February. */
    public LocalDate addTo(LocalDate date) {
        return date.plus(amount, unit);
    }

    /** ISO-8601: P3D, P2W, P1M, P2Y. */
    @Override
    public String toString() {
        String letter = switch (unit) {
            case DAYS -> "D";
            case WEEKS -> "W";
            case MONTHS -> "M";
            default -> "Y";
        };
        return "P" + amount + letter;
    }
}
