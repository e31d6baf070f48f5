package nl.tweedekamer.meldpunt.termijn.calendar.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.termijn.calendar.AtwDecree;
import nl.tweedekamer.meldpunt.termijn.calendar.AtwKalender;
import nl.tweedekamer.meldpunt.termijn.calendar.DueDate;
import nl.tweedekamer.meldpunt.termijn.calendar.Term;
import nl.tweedekamer.meldpunt.termijn.calendar.TermijnBerekening;

/** The Atw calendar as the stored decrees make it, the decrees themselves, and due dates computed with it. */
@ApplicationScoped
@Transactional
public class AtwKalenderService {

    /** A decree covers a few years (normally three); this bounds a typo such as 2026-2206. */
    static final int MAX_COVERED_YEARS = 10;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<DecreeRegistered> decreeRegistered;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AtwKalender kalender() {
        return new AtwKalender(AtwDecree.allWithDays().stream().map(AtwDecree::toDecree).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DueDate dueDate(LocalDate trigger, Term term) {
        return new TermijnBerekening(kalender()).dueDate(trigger, term);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AtwDecree> decrees() {
        return AtwDecree.allWithDays();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AtwDecree decree(UUID id) {
        return AtwDecree.withDays(id).orElseThrow(
                () -> ProblemException.notFound("Unknown decree", "There is no decree with id " + id + "."));
    }

    public AtwDecree register(RegisterDecree registration, String registeredBy) {
        int from = registration.coversFromYear();
        int to = registration.coversToYear();
        if (from > to) {
            throw ProblemException.invalidField("coversToYear", "must not be before coversFromYear");
        }
        if (to - from + 1 > MAX_COVERED_YEARS) {
            throw ProblemException.invalidField("coversToYear",
                    "a decree covers at most " + MAX_COVERED_YEARS + " years");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < registration.days().size(); i++) {
            LocalDate date = registration.days().get(i).date();
            if (date.getYear() < from || date.getYear() > to) {
                throw ProblemException.invalidField("days[" + i + "].date",
                        "must lie in the years the decree covers (" + from + "-" + to + ")");
            }
            if (!seen.add(date)) {
                throw ProblemException.invalidField("days[" + i + "].date", "is listed twice");
            }
        }
        List<AtwDecree> overlapping = AtwDecree.covering(from, to);
        if (!overlapping.isEmpty()) {
            throw overlap(from, to, overlapping.stream().map(d -> "'" + d.title + "' (" + d.coversFromYear + "-"
                    + d.coversToYear + ")").collect(Collectors.joining(", ")));
        }
        AtwDecree decree = AtwDecree.of(registration.title().strip(), from, to,
                registration.published() == null || registration.published().isBlank() ? null
                        : registration.published().strip(),
                registration.days().stream()
                        .map(d -> AtwDecree.DecreedDay.of(d.date(), d.description().strip()))
                        .sorted(Comparator.comparing((AtwDecree.DecreedDay day) -> day.date)).toList(),
                OffsetDateTime.now(clock), registeredBy);
        decree.persist();
        try {
            AtwDecree.flush();
        } catch (PersistenceException e) {
            if (!causedBy(e, ConstraintViolationException.class)) {
                throw e;
            }
            // another decree for one of these years was entered at the same moment (atw_decree_year's key)
            throw overlap(from, to, "a decree entered at the same time");
        }
        // the open terms whose due dates rely on a year this decree covers are recomputed in this transaction
        decreeRegistered.fire(new DecreeRegistered(from, to));
        return decree;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException overlap(int from, int to, String others) {
        return ProblemException.conflict("Years already covered by a decree",
                "A decree for " + from + "-" + to + " overlaps " + others
                        + "; every year is covered by at most one decree.");
    }
}
