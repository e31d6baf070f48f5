package nl.tweedekamer.meldpunt.klacht.procedure.mapping;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Aanvullingstermijn;
import nl.tweedekamer.meldpunt.klacht.procedure.Akte;
import nl.tweedekamer.meldpunt.klacht.procedure.BekendeTermijn;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Hoorzitting;
import nl.tweedekamer.meldpunt.klacht.procedure.Jaartermijn;
import nl.tweedekamer.meldpunt.klacht.procedure.Klaagschriftelement;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtWerkgever;
import nl.tweedekamer.meldpunt.klacht.procedure.NietOntvankelijkheidsgrond;
import nl.tweedekamer.meldpunt.klacht.procedure.Stem;
import nl.tweedekamer.meldpunt.klacht.procedure.Stuk;
import nl.tweedekamer.meldpunt.klacht.procedure.Verdaging;
import nl.tweedekamer.meldpunt.klacht.procedure.Zetel;

/**
 * Only the parts the regulation gives each reader (domain.md §2): the commission the whole dossier; the
 * complainant their klaagschrift and the pieces for the parties; the accused a copy without the complainant's
 * address (domain.md §5.12); the employer involved the advice and its attachments, and its own decision.
 */
public final class DossierMapper {

    private DossierMapper() {
    }

    /**
     * @param accusedEmployers for an accused reader, the employers of the accused they are: a co-accused reads the
     *                         decision of their own employer only (art 13.2), not the other employers' decisions
     * @param memberName       the name of a commission member, for the parties told who sits (art 11.4)
     */
    public static KlachtViews.Dossier view(Klacht k, Betrokkenheid as, KlachtWerkgever ownEmployerRow,
            Set<String> accusedEmployers, Function<UUID, String> memberName) {
        boolean commission = as.commission();
        boolean complainant = as == Betrokkenheid.KLAGER;
        boolean employer = as == Betrokkenheid.WERKGEVER;
        boolean adviceOut = k.adviceIssuedOn != null;

        List<Aangeklaagde> accused = Aangeklaagde.of(k.id);
        Predicate<Aangeklaagde> shownAccused = employer
                ? a -> a.employerTenantId.equals(ownEmployerRow.employerTenantId)
                : a -> true;
        KlachtViews.Klaagschrift klaagschrift = new KlachtViews.Klaagschrift(name(k.category), k.behaviour,
                k.behaviourPlace, k.behaviourWhen, k.firstBehaviourOn, k.latestBehaviourOn, k.witnesses,
                new KlachtViews.Complainant(commission || complainant ? k.complainantId : null, k.complainantName,
                        // domain.md §5.12: the complainant's address is theirs and the commission's only
                        commission || complainant ? k.complainantAddress : null, k.complainantFunction,
                        commission || complainant ? k.complainantEmail : null),
                accused.stream().filter(shownAccused).map(a -> new KlachtViews.Accused(a.id, a.name, a.functionTitle,
                        a.relation.name(), a.employerTenantId, commission ? a.personId : null)).toList(),
                k.stepsTaken, k.signedName, k.signedOn, commission ? k.registeredBy != null : null,
                // domain.md §10.7: what art 9.1 lacked at filing, for the commission (and the complainant) to act on
                (commission || complainant) && !k.missingAtFiling().isEmpty()
                        ? k.missingAtFiling().stream().map(Klaagschriftelement::field).toList() : null);

        KlachtViews.Procedure procedure = new KlachtViews.Procedure(k.receiptConfirmedOn, k.completeOn,
                k.completionDueOn, k.admissibilityDecidedOn, k.admissible,
                k.grounds().isEmpty() ? null : k.grounds().stream().map(NietOntvankelijkheidsgrond::name).toList(),
                commission ? completionLapsed(k) : null, commission ? k.mediationExplored : null,
                // art 10.1, 11.1: the complainant reads that a mediation runs, so that they can consent to ending by it
                commission || complainant ? k.mediationRunningSince : null,
                k.correctionsDueOn, k.newAdviceDueOn,
                // art 7.2: a seat lost its last member who is not involved; no hearing until it is filled
                commission && k.adHocLidNodig ? Boolean.TRUE : null,
                // art 10.1: who decided admissibility, for the commission; art 11.1: the complainant's consent
                commission ? k.admissibilityChairId : null,
                commission && k.admissibilityMemberIds != null && !k.admissibilityMemberIds.isBlank()
                        ? java.util.Arrays.stream(k.admissibilityMemberIds.split(",")).map(UUID::fromString).toList()
                        : null,
                commission || complainant ? k.mediationConsentOn : null,
                // domain.md §10.2: the complainant is their organisation's standing decider or deputy
                commission && k.deciderIsParty ? Boolean.TRUE : null);

        List<Zetel> zetels = Zetel.of(k.id);
        // art 11.4, 7.8: the parties read who sits, by name and seat (no address), so that they can object to a
        // member; the replaced members and whom a deputy replaces stay with the commission (it tells who was involved)
        List<KlachtViews.Seat> sitting = zetels.stream().filter(z -> z.seat != Zetel.Seat.UITGESLOTEN)
                .sorted(java.util.Comparator.comparing((Zetel z) -> z.seat).thenComparing(z -> z.side == null ? "" : z.side))
                .map(z -> new KlachtViews.Seat(z.personId, memberName.apply(z.personId), z.seat.name(), z.side, null))
                .toList();
        List<KlachtViews.Seat> composition = commission ? zetels.stream()
                .map(z -> new KlachtViews.Seat(z.personId, memberName.apply(z.personId), z.seat.name(), z.side,
                        z.replacesId)).toList()
                : as.party() ? sitting : null;

        List<KlachtViews.Hearing> hearings = employer ? null : Hoorzitting.of(k.id).stream()
                .map(h -> new KlachtViews.Hearing(h.id, h.hearingOn, h.startsAt, h.location, h.partiesTogether,
                        h.documentsDueOn, h.otherInvitees, h.counsel, sitting)).toList();

        Set<Stuk.Soort> adviceAttachments = Boolean.TRUE.equals(k.omitHearingReport)
                ? Set.of(Stuk.Soort.ZIENSWIJZE, Stuk.Soort.ONTVANKELIJKHEIDSBESLISSING)
                : Set.of(Stuk.Soort.ZIENSWIJZE, Stuk.Soort.ONTVANKELIJKHEIDSBESLISSING, Stuk.Soort.HOORVERSLAG,
                        Stuk.Soort.ONDERZOEKSVERSLAG);
        List<Stuk> stukken = Stuk.of(k.id);
        // art 12.1: the parties receive the hearing reports together with the fact overview
        boolean factOverviewSent = stukken.stream().anyMatch(s -> s.kind == Stuk.Soort.FEITENOVERZICHT);
        Set<Stuk.Soort> reports = Set.of(Stuk.Soort.HOORVERSLAG, Stuk.Soort.ONDERZOEKSVERSLAG);
        Predicate<Stuk> shownDocument = commission ? s -> true
                : employer ? s -> adviceAttachments.contains(s.kind)
                        || ownEmployerRow.employerTenantId.equals(s.employerTenantId)
                        : s -> s.kind.forParties() && (factOverviewSent || !reports.contains(s.kind))
                                && (s.kind != Stuk.Soort.BESLUIT
                                        || Akte.decisionReadBy(as, accusedEmployers, s.employerTenantId));
        List<KlachtViews.Document> documents = stukken.stream().filter(shownDocument)
                .map(s -> new KlachtViews.Document(s.id, s.kind.name(), s.body, s.datedOn, s.authorRole,
                        s.employerTenantId)).toList();

        KlachtViews.Advice advice = null;
        if (k.adviceAdoptedOn != null && (commission || adviceOut)) {
            advice = new KlachtViews.Advice(k.adviceNature, k.adviceText, k.voteOutcome,
                    commission ? Stem.of(k.id).stream().map(s -> new KlachtViews.Vote(s.personId, s.keuze.name()))
                            .toList() : null,
                    k.minorityPosition, !Boolean.TRUE.equals(k.omitHearingReport), k.weightyReasons,
                    k.adviceAdoptedOn, k.chairSignedOn, k.secretarySignedOn, k.adviceIssuedOn);
        }

        List<KlachtViews.Employer> employers = KlachtWerkgever.of(k.id).stream()
                .filter(w -> w.adviceReceivedOn != null || commission)
                .filter(w -> !employer || w.id.equals(ownEmployerRow.id))
                .map(w -> new KlachtViews.Employer(w.employerTenantId, w.adviceReceivedOn,
                        commission ? w.recipientId : null, commission || employer ? w.recipientName : null,
                        w.extensionDays,
                        w.adviceReceivedOn == null ? null : decisionDue(k, w),
                        w.decidedOn)).toList();

        List<KlachtViews.Term> terms = BekendeTermijn.<BekendeTermijn>list("klachtId", k.id).stream()
                .filter(t -> commission
                        || (employer && "T5".equals(t.term) && t.employerTenantId.equals(ownEmployerRow.employerTenantId))
                        || (as.party() && partiesTold(t)))
                .map(t -> new KlachtViews.Term(t.term, BekendeTermijn.WHOLE_CASE.equals(t.employerTenantId) ? null
                        : t.employerTenantId, t.dueOn, t.extensionDaysTotal)).toList();

        return new KlachtViews.Dossier(k.id, k.reference, k.tenantId, k.status.name(), as.name(), k.filedOn,
                commission ? k.outsideOneYear : null,
                commission && k.filedOn != null ? Jaartermijn.earliestAllowed(k.filedOn) : null,
                klaagschrift, procedure, composition, hearings, documents, advice, employers, terms,
                k.ending == null ? null : k.ending.name(), k.endedOn, k.endDate, null);
    }

    /**
     * Domain.md §5.11: a completion request (art 9.3) that lapsed unanswered flags the case for the commission;
     * it decides nothing by itself. termijn-service's due date when known, else the unshifted 2 weeks.
     */
    private static Boolean completionLapsed(Klacht k) {
        if (k.status != nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus.AANVULLING_GEVRAAGD || k.completionDueOn == null) {
            return null;
        }
        BekendeTermijn known = BekendeTermijn.of(k.id, "T2", null);
        java.time.LocalDate due = Aanvullingstermijn.dueOn(known == null ? null : known.dueOn, k.completionDueOn);
        return Aanvullingstermijn.lapsed(due,
                java.time.LocalDate.now(nl.tweedekamer.meldpunt.platform.config.ClockProducer.AMSTERDAM));
    }

    /** The terms of the case as a whole that its parties are told: completion (art 9.3), admissibility (art 10.1) and the advice (art 12.2, a new term told to both parties, art 12.3). */
    private static final Set<String> PARTIES_TOLD = Set.of("T2", "T3", "T4");

    /**
     * The parties read by when the complaint's next step is due (art 9.3, 10.1, 12.2–12.3), so that they know where
     * their case stands; the secretary's own receipt term and each employer's decision term stay with the commission
     * and that employer (the parties read the decision's due date with the employers involved).
     */
    private static boolean partiesTold(BekendeTermijn t) {
        return BekendeTermijn.WHOLE_CASE.equals(t.employerTenantId) && PARTIES_TOLD.contains(t.term);
    }

    private static java.time.LocalDate decisionDue(Klacht k, KlachtWerkgever w) {
        BekendeTermijn known = BekendeTermijn.of(k.id, "T5", w.employerTenantId);
        return Verdaging.dueOn(known == null ? null : known.dueOn, w.adviceReceivedOn, w.extensionDays);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** An objection as its reader may see it: the reason for the commission and for the party who lodged it. */
    public static KlachtViews.Objection objection(nl.tweedekamer.meldpunt.klacht.procedure.Bezwaar b, boolean withReason) {
        return new KlachtViews.Objection(b.id, b.memberId, b.lodgedAs.party() ? b.lodgedAs.name() : "COMMISSIE",
                withReason ? b.reason : null, b.lodgedOn, b.outcome == null ? null : b.outcome.name(), b.decidedOn,
                b.replacedBy);
    }
}
