package nl.tweedekamer.meldpunt.klacht.commissie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * The regulation's rules for the commission's composition, in one place (Klachtenregeling art 4.5, 6.2, 7, 8;
 * seed 002 L650–700). Pure functions over the appointments, so that they read as the articles do.
 */
public final class CommissionRules {

    /** art 6.2: "Benoeming van leden en plaatsvervangende leden geschiedt voor de periode van vier jaar". */
    public static final int TERM_YEARS = 4;

    public static final String PROBLEMS = "https://meldpunt.tweedekamer.nl/problems/";

    private CommissionRules() {
    }

    /** A seat: a function, and for (deputy) members the side (art 7.4). */
    public record Seat(CommissionFunction function, CommissionSide side) {
    }

    /** A way the composition falls short of the regulation on a day. */
    public record Issue(String article, String description) {
    }

    /** Every seat art 7.1, 7.4 and 8 provide: chair, deputy chair, a (deputy) member per side, the secretary. */
    public static List<Seat> seats() {
        List<Seat> seats = new ArrayList<>();
        for (CommissionFunction function : CommissionFunction.values()) {
            if (function.hasSide()) {
                for (CommissionSide side : CommissionSide.values()) {
                    seats.add(new Seat(function, side));
                }
            } else {
                seats.add(new Seat(function, null));
            }
        }
        return seats;
    }

    /**
     * The last day of a term that starts on {@code from}. art 6.2: four years for the chair, deputy chair,
     * members and deputy members (all "leden" of the commission, art 7.1), never chosen. The secretary is added
     * by the Presidium (art 8), which sets no term: open-ended unless the appointment names a last day.
     */
    public static LocalDate lastDayOfTerm(CommissionFunction function, LocalDate from, LocalDate requestedUntil) {
        if (function.sitsOnCommission()) {
            if (requestedUntil != null) {
                throw ProblemException.invalidField("appointedUntil",
                        "art 6.2 appoints a " + function + " for four years; leave it out");
            }
            return lastDayOfTerm(function, from);
        }
        if (requestedUntil != null && requestedUntil.isBefore(from)) {
            throw ProblemException.invalidField("appointedUntil", "cannot lie before appointedFrom (" + from + ")");
        }
        return requestedUntil;
    }

    /** art 6.2: four years, the last day included, for everyone who sits on the commission; none for the secretary. */
    public static LocalDate lastDayOfTerm(CommissionFunction function, LocalDate from) {
        return function.sitsOnCommission() ? from.plusYears(TERM_YEARS).minusDays(1) : null;
    }

    /** art 7.4: a (deputy) member sits for the civil service or the political side; the others for neither. */
    public static void requireSideFits(CommissionFunction function, CommissionSide side) {
        if (function.hasSide() && side == null) {
            throw ProblemException.invalidField("side",
                    "art 7.4: a " + function + " sits for CIVIL_SERVICE or POLITICAL; say which");
        }
        if (!function.hasSide() && side != null) {
            throw ProblemException.invalidField("side", "art 7.4: only members and deputy members sit for a side, not a "
                    + function);
        }
    }

    /**
     * art 7.1: "een externe voorzitter, een plaatsvervangend externe voorzitter". Someone on the staff roster of an
     * organisation on the platform (the civil service or a fractie) during the term is not external. The refusal
     * names no organisation: platform administrators do not read rosters.
     */
    public static void requireExternalChair(CommissionFunction function, boolean onAStaffRoster) {
        if (function.isExternal() && onAStaffRoster) {
            throw new ProblemException(409, PROBLEMS + "commissie-externe-voorzitter",
                    "The chair is external (art 7.1)",
                    "Art 7.1 of the Klachtenregeling: the chair and the deputy chair are external. This person is on "
                            + "the staff of an organisation on the platform during the term.", null);
        }
    }

    /** An appointment whose whole term lies in the past records nothing that could still apply. */
    public static void requireTermNotLapsed(LocalDate last, LocalDate today) {
        if (last != null && last.isBefore(today)) {
            throw ProblemException.invalidField("appointedFrom",
                    "a term (art 6.2: four years) from this date ended on " + last + "; appoint from a later date");
        }
    }

    /** art 7.1, 7.4, 8: one chair, one deputy chair, one (deputy) member per side, one secretary at a time. */
    public static void requireSeatFree(Seat seat, LocalDate from, LocalDate until,
            Collection<CommissionAppointment> appointments, UUID renewing) {
        for (CommissionAppointment other : appointments) {
            if (other.appointmentId.equals(renewing) || other.function != seat.function() || other.side != seat.side()
                    || !other.overlaps(from, until)) {
                continue;
            }
            throw new ProblemException(409, PROBLEMS + "commissie-zetel-bezet", "Seat already filled (art 7.1, 7.4, 8)",
                    "The commission has one " + describe(seat) + " at a time (art 7.1, 7.4; art 8 for the secretary); "
                            + "appointment " + other.appointmentId + " holds that seat from " + other.appointedFrom
                            + (other.lastDay() == null ? "" : " until " + other.lastDay())
                            + ". End it, or appoint from the day after.", null);
        }
    }

    /**
     * A person holds one function at a time: a member who is also their own deputy could not be replaced
     * (art 7.8), and the secretary is added to the commission, not part of it (art 8).
     */
    public static void requireOneFunctionPerPerson(UUID personId, LocalDate from, LocalDate until,
            Collection<CommissionAppointment> appointments, UUID renewing) {
        for (CommissionAppointment other : appointments) {
            if (other.personId.equals(personId) && !other.appointmentId.equals(renewing) && other.overlaps(from, until)) {
                throw new ProblemException(409, PROBLEMS + "commissie-een-functie", "Already on the commission",
                        "This person already holds the function " + other.function + " in that period (appointment "
                                + other.appointmentId + "); one person holds one function on the commission at a time "
                                + "(art 7.8 needs a different deputy).", null);
            }
        }
    }

    /**
     * art 4.5: "Een vertrouwenspersoon kan niet tevens worden aangewezen als lid van de klachtencommissie."
     * (seed 002 L656). Known from melding-service's appointment events; a VP of the pool or of a fractie,
     * whose appointment covers any day of the seat, is refused. The secretary is not "lid", but sees every
     * complaint as the commission does (domain.md §2), so the rule applies to the secretary as well.
     */
    public static void requireNoVertrouwenspersoon(LocalDate from, LocalDate until,
            Collection<KnownVertrouwenspersoon> vertrouwenspersoonAppointments) {
        for (KnownVertrouwenspersoon vp : vertrouwenspersoonAppointments) {
            if (vp.servesWithin(from, until)) {
                throw new ProblemException(409, PROBLEMS + "commissie-vertrouwenspersoon",
                        "A vertrouwenspersoon cannot sit on the commission (art 4.5)",
                        "Art 4.5 of the Klachtenregeling: a vertrouwenspersoon cannot also be a member of the "
                                + "klachtencommissie. This person is a vertrouwenspersoon from " + vp.appointedFrom
                                + (vp.endedOn != null ? " until " + vp.endedOn.minusDays(1)
                                        : vp.appointedUntil != null ? " until " + vp.appointedUntil : "")
                                + "; appoint them only once that appointment has ended.", null);
            }
        }
    }

    /**
     * art 7.5: "Ten minste een lid is vrouw." The commission is filled one appointment at a time, so the rule
     * cannot hold while seats are vacant. Decision: the appointment that completes the commission (every seat of
     * art 7.1 filled on its first day) must leave a woman on it, or it is refused; when a woman leaves, the
     * composition is flagged ({@link #issuesOn}) rather than her leaving refused — nobody can be kept in office.
     * The secretary (art 8) does not count.
     */
    public static void requireAWomanOnACompleteCommission(LocalDate day, Collection<CommissionAppointment> serving) {
        List<CommissionAppointment> sitting = serving.stream()
                .filter(a -> a.function.sitsOnCommission() && a.servesOn(day)).toList();
        boolean complete = vacancies(sitting).stream().noneMatch(seat -> seat.function().sitsOnCommission());
        if (complete && sitting.stream().noneMatch(a -> a.woman)) {
            throw new ProblemException(409, PROBLEMS + "commissie-ten-minste-een-vrouw",
                    "At least one member is a woman (art 7.5)",
                    "Art 7.5 of the Klachtenregeling: at least one member of the klachtencommissie is a woman. On "
                            + day + " this appointment would complete the commission without one.", null);
        }
    }

    /** How the composition on a day falls short of art 7.1, 7.4, 7.5 and 8; empty when it does not. */
    public static List<Issue> issuesOn(LocalDate day, Collection<CommissionAppointment> appointments) {
        List<CommissionAppointment> serving = appointments.stream().filter(a -> a.servesOn(day)).toList();
        List<Issue> issues = new ArrayList<>();
        for (Seat seat : vacancies(serving)) {
            String article = seat.function() == CommissionFunction.SECRETARY ? "art 8"
                    : seat.function().hasSide() ? "art 7.4" : "art 7.1";
            issues.add(new Issue(article, "No " + describe(seat) + " is appointed."));
        }
        boolean anyoneSits = serving.stream().anyMatch(a -> a.function.sitsOnCommission());
        if (anyoneSits && serving.stream().noneMatch(a -> a.function.sitsOnCommission() && a.woman)) {
            issues.add(new Issue("art 7.5", "No member of the commission is a woman."));
        }
        return issues;
    }

    /** art 6.2: "waarna herbenoeming mogelijk is" — renewal, as often as the Presidium wishes, before the term ran out. */
    public static void requireRenewable(CommissionAppointment appointment, LocalDate today) {
        if (appointment.ended()) {
            throw new ProblemException(409, PROBLEMS + "commissie-benoeming-beeindigd", "Appointment ended",
                    "This appointment was ended as of " + appointment.endedOn + "; it can be neither renewed nor ended again.",
                    null);
        }
        if (!appointment.function.sitsOnCommission()) {
            throw new ProblemException(409, PROBLEMS + "commissie-geen-termijn", "No term to renew (art 8)",
                    "The secretary is added to the commission without a term (art 8); there is nothing to renew. "
                            + "To continue after a last day that was set, appoint the secretary again from the day after.",
                    null);
        }
        if (appointment.appointedUntil.isBefore(today)) {
            throw new ProblemException(409, PROBLEMS + "commissie-termijn-verstreken", "Term lapsed (art 6.2)",
                    "This appointment's term ended on " + appointment.appointedUntil
                            + "; art 6.2 renews a running term. Appoint the person anew instead.", null);
        }
    }

    /** The seats nobody fills among these appointments (all serving on one day). */
    static List<Seat> vacancies(Collection<CommissionAppointment> serving) {
        return seats().stream()
                .filter(seat -> serving.stream().noneMatch(a -> a.function == seat.function() && a.side == seat.side()))
                .toList();
    }

    static String describe(Seat seat) {
        String function = seat.function().name().toLowerCase().replace('_', ' ');
        return seat.side() == null ? function : function + " for the " + seat.side().name().toLowerCase().replace('_', ' ')
                + " side";
    }
}
