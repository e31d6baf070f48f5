package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.klacht.commissie.Appointee;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionFunction;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionSide;
import nl.tweedekamer.meldpunt.klacht.commissie.service.CommissionComposition;
import nl.tweedekamer.meldpunt.klacht.procedure.Zetel;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Who may sit on a case, chosen from today's commission (art 7, 7.8, 11.4). The one place that decides it:
 * <ul>
 * <li>the chair of the case is the commission's externe voorzitter, or the plaatsvervangend voorzitter when the
 * chair is absent or replaced (art 7.1);</li>
 * <li>the members are members or deputy members, exactly one for each side (art 7.4): a case sits with three;</li>
 * <li>an involved member "wordt vervangen" (art 7.8): by the deputy member of the same side, the chair by the
 * deputy chair (domain.md §5.13, {@link CommissionComposition#deputyFor}); the side is the composition's, a side
 * the client sends must agree with it.</li>
 * </ul>
 * The secretary is added to the commission (art 8) but sits on no case.
 */
@ApplicationScoped
public class ZetelKeuze {

    /** A person named who holds no fitting seat on today's commission. */
    public static final String GEEN_ZETEL = "https://meldpunt.tweedekamer.nl/problems/geen-zetel-in-commissie";
    /** A replacement that is not the deputy art 7.8 names. */
    public static final String VERKEERDE_PLAATSVERVANGER = "https://meldpunt.tweedekamer.nl/problems/verkeerde-plaatsvervanger";
    /** Two members for the same side (art 7.4). */
    public static final String ZIJDE_DUBBEL = "https://meldpunt.tweedekamer.nl/problems/zijde-dubbel-bezet";
    /** The deputy's seat on the commission is vacant: the case cannot be composed until it is filled. */
    public static final String PLAATSVERVANGER_VACANT = "https://meldpunt.tweedekamer.nl/problems/plaatsvervanger-vacant";
    /** A member an upheld objection found involved in the case (art 7.8). */
    public static final String LID_BETROKKEN = "https://meldpunt.tweedekamer.nl/problems/lid-betrokken";
    /** A side without a member: the case sits with the chair and one member of each side (art 7.4). */
    public static final String ZIJDE_ONBEZET = "https://meldpunt.tweedekamer.nl/problems/zijde-onbezet";

    /** One seat of the case as it is to be recorded. */
    public record Plek(UUID personId, Zetel.Seat seat, String side, UUID replacesId) {
    }

    @Inject
    CommissionComposition composition;

    /** The seats of the case, or a 409/422 naming the rule and its article. */
    public List<Plek> choose(KlachtInput.Samenstelling input) {
        List<UUID> named = new ArrayList<>();
        named.add(input.chairId());
        named.addAll(input.memberIds());
        if (new HashSet<>(named).size() != named.size()) {
            throw ProblemException.invalidField("memberIds", "each person sits once, and the chair is no member too");
        }
        Appointee chair = seatHolder(input.chairId(), "chairId");
        if (chair.function() != CommissionFunction.CHAIR && chair.function() != CommissionFunction.DEPUTY_CHAIR) {
            throw noSeat("chairId", "The chair of a case is the commission's externe voorzitter, or the "
                    + "plaatsvervangend voorzitter in the chair's place (art 7.1); the person named holds the function "
                    + chair.function() + ".");
        }
        Map<UUID, Appointee> seated = new HashMap<>();
        seated.put(chair.personId(), chair);
        for (UUID memberId : input.memberIds()) {
            Appointee member = seatHolder(memberId, "memberIds");
            if (member.function() != CommissionFunction.MEMBER && member.function() != CommissionFunction.DEPUTY_MEMBER) {
                throw noSeat("memberIds", "The members of a case are the commission's members or deputy members "
                        + "(art 7.1, 7.4); person " + memberId + " holds the function " + member.function() + ".");
            }
            seated.put(memberId, member);
        }

        Map<UUID, Appointee> deputies = new HashMap<>();
        for (KlachtInput.Vervanging v : input.replacements() == null ? List.<KlachtInput.Vervanging>of()
                : input.replacements()) {
            if (!seated.containsKey(v.excludedId())) {
                throw ProblemException.invalidField("replacements",
                        "a replaced member must be the chair or one of the members named");
            }
            if (deputies.containsKey(v.excludedId())) {
                throw ProblemException.invalidField("replacements", "a member is replaced once");
            }
            if (seated.containsKey(v.deputyId()) || deputies.values().stream()
                    .anyMatch(d -> d.personId().equals(v.deputyId()))) {
                throw ProblemException.invalidField("replacements", "a deputy takes one seat, not a second one");
            }
            deputies.put(v.excludedId(), deputyOf(seated.get(v.excludedId()), v));
        }

        // art 7.4: one member for the civil service, one for the political side, also when a deputy sits
        Map<CommissionSide, UUID> sides = new EnumMap<>(CommissionSide.class);
        for (UUID memberId : input.memberIds()) {
            Appointee sitting = deputies.getOrDefault(memberId, seated.get(memberId));
            UUID other = sides.putIfAbsent(sitting.side(), sitting.personId());
            if (other != null) {
                throw ProblemException.unprocessable(ZIJDE_DUBBEL, "Two members for one side",
                        "The commission sits with one member for the civil service and one for the political side "
                                + "(art 7.4); " + other + " and " + sitting.personId() + " both sit for "
                                + sitting.side().eventCode() + ".");
            }
        }

        // art 7.4: the case sits with three — the chair and a member for each side; with fewer it is refused
        for (CommissionSide side : CommissionSide.values()) {
            if (!sides.containsKey(side)) {
                throw ProblemException.unprocessable(ZIJDE_ONBEZET, "A side without a member",
                        "A case sits with the chair (or deputy chair) and one member of each side, the civil service "
                                + "and the political side, or their deputies (art 7.4); no member sits for "
                                + side.eventCode() + ".");
            }
        }

        List<Plek> seats = new ArrayList<>();
        for (UUID person : named) {
            Appointee holder = seated.get(person);
            Zetel.Seat seat = person.equals(input.chairId()) ? Zetel.Seat.VOORZITTER : Zetel.Seat.LID;
            Appointee deputy = deputies.get(person);
            if (deputy == null) {
                seats.add(new Plek(person, seat, side(holder), null));
            } else {
                // art 7.8: the involved member reads nothing of the case; the deputy takes the seat
                seats.add(new Plek(person, Zetel.Seat.UITGESLOTEN, side(holder), null));
                seats.add(new Plek(deputy.personId(), seat, side(deputy), person));
            }
        }
        return seats;
    }

    /** art 7.8: the deputy of the excluded member's seat, and no one else. */
    private Appointee deputyOf(Appointee excluded, KlachtInput.Vervanging v) {
        Optional<Appointee> deputy = composition.deputyFor(excluded.personId());
        if (deputy.isEmpty()) {
            if (excluded.function() == CommissionFunction.CHAIR || excluded.function() == CommissionFunction.MEMBER) {
                throw ProblemException.conflict("Deputy seat vacant", "The " + deputyFunction(excluded)
                        + " who would replace " + excluded.personId() + " (art 7.8) is not appointed today; the "
                        + "case cannot sit without the involved member until that seat is filled.");
            }
            throw ProblemException.unprocessable(VERKEERDE_PLAATSVERVANGER, "No deputy for a deputy",
                    "art 7.8 replaces an involved member by the deputy of the same seat; " + excluded.personId()
                            + " is " + excluded.function() + " and has no deputy. Compose the case without them.");
        }
        Appointee right = deputy.get();
        if (!right.personId().equals(v.deputyId())) {
            throw ProblemException.unprocessable(VERKEERDE_PLAATSVERVANGER, "Wrong deputy",
                    "An involved member is replaced by the deputy from the same side, the chair by the deputy chair "
                            + "(art 7.8, domain.md §5.13): " + excluded.personId() + " is replaced by the "
                            + deputyFunction(excluded) + ", not by " + v.deputyId() + ".");
        }
        if (v.side() != null && !v.side().equals(side(right))) {
            throw ProblemException.unprocessable(VERKEERDE_PLAATSVERVANGER, "Wrong side",
                    "The deputy sits for the side of the member replaced (art 7.4, 7.8), which is "
                            + (right.side() == null ? "none (the chair's seat)" : side(right)) + ", not " + v.side()
                            + ". The side may be left out: it comes from the commission's composition.");
        }
        return right;
    }

    private Appointee seatHolder(UUID personId, String field) {
        return composition.currentAppointmentOf(personId).orElseThrow(() -> noSeat(field, "Person " + personId
                + " holds no seat on the commission today (art 7.1, 7.2): only its current chair, deputy chair, "
                + "members and deputy members sit on a case."));
    }

    private static ProblemException noSeat(String field, String detail) {
        return ProblemException.unprocessable(GEEN_ZETEL, "Not on the commission (" + field + ")", detail);
    }

    private static String deputyFunction(Appointee excluded) {
        return excluded.function() == CommissionFunction.CHAIR ? "deputy chair"
                : "deputy member for " + side(excluded);
    }

    /** The side as the case records and shows it (AMBTELIJK, POLITIEK), null for the chair. */
    private static String side(Appointee a) {
        return a.side() == null ? null : a.side().eventCode();
    }
}
