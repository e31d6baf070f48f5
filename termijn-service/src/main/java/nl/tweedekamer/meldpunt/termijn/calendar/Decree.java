package nl.tweedekamer.meldpunt.termijn.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A royal decree under Atw art 3 lid 3: the days it equates with a generally recognised holiday, and the
 * years it says it covers. A year it covers has exactly these decreed days; a year no decree covers has
 * unknown decreed days, which are never guessed.
 *
 * @param days each decreed date with a short description, such as "vrijdag na Hemelvaartsdag"
 */
public record Decree(String title, int coversFromYear, int coversToYear, Map<LocalDate, String> days) {

    public Decree {
        Objects.requireNonNull(title, "title");
        if (coversFromYear > coversToYear) {
            throw new IllegalArgumentException("a decree covers " + coversFromYear + " to " + coversToYear);
        }
        days = Map.copyOf(days);
        for (LocalDate day : days.keySet()) {
            if (day.getYear() < coversFromYear || day.getYear() > coversToYear) {
                throw new IllegalArgumentException("decreed day " + day + " lies outside the years the decree covers");
            }
        }
    }

    public boolean covers(int year) {
        return year >= coversFromYear && year <= coversToYear;
    }

    public boolean overlaps(Decree other) {
        return coversFromYear <= other.coversToYear && other.coversFromYear <= coversToYear;
    }
}
