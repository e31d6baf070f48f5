package nl.tweedekamer.meldpunt.platform.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Every date the API takes lies between 1900 and 2999: far beyond any term of the regulation, while a date
 * far outside (+999999999-12-31) would overflow the computations made from it or be published as is.
 */
public final class SaneDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2999, 12, 31);
    public static final String RANGE = "a date from " + FIRST + " to " + LAST + ", written yyyy-mm-dd";

    private SaneDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** A date from a query or path parameter: a 400 naming the parameter when it is no date or out of range. */
    public static LocalDate parameter(String name, String value) {
        try {
            LocalDate date = LocalDate.parse(value == null ? "" : value.strip());
            if (contains(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.invalidField(name, "must be " + RANGE + ".");
    }
}
