package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.tweedekamer.meldpunt.klacht.onboarding.PersonKind;
import nl.tweedekamer.meldpunt.klacht.onboarding.RosterEntry;
import nl.tweedekamer.meldpunt.platform.problem.Problem;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * A list of staff added to the roster at once, as an administrator imports their staff list: every row is checked
 * first, each fault named by row and field; the list is added whole or not at all, so a half-imported list never
 * asks half the staff to confirm. A person already on the roster (the same work address) is left as they are, so
 * importing the same list again adds nobody twice.
 */
@ApplicationScoped
public class RosterImport {

    public static final String ROSTER_IMPORT_REFUSED = "https://meldpunt.tweedekamer.nl/problems/personeelslijst-onjuist";

    /** One row as the list gives it: text, checked here, so that each fault can be named by its row. */
    public record Row(String name, String workEmail, String subject, String from, String to, String function,
            String kind) {
    }

    public enum Outcome {
        /** Valid and not yet on the roster: added by the import. */
        NEW,
        /** Its work address is on the roster already: left as it is. */
        ALREADY_ON_ROSTER,
        /** Refused; its errors say why. */
        INVALID
    }

    public record RowResult(int row, Outcome outcome, List<Problem.FieldError> errors) {
    }

    public record Result(boolean dryRun, int added, List<RowResult> rows) {
        public long count(Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    @Inject
    RosterService roster;

    @Inject
    Validator validator;

    /** What an import of these rows would do, without changing anything. */
    @Transactional
    public Result check(String tenantId, List<Row> rows) {
        return new Result(true, 0, judge(rows).results());
    }

    /** Adds every new row, or, when any row is invalid, nothing (422 naming each fault by row and field). */
    @Transactional
    public Result importAll(String tenantId, List<Row> rows) {
        Judgement judgement = judge(rows);
        List<Problem.FieldError> faults = new ArrayList<>();
        for (RowResult r : judgement.results()) {
            r.errors().forEach(e -> faults.add(new Problem.FieldError("people[" + (r.row() - 1) + "]." + e.field(),
                    e.message())));
        }
        if (!faults.isEmpty()) {
            long invalid = judgement.results().stream().filter(r -> r.outcome() == Outcome.INVALID).count();
            throw new ProblemException(422, ROSTER_IMPORT_REFUSED, "Staff list not imported",
                    invalid + " of " + rows.size() + " rows cannot be imported; nobody was added. Correct them and "
                            + "import the list again.", faults);
        }
        roster.addAll(tenantId, judgement.newPeople());
        return new Result(false, judgement.newPeople().size(), judgement.results());
    }

    private record Judgement(List<RowResult> results, List<RosterPerson> newPeople) {
    }

    private Judgement judge(List<Row> rows) {
        Set<String> addressesOnRoster = new HashSet<>();
        Map<String, String> subjectsOnRoster = new HashMap<>();
        for (RosterEntry entry : roster.all()) {
            addressesOnRoster.add(normal(entry.workEmail));
            if (entry.subject != null) {
                subjectsOnRoster.put(entry.subject, normal(entry.workEmail));
            }
        }
        Map<String, Integer> addressesInList = new HashMap<>();
        Map<String, Integer> subjectsInList = new HashMap<>();
        List<RowResult> results = new ArrayList<>();
        List<RosterPerson> newPeople = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = i + 1;
            Row row = rows.get(i) == null ? new Row(null, null, null, null, null, null, null) : rows.get(i);
            List<Problem.FieldError> errors = new ArrayList<>();
            RosterPerson person = person(row, errors);
            String address = normal(row.workEmail());
            String subject = blankToNull(row.subject());
            if (errors.isEmpty()) {
                Integer earlier = addressesInList.putIfAbsent(address, rowNumber);
                if (earlier != null) {
                    errors.add(new Problem.FieldError("workEmail", "appears twice in this list (also row " + earlier
                            + ")"));
                }
                if (subject != null) {
                    Integer earlierSubject = subjectsInList.putIfAbsent(subject, rowNumber);
                    if (earlierSubject != null) {
                        errors.add(new Problem.FieldError("subject", "appears twice in this list (also row "
                                + earlierSubject + ")"));
                    } else if (subjectsOnRoster.containsKey(subject) && !subjectsOnRoster.get(subject).equals(address)) {
                        errors.add(new Problem.FieldError("subject",
                                "is linked to another person on the roster already"));
                    }
                }
            }
            if (!errors.isEmpty()) {
                results.add(new RowResult(rowNumber, Outcome.INVALID, List.copyOf(errors)));
            } else if (addressesOnRoster.contains(address)) {
                results.add(new RowResult(rowNumber, Outcome.ALREADY_ON_ROSTER, List.of()));
            } else {
                results.add(new RowResult(rowNumber, Outcome.NEW, List.of()));
                newPeople.add(person);
            }
        }
        return new Judgement(List.copyOf(results), List.copyOf(newPeople));
    }

    /** The row as a roster person, its faults added to {@code errors} by field. */
    private RosterPerson person(Row row, List<Problem.FieldError> errors) {
        LocalDate from = date("from", row.from(), errors);
        LocalDate to = date("to", row.to(), errors);
        PersonKind kind = kind(row.kind(), errors);
        RosterPerson person = new RosterPerson(strip(row.name()), strip(row.workEmail()), blankToNull(row.subject()),
                from, to, blankToNull(row.function()), kind);
        for (ConstraintViolation<RosterPerson> violation : validator.validate(person)) {
            String field = violation.getPropertyPath().toString();
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new Problem.FieldError(field, violation.getMessage()));
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new Problem.FieldError("to", "cannot lie before 'from' (" + from + ")"));
        }
        return person;
    }

    private static LocalDate date(String field, String value, List<Problem.FieldError> errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a date written as 2025-01-31"));
            return null;
        }
    }

    private static PersonKind kind(String value, List<Problem.FieldError> errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return PersonKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("kind", "must be MEDEWERKER, KAMERLID or EXTERN"));
            return null;
        }
    }

    private static String normal(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
