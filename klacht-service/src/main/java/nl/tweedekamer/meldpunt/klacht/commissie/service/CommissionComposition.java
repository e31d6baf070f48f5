package nl.tweedekamer.meldpunt.klacht.commissie.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.commissie.Appointee;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionAppointment;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionFunction;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionRules;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionSide;

/**
 * Who sits on the klachtencommissie, for any code that needs to know (the complaint procedure, access checks,
 * the contact lookup). Read-only: it hands out {@link Appointee} records, never the entities.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommissionComposition {

    @Inject
    Clock clock;

    /** Everyone serving on the day, secretary included, in seat order (art 7.1, 8). */
    public List<Appointee> on(LocalDate day) {
        return servingOn(day).stream().map(Appointee::of).toList();
    }

    public List<Appointee> current() {
        return on(today());
    }

    /** The current holders of a function (for members and deputy members: one per side). */
    public List<Appointee> current(CommissionFunction function) {
        return current().stream().filter(a -> a.function() == function).toList();
    }

    /** The current holder of a seat, if any; {@code side} is null for the chair, deputy chair and secretary. */
    public Optional<Appointee> current(CommissionFunction function, CommissionSide side) {
        return current().stream().filter(a -> a.function() == function && a.side() == side).findFirst();
    }

    /** The person's current function on the commission (the secretary included), if they hold one today. */
    public Optional<Appointee> currentAppointmentOf(UUID personId) {
        return current().stream().filter(a -> a.personId().equals(personId)).findFirst();
    }

    /** Whether the person sits on the commission today: chair, deputy chair, member or deputy member. */
    public boolean isCurrentMember(UUID personId) {
        return currentAppointmentOf(personId).filter(a -> a.function().sitsOnCommission()).isPresent();
    }

    /** Whether the person is the commission's secretary today (art 8). */
    public boolean isCurrentSecretary(UUID personId) {
        return currentAppointmentOf(personId).filter(a -> a.function() == CommissionFunction.SECRETARY).isPresent();
    }

    /**
     * art 7.8 (Decision, domain.md §5.13): a member involved in the case "wordt vervangen" by the deputy from the
     * same side; the chair by the deputy chair. Empty when the person holds no such seat today or the deputy's seat
     * is vacant.
     */
    public Optional<Appointee> deputyFor(UUID personId) {
        return currentAppointmentOf(personId).flatMap(member -> switch (member.function()) {
            case MEMBER -> current(CommissionFunction.DEPUTY_MEMBER, member.side());
            case CHAIR -> current(CommissionFunction.DEPUTY_CHAIR, null);
            default -> Optional.empty();
        });
    }

    /** The work address of anyone appointed to the commission, current or former (reminders may still reach them). */
    public Optional<Appointee> anyAppointmentOf(UUID personId) {
        return CommissionAppointment.<CommissionAppointment>find("personId = ?1 order by appointedFrom desc", personId)
                .firstResultOptional().map(Appointee::of);
    }

    List<CommissionAppointment> servingOn(LocalDate day) {
        List<CommissionAppointment> candidates = CommissionAppointment.list("appointedFrom <= ?1", day);
        List<CommissionFunction> order = List.of(CommissionFunction.values());
        return candidates.stream().filter(a -> a.servesOn(day))
                .sorted(Comparator.comparing((CommissionAppointment a) -> order.indexOf(a.function))
                        .thenComparing(a -> a.side == null ? "" : a.side.name()))
                .toList();
    }

    /** The composition's shortcomings on the day (art 7.1, 7.4, 7.5, 8). */
    public List<CommissionRules.Issue> issuesOn(LocalDate day) {
        return CommissionRules.issuesOn(day, servingOn(day));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
