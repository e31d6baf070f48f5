package nl.tweedekamer.meldpunt.klacht.procedure.service;

import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.AANGEKLAAGDE;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.COMMISSIE;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.KLAGER;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.SECRETARIS;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.VOORZITTER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.commissie.Appointee;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionFunction;
import nl.tweedekamer.meldpunt.klacht.commissie.service.CommissionComposition;
import nl.tweedekamer.meldpunt.klacht.event.KlachtEventPayloads;
import nl.tweedekamer.meldpunt.klacht.event.KlachtEvents;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Bezwaar;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure.Stap;
import nl.tweedekamer.meldpunt.klacht.procedure.Zetel;
import nl.tweedekamer.meldpunt.klacht.procedure.mapping.DossierMapper;
import nl.tweedekamer.meldpunt.klacht.procedure.mapping.KlachtViews;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Objections to a member of the case's composition (art 7.8, 11.4). A party — or the commission, recording a possible
 * involvement — names a member who sits and gives a reason; until it is decided the member reads nothing of the case.
 * The chair of the case decides; an objection against the chair is decided by the deputy chair. Upheld: the member is
 * excluded and the other holder of the same seat takes it (the deputy of the same side, the deputy chair for the chair,
 * domain.md §5.13); when that person is excluded too, or the seat is vacant, the case waits for an ad-hoc appointment
 * (art 7.2) and no hearing is planned until it is composed again. The reason is never logged nor in an event.
 */
@ApplicationScoped
@Transactional
public class BezwaarService {

    /** The member named does not sit on the case. */
    public static final String GEEN_LID_VAN_ZAAK = "https://meldpunt.tweedekamer.nl/problems/geen-lid-van-zaak";

    @Inject
    KlachtToegang toegang;

    @Inject
    CommissionComposition composition;

    @Inject
    KlachtEvents events;

    @Inject
    Clock clock;

    /** Art 7.8: a party objects to a member who sits, or the commission records a possible involvement. */
    public Bezwaar lodge(UUID caseId, KlachtInput.Bezwaar input) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, KLAGER, AANGEKLAAGDE, VOORZITTER, COMMISSIE, SECRETARIS);
        KlachtProcedure.check(k, Stap.SAMENSTELLEN);
        Zetel seat = sitting(k, input.memberId()).orElseThrow(() -> ProblemException.unprocessable(GEEN_LID_VAN_ZAAK,
                "Not sitting on the case", "An objection concerns a member who sits on the case, the chair included "
                        + "(art 7.8, 11.4); " + input.memberId() + " does not."));
        if (Bezwaar.of(k.id).stream().anyMatch(b -> b.open() && b.memberId.equals(input.memberId()))) {
            throw ProblemException.conflict("Objection open", "An objection to this member waits for its decision "
                    + "(art 7.8); add to it through the commission's secretary.");
        }
        UUID decider = decider(k, seat);
        Bezwaar b = new Bezwaar();
        b.id = UUID.randomUUID();
        b.klachtId = k.id;
        b.memberId = input.memberId();
        b.lodgedBy = toegang.requirePerson();
        b.lodgedAs = as;
        b.reason = input.reason();
        b.lodgedOn = today();
        b.persist();
        k.updatedAt = OffsetDateTime.now(clock);
        events.publish(k, KlachtEventPayloads.BezwaarIngediend.TYPE, new KlachtEventPayloads.BezwaarIngediend(k.id,
                k.reference, k.tenantId, b.id, b.lodgedOn, decider));
        return b;
    }

    /** The objections of the case: the commission reads them all, a party the ones they lodged (art 7.8). */
    public List<KlachtViews.Objection> list(UUID caseId) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, KLAGER, AANGEKLAAGDE, VOORZITTER, COMMISSIE, SECRETARIS);
        UUID me = toegang.requirePerson();
        return Bezwaar.of(k.id).stream().filter(b -> as.commission() || me.equals(b.lodgedBy))
                .map(b -> DossierMapper.objection(b, true)).toList();
    }

    /** Art 7.8: the chair of the case decides, the deputy chair an objection against the chair. */
    public Bezwaar decide(UUID caseId, UUID objectionId, KlachtInput.BezwaarBeslissing input) {
        Klacht k = toegang.load(caseId);
        toegang.require(k, VOORZITTER, COMMISSIE);
        Bezwaar b = Bezwaar.<Bezwaar>findByIdOptional(objectionId).filter(o -> o.klachtId.equals(k.id))
                .orElseThrow(() -> new ProblemException(404, null, "Not found", "No such objection on this case.", null));
        if (!b.open()) {
            throw ProblemException.conflict("Objection decided", "This objection was decided on " + b.decidedOn + ".");
        }
        KlachtProcedure.check(k, Stap.SAMENSTELLEN);
        Zetel seat = sitting(k, b.memberId).orElseThrow(() -> ProblemException.conflict("Member no longer sits",
                "The member objected to no longer sits on the case; compose the case again (art 7.8, 11.4)."));
        UUID me = toegang.requirePerson();
        if (!me.equals(decider(k, seat))) {
            throw new ProblemException(403, null, "Forbidden", "The chair of the case decides an objection; the "
                    + "deputy chair one against the chair (art 7.8).", null);
        }
        b.outcome = input.upheld() ? Bezwaar.Uitkomst.TOEGEWEZEN : Bezwaar.Uitkomst.AFGEWEZEN;
        b.decidedBy = me;
        b.decidedOn = today();
        if (input.upheld()) {
            replace(k, seat, b);
        }
        k.updatedAt = OffsetDateTime.now(clock);
        events.publish(k, KlachtEventPayloads.BezwaarBeslist.TYPE, new KlachtEventPayloads.BezwaarBeslist(k.id,
                k.reference, k.tenantId, b.id, b.decidedOn, b.outcome.name(), k.adHocLidNodig));
        if (b.replacedBy != null) {
            List<Zetel> seats = Zetel.of(k.id);
            events.publish(k, KlachtEventPayloads.SamenstellingVastgesteld.TYPE,
                    new KlachtEventPayloads.SamenstellingVastgesteld(k.id, k.reference, k.tenantId, today(),
                            seats.stream().filter(z -> z.seat == Zetel.Seat.VOORZITTER).map(z -> z.personId)
                                    .findFirst().orElseThrow(),
                            seats.stream().filter(z -> z.seat == Zetel.Seat.LID).map(z -> z.personId).toList()));
        }
        return b;
    }

    /**
     * art 7.8 (domain.md §5.13): the member found involved is excluded; the other holder of the same seat takes it.
     * None left (excluded too, already sitting, or vacant): art 7.2, an ad-hoc appointment is needed.
     */
    private void replace(Klacht k, Zetel seat, Bezwaar b) {
        List<Zetel> seats = Zetel.of(k.id);
        Zetel.Seat taken = seat.seat;
        seat.seat = Zetel.Seat.UITGESLOTEN;
        seat.replacesId = null;
        Optional<Appointee> other = composition.currentAppointmentOf(b.memberId).flatMap(this::otherHolder)
                .filter(o -> seats.stream().noneMatch(z -> z.personId.equals(o.personId())))
                .filter(o -> Bezwaar.of(k.id).stream().noneMatch(x -> x.open() && x.memberId.equals(o.personId())));
        if (other.isEmpty()) {
            k.adHocLidNodig = true;
            return;
        }
        Zetel z = new Zetel();
        z.id = UUID.randomUUID();
        z.klachtId = k.id;
        z.personId = other.get().personId();
        z.seat = taken;
        z.side = seat.side;
        z.replacesId = b.memberId;
        z.persist();
        b.replacedBy = z.personId;
    }

    /** The other person for the same seat: member and deputy member of one side, chair and deputy chair. */
    private Optional<Appointee> otherHolder(Appointee a) {
        return switch (a.function()) {
            case MEMBER -> composition.current(CommissionFunction.DEPUTY_MEMBER, a.side());
            case DEPUTY_MEMBER -> composition.current(CommissionFunction.MEMBER, a.side());
            case CHAIR -> composition.current(CommissionFunction.DEPUTY_CHAIR, null);
            case DEPUTY_CHAIR -> composition.current(CommissionFunction.CHAIR, null);
            default -> Optional.empty();
        };
    }

    /** Who decides: the chair of the case; for an objection against the chair, today's deputy chair (art 7.8). */
    private UUID decider(Klacht k, Zetel objected) {
        if (objected.seat != Zetel.Seat.VOORZITTER) {
            return Zetel.of(k.id).stream().filter(z -> z.seat == Zetel.Seat.VOORZITTER).map(z -> z.personId)
                    .findFirst().orElseThrow();
        }
        CommissionFunction other = composition.currentAppointmentOf(objected.personId)
                .map(a -> a.function() == CommissionFunction.DEPUTY_CHAIR ? CommissionFunction.CHAIR
                        : CommissionFunction.DEPUTY_CHAIR)
                .orElse(CommissionFunction.DEPUTY_CHAIR);
        return composition.current(other, null).map(Appointee::personId).orElseThrow(() -> ProblemException
                .conflict("Deputy chair vacant", "An objection against the chair of the case is decided by the "
                        + "deputy chair (art 7.8), whose seat is vacant today."));
    }

    /** The member's seat when they sit on the case (chair or member), not when excluded. */
    private static Optional<Zetel> sitting(Klacht k, UUID personId) {
        return Zetel.of(k.id).stream()
                .filter(z -> z.personId.equals(personId) && z.seat != Zetel.Seat.UITGESLOTEN).findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
