package nl.tweedekamer.meldpunt.klacht.procedure.service;

import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.AANGEKLAAGDE;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.COMMISSIE;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.KLAGER;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.SECRETARIS;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.VOORZITTER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.event.KlachtEventPayloads;
import nl.tweedekamer.meldpunt.klacht.event.KlachtEvents;
import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Aanvullingstermijn;
import nl.tweedekamer.meldpunt.klacht.procedure.BekendeTermijn;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Bezwaar;
import nl.tweedekamer.meldpunt.klacht.procedure.Bijlage;
import nl.tweedekamer.meldpunt.klacht.procedure.Concept;
import nl.tweedekamer.meldpunt.klacht.procedure.Correctietermijn;
import nl.tweedekamer.meldpunt.klacht.procedure.Hoorverzoeken;
import nl.tweedekamer.meldpunt.klacht.procedure.Hoorzitting;
import nl.tweedekamer.meldpunt.klacht.procedure.Jaartermijn;
import nl.tweedekamer.meldpunt.klacht.procedure.Klaagschriftelement;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtEinde;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure.Stap;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtWerkgever;
import nl.tweedekamer.meldpunt.klacht.procedure.NietOntvankelijkheidsgrond;
import nl.tweedekamer.meldpunt.klacht.procedure.PartijVerzoek;
import nl.tweedekamer.meldpunt.klacht.procedure.Stem;
import nl.tweedekamer.meldpunt.klacht.procedure.Stemming;
import nl.tweedekamer.meldpunt.klacht.procedure.Stuk;
import nl.tweedekamer.meldpunt.klacht.procedure.TijdelijkeVoorziening;
import nl.tweedekamer.meldpunt.klacht.procedure.Vrijgave;
import nl.tweedekamer.meldpunt.klacht.procedure.Zetel;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;

/** The commission's handling of a filed complaint (art 9.3-12), and the parties' own steps in it. */
@ApplicationScoped
@Transactional
public class BehandelingService {

    /** Art 9.3: the further term for missing documents or grounds. */
    static final int COMPLETION_TERM_WEEKS = 2;

    /** Ending by mediation without the complainant's recorded consent (art 10.1, 11.1). */
    public static final String INSTEMMING_ONTBREEKT =
            "https://meldpunt.tweedekamer.nl/problems/instemming-klager-ontbreekt";

    @Inject
    KlachtToegang toegang;

    @Inject
    KlachtAfsluiting afsluiting;

    @Inject
    ZetelKeuze zetelKeuze;

    @Inject
    Koppeling koppeling;

    @Inject
    KlachtEvents events;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    BeslisserKeuze beslissers;

    /**
     * Art 9.4: the secretary confirms receipt in writing. Whether the complaint is complete was settled at filing
     * (art 9.1) or by the answer to a completion request (9.3), not by this confirmation.
     */
    public Klacht confirmReceipt(UUID caseId) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, SECRETARIS);
        KlachtProcedure.take(k, Stap.ONTVANGST_BEVESTIGEN);
        LocalDate today = today();
        k.receiptConfirmedOn = today;
        afsluiting.write(k, Stuk.Soort.ONTVANGSTBEVESTIGING, "De secretaris van de klachtencommissie bevestigt de "
                + "ontvangst van klaagschrift " + k.reference + ", ingediend op " + k.filedOn + " (art 9.4).",
                caller.subject(), as, null);
        touched(k);
        events.publish(k, KlachtEventPayloads.OntvangstBevestigd.TYPE,
                new KlachtEventPayloads.OntvangstBevestigd(k.id, k.reference, k.tenantId, today, k.completeOn));
        return k;
    }

    /** Art 11.4 and 7.8: the chair and members who sit, from today's commission; an involved member is replaced by a deputy. */
    public Klacht compose(UUID caseId, KlachtInput.Samenstelling input) {
        Klacht k = toegang.load(caseId);
        toegang.require(k, VOORZITTER, COMMISSIE, SECRETARIS);
        KlachtProcedure.take(k, Stap.SAMENSTELLEN);
        // art 7, 7.8: every seat is chosen from today's commission, before anything changes
        List<ZetelKeuze.Plek> seats = zetelKeuze.choose(input);
        // art 7.8: a member found involved on an objection sits on this case no more, whatever the new composition
        Set<UUID> involved = Bezwaar.of(k.id).stream().filter(b -> b.outcome == Bezwaar.Uitkomst.TOEGEWEZEN)
                .map(b -> b.memberId).collect(Collectors.toSet());
        seats.stream().filter(p -> p.seat() != Zetel.Seat.UITGESLOTEN && involved.contains(p.personId())).findFirst()
                .ifPresent(p -> {
                    throw ProblemException.unprocessable(ZetelKeuze.LID_BETROKKEN, "Member found involved",
                            "An objection found " + p.personId() + " involved in this case; they are replaced and "
                                    + "sit on it no more (art 7.8).");
                });
        Map<UUID, String> formerSides = new HashMap<>();
        Zetel.of(k.id).forEach(z -> formerSides.put(z.personId, z.side));
        Zetel.delete("klachtId", k.id);
        for (ZetelKeuze.Plek p : seats) {
            seat(k, p.personId(), p.seat(), p.side(), p.replacesId());
            involved.remove(p.personId());
        }
        for (UUID excluded : involved) {
            seat(k, excluded, Zetel.Seat.UITGESLOTEN, formerSides.get(excluded), null);
        }
        // art 7.2: a complete composition (ZetelKeuze, art 7.4) ends the wait for an ad-hoc appointment
        k.adHocLidNodig = false;
        touched(k);
        // who sits only: naming the excluded would tell who was involved in the behaviour (art 7.8)
        events.publish(k, KlachtEventPayloads.SamenstellingVastgesteld.TYPE,
                new KlachtEventPayloads.SamenstellingVastgesteld(k.id, k.reference, k.tenantId, today(),
                        seats.stream().filter(p -> p.seat() == Zetel.Seat.VOORZITTER).map(ZetelKeuze.Plek::personId)
                                .findFirst().orElseThrow(),
                        seats.stream().filter(p -> p.seat() == Zetel.Seat.LID).map(ZetelKeuze.Plek::personId)
                                .toList()));
        return k;
    }

    /** Art 9.3: a further term of 2 weeks for missing documents or grounds. */
    public Klacht requestCompletion(UUID caseId, KlachtInput.Tekst input) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, VOORZITTER, COMMISSIE, SECRETARIS);
        KlachtProcedure.take(k, Stap.AANVULLING_VRAGEN);
        LocalDate today = today();
        k.completeOn = null;
        k.completionDueOn = today.plusWeeks(COMPLETION_TERM_WEEKS);
        Stuk request = afsluiting.write(k, Stuk.Soort.AANVULLINGSVERZOEK, input.text(), caller.subject(), as, null);
        touched(k);
        events.publish(k, KlachtEventPayloads.AanvullingGevraagd.TYPE,
                new KlachtEventPayloads.AanvullingGevraagd(k.id, k.reference, k.tenantId, request.id, today));
        return k;
    }

    /** Art 9.3: answered, the complaint is complete again and the admissibility term restarts (domain.md §5.11). */
    public Klacht complete(UUID caseId, KlachtInput.Aanvulling input) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, KLAGER);
        KlachtProcedure.take(k, Stap.AANVULLEN);
        LocalDate today = today();
        if (input.latestBehaviourOn() != null) {
            if (input.latestBehaviourOn().isAfter(k.filedOn)) {
                throw ProblemException.invalidField("latestBehaviourOn", "cannot lie after the filing date");
            }
            k.latestBehaviourOn = input.latestBehaviourOn();
            k.outsideOneYear = Jaartermijn.outside(k.latestBehaviourOn, k.filedOn);
        }
        k.completeOn = today;
        k.completionDueOn = null;
        afsluiting.write(k, Stuk.Soort.AANVULLING, input.text(), caller.subject(), as, null);
        UUID requestId = Stuk.<Stuk>find("klachtId = ?1 and kind = ?2 order by createdAt desc", k.id,
                Stuk.Soort.AANVULLINGSVERZOEK).firstResult().id;
        touched(k);
        events.publish(k, KlachtEventPayloads.AanvullingOntvangen.TYPE, new KlachtEventPayloads.AanvullingOntvangen(
                k.id, k.reference, k.tenantId, requestId, today, today));
        return k;
    }

    /**
     * Art 10: admissible only when art 9.1 is met, the behaviour lies within one year before filing (10.2) and no
     * ground of 9.5 applies. Admissible: each accused is linked to a login and receives a copy (10.3).
     * Inadmissible: the commission advises the complainant's employer, who decides (10.4).
     */
    public Klacht decideAdmissibility(UUID caseId, KlachtInput.Ontvankelijkheid input) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, VOORZITTER, COMMISSIE, SECRETARIS);
        KlachtProcedure.check(k, input.admissible() ? Stap.ONTVANKELIJK_VERKLAREN : Stap.NIET_ONTVANKELIJK_VERKLAREN);
        List<UUID> takingPart = commissionAsComposed(k, as, input);
        List<NietOntvankelijkheidsgrond> grounds = input.grounds() == null ? List.of() : input.grounds();
        List<Aangeklaagde> accused = Aangeklaagde.of(k.id);
        LocalDate today = today();
        if (input.admissible()) {
            KlachtProcedure.check(k, Stap.ONTVANKELIJK_VERKLAREN);
            if (!grounds.isEmpty()) {
                throw ProblemException.invalidField("grounds", "an admissible complaint has no inadmissibility grounds");
            }
            if (k.completeOn == null) {
                // art 9.1, 9.3: a klaagschrift that lacked an element is admissible only once completion was answered
                throw KlachtProcedure.refused(Stap.ONTVANKELIJK_VERKLAREN, "art 9.1, 9.3, 10.1",
                        "admissibility is decided on a complete complaint; this klaagschrift lacks "
                                + k.missingAtFiling().stream().map(Klaagschriftelement::field)
                                        .collect(Collectors.joining(", "))
                                + ". Ask the complainant to complete it (art 9.3) or declare it inadmissible");
            }
            if (k.latestBehaviourOn == null) {
                throw KlachtProcedure.refused(Stap.ONTVANKELIJK_VERKLAREN, "art 10.2",
                        "a complaint is admissible only when the behaviour took place within one year before filing; "
                                + "the klaagschrift gives no latest date of the behaviour. Ask the complainant to "
                                + "complete it (art 9.3) or declare it inadmissible");
            }
            if (k.outsideOneYear) {
                throw KlachtProcedure.refused(Stap.ONTVANKELIJK_VERKLAREN, "art 10.2",
                        "a complaint is admissible only when the behaviour took place within one year before filing; "
                                + "the latest date given (" + k.latestBehaviourOn + ") lies before "
                                + Jaartermijn.earliestAllowed(k.filedOn)
                                + ". Ask the complainant to complete the dates (art 9.3) or declare it inadmissible");
            }
            Map<UUID, KlachtInput.Koppeling> links = (input.accusedLinks() == null
                    ? List.<KlachtInput.Koppeling>of() : input.accusedLinks()).stream()
                    .collect(Collectors.toMap(KlachtInput.Koppeling::accusedId, l -> l, (a, b) -> b));
            for (Aangeklaagde a : accused) {
                if (!links.containsKey(a.id)) {
                    throw ProblemException.invalidField("accusedLinks",
                            "the secretary links every accused to a person who can log in (accused " + a.id + ")");
                }
            }
            if (!accused.stream().map(a -> a.id).collect(Collectors.toSet()).containsAll(links.keySet())) {
                throw ProblemException.invalidField("accusedLinks", "names an accused that is not in this complaint");
            }
            for (Aangeklaagde a : accused) {
                a.personId = koppeling.onEmployersRoster(a, links.get(a.id).personId());
                a.email = links.get(a.id).email();
            }
            KlachtProcedure.take(k, Stap.ONTVANKELIJK_VERKLAREN);
        } else {
            KlachtProcedure.check(k, Stap.NIET_ONTVANKELIJK_VERKLAREN);
            if (grounds.isEmpty()) {
                throw ProblemException.invalidField("grounds",
                        "name the grounds of art 9.5 (a-g) and/or BUITEN_JAARTERMIJN (art 10.2)");
            }
            if (grounds.contains(NietOntvankelijkheidsgrond.BUITEN_JAARTERMIJN) && !k.outsideOneYear) {
                throw ProblemException.invalidField("grounds", "the latest date of the behaviour ("
                        + k.latestBehaviourOn + ") lies within one year before filing (art 10.2)");
            }
            completionCannotCure(k, grounds, today);
            KlachtProcedure.take(k, Stap.NIET_ONTVANKELIJK_VERKLAREN);
            k.grounds(grounds);
        }
        k.admissible = input.admissible();
        k.admissibilityDecidedOn = today;
        k.admissibilityChairId = toegang.requirePerson();
        k.admissibilityMemberIds = takingPart.stream().map(UUID::toString).collect(Collectors.joining(","));
        k.mediationExplored = input.mediationExplored();
        afsluiting.write(k, Stuk.Soort.ONTVANKELIJKHEIDSBESLISSING, input.reasons(), caller.subject(), as, null);
        touched(k);
        events.publish(k, KlachtEventPayloads.OntvankelijkheidVastgesteld.TYPE,
                new KlachtEventPayloads.OntvankelijkheidVastgesteld(k.id, k.reference, k.tenantId, today,
                        input.admissible(), accused.stream().map(a -> new KlachtEventPayloads.Accused(
                                input.admissible() ? a.personId : null, a.employerTenantId)).toList()));
        // domain.md §10.2: who decides for each employer that will receive the advice (art 12.2, or 10.4)
        beslissers.confirm(k, input.admissible()
                ? accused.stream().map(a -> a.employerTenantId).distinct().sorted().toList()
                : List.of(k.tenantId), input.deciders());
        if (!input.admissible()) {
            // art 10.4: the advice goes to the complainant's employer; the accused's employer learns nothing
            KlachtWerkgever employer = beslissers.ofEmployer(k, k.tenantId).orElseThrow();
            employer.adviceReceivedOn = today;
            events.publish(k, KlachtEventPayloads.AdviesUitgebracht.TYPE, new KlachtEventPayloads.AdviesUitgebracht(
                    k.id, k.reference, k.tenantId, today, today,
                    List.of(new KlachtEventPayloads.Recipient(employer.employerTenantId, employer.recipientId))));
        }
        return k;
    }

    /**
     * Art 10.1 ("de klachtencommissie beslist"): admissibility is decided by the commission as composed for the case
     * (art 7.4, 7.8, 11.4). Its chair records the decision with the members of the case who took part, at least one,
     * so that the chair never decides alone; the secretary (art 8) sits on no case and does not decide.
     */
    private List<UUID> commissionAsComposed(Klacht k, Betrokkenheid as, KlachtInput.Ontvankelijkheid input) {
        Stap stap = input.admissible() ? Stap.ONTVANKELIJK_VERKLAREN : Stap.NIET_ONTVANKELIJK_VERKLAREN;
        List<Zetel> seats = Zetel.of(k.id);
        if (seats.stream().noneMatch(z -> z.seat == Zetel.Seat.VOORZITTER)) {
            throw KlachtProcedure.refused(stap, "art 10.1, 11.4",
                    "admissibility is decided by the commission as composed for the case, so who sits on it is "
                            + "settled first (PUT …/samenstelling)");
        }
        if (as != VOORZITTER) {
            throw new ProblemException(403, null, "Forbidden", "The chair of the case records the admissibility "
                    + "decision, with the members who took part (art 10.1); you reach this complaint as " + as + ".",
                    null);
        }
        Set<UUID> members = seats.stream().filter(z -> z.seat == Zetel.Seat.LID).map(z -> z.personId)
                .collect(Collectors.toSet());
        List<UUID> named = input.memberIds() == null ? List.of() : input.memberIds().stream().distinct().toList();
        if (named.isEmpty()) {
            throw ProblemException.invalidField("memberIds",
                    "name the members of the case who took part in the decision with the chair (art 10.1)");
        }
        for (UUID m : named) {
            if (!members.contains(m)) {
                throw ProblemException.unprocessable(BezwaarService.GEEN_LID_VAN_ZAAK, "Not a member of the case",
                        "Person " + m + " does not sit on this case as a member; admissibility is decided by the "
                                + "chair with the members of the case as composed (art 10.1, 7.8).");
            }
        }
        return named;
    }

    /** Art 9.3: while the completion term runs, inadmissibility only on a ground completion cannot cure. */
    private void completionCannotCure(Klacht k, List<NietOntvankelijkheidsgrond> grounds, LocalDate today) {
        BekendeTermijn t2 = BekendeTermijn.of(k.id, "T2", null);
        if (!Aanvullingstermijn.runs(k, t2 == null ? null : t2.dueOn, today)) {
            return;
        }
        List<String> curable = grounds.stream().filter(NietOntvankelijkheidsgrond::completionCanCure)
                .map(Enum::name).toList();
        if (!curable.isEmpty()) {
            throw ProblemException.unprocessable(Aanvullingstermijn.LOOPT, "Completion term still runs",
                    "The complainant may complete the complaint until "
                            + Aanvullingstermijn.dueOn(t2 == null ? null : t2.dueOn, k.completionDueOn)
                            + " (art 9.3); until then it is not declared inadmissible on a ground the completion can "
                            + "cure (" + String.join(", ", curable) + "). Wait for the answer or the end of the term, "
                            + "or name only a ground it cannot cure (B, C, D, E of art 9.5).");
        }
    }

    /** Art 11.1, 11.4: the invitation names who sits, the invitees and the term for further documents. */
    public Hoorzitting planHearing(UUID caseId, KlachtInput.Hoorzitting input) {
        Klacht k = toegang.load(caseId);
        toegang.require(k, VOORZITTER, COMMISSIE, SECRETARIS);
        KlachtProcedure.check(k, Stap.HOORZITTING_PLANNEN);
        if (Zetel.of(k.id).stream().noneMatch(z -> z.seat == Zetel.Seat.VOORZITTER)) {
            throw KlachtProcedure.refused(Stap.HOORZITTING_PLANNEN, "art 11.4",
                    "the invitation names the chair and the members, so who sits on the case is settled first");
        }
        if (k.adHocLidNodig) {
            throw KlachtProcedure.refused(Stap.HOORZITTING_PLANNEN, "art 7.2, 7.8",
                    "a seat of the case has no member left who is not involved; the case is heard once an ad-hoc "
                            + "member is appointed and the case is composed again");
        }
        if (input.documentsDueOn() != null && input.documentsDueOn().isAfter(input.hearingOn())) {
            throw ProblemException.invalidField("documentsDueOn", "further documents are due before the hearing");
        }
        // art 10.3: the accused received every document of the complaint before being invited to be heard
        List<Bijlage> pending = Vrijgave.pending(Bijlage.of(k.id));
        if (!pending.isEmpty()) {
            throw Vrijgave.blocksHearing(pending.size());
        }
        // art 11.1, 11.5: a party's request to be heard separately is decided first, and one granted stands
        Hoorverzoeken.checkHearing(PartijVerzoek.of(k.id), input.partiesTogether());
        KlachtProcedure.take(k, Stap.HOORZITTING_PLANNEN);
        Set<UUID> invited = new LinkedHashSet<>();
        invited.add(k.complainantId);
        Aangeklaagde.of(k.id).forEach(a -> invited.add(a.personId));
        Hoorzitting h = new Hoorzitting();
        h.id = UUID.randomUUID();
        h.klachtId = k.id;
        h.hearingOn = input.hearingOn();
        h.startsAt = input.startsAt();
        h.location = input.location() == null || input.location().isBlank() ? null : input.location().strip();
        h.partiesTogether = input.partiesTogether();
        h.documentsDueOn = input.documentsDueOn();
        h.invitedIds = invited.stream().map(UUID::toString).collect(Collectors.joining(","));
        h.otherInvitees = input.otherInvitees();
        h.counsel = input.counsel();
        h.plannedAt = OffsetDateTime.now(clock);
        h.persist();
        touched(k);
        events.publish(k, KlachtEventPayloads.HoorzittingGepland.TYPE, new KlachtEventPayloads.HoorzittingGepland(
                k.id, k.reference, k.tenantId, h.id, h.hearingOn, h.documentsDueOn, List.copyOf(invited)));
        return h;
    }

    /** Art 11.2, 11.7: the hearing report, or the report of an on-site investigation. */
    public Klacht addReport(UUID caseId, KlachtInput.Verslag input) {
        if (input.kind() != Stuk.Soort.HOORVERSLAG && input.kind() != Stuk.Soort.ONDERZOEKSVERSLAG) {
            throw ProblemException.invalidField("kind", "HOORVERSLAG or ONDERZOEKSVERSLAG");
        }
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, VOORZITTER, COMMISSIE, SECRETARIS);
        KlachtProcedure.take(k, Stap.VERSLAG_TOEVOEGEN);
        Stuk report = afsluiting.write(k, input.kind(), input.text(), caller.subject(), as, null);
        touched(k);
        pieceAdded(k, report);
        return k;
    }

    /** Art 12.1: both parties receive the reports and a fact overview, with a term for factual corrections. */
    public Klacht sendFactOverview(UUID caseId, KlachtInput.Feitenoverzicht input) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, VOORZITTER, COMMISSIE, SECRETARIS);
        KlachtProcedure.check(k, Stap.FEITENOVERZICHT_STUREN);
        if (!input.correctionsDueOn().isAfter(today())) {
            throw ProblemException.invalidField("correctionsDueOn", "the parties get a term after today to react");
        }
        KlachtProcedure.take(k, Stap.FEITENOVERZICHT_STUREN);
        k.correctionsDueOn = input.correctionsDueOn();
        afsluiting.write(k, Stuk.Soort.FEITENOVERZICHT, input.text(), caller.subject(), as, null);
        touched(k);
        events.publish(k, KlachtEventPayloads.FeitenoverzichtVerstuurd.TYPE,
                new KlachtEventPayloads.FeitenoverzichtVerstuurd(k.id, k.reference, k.tenantId, today(),
                        input.correctionsDueOn()));
        return k;
    }

    /**
     * Art 12.1, 12.5: a party's factual correction or written view, or their waiver of (further) corrections, until
     * the correction term ends (422 after it).
     */
    public Klacht react(UUID caseId, KlachtInput.Reactie input) {
        if (input.kind() != Stuk.Soort.CORRECTIE && input.kind() != Stuk.Soort.ZIENSWIJZE
                && input.kind() != Stuk.Soort.AFSTAND_CORRECTIE) {
            throw ProblemException.invalidField("kind", "CORRECTIE, ZIENSWIJZE or AFSTAND_CORRECTIE");
        }
        boolean waiver = input.kind() == Stuk.Soort.AFSTAND_CORRECTIE;
        if (!waiver && (input.text() == null || input.text().isBlank())) {
            throw ProblemException.invalidField("text", "a correction or written view has a text");
        }
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = mayReact(k);
        String text = waiver && (input.text() == null || input.text().isBlank())
                ? "Ziet af van (verdere) feitelijke correcties op het feitenoverzicht (art 12.1)."
                : input.text();
        Stuk reaction = afsluiting.write(k, input.kind(), text, caller.subject(), as, null);
        // the text is in the dossier now; a waiver ends the party's corrections (art 12.1), so its draft goes too
        Concept.discard(k.id, toegang.requirePerson(),
                input.kind() == Stuk.Soort.ZIENSWIJZE ? Concept.Soort.ZIENSWIJZE : Concept.Soort.CORRECTIE);
        touched(k);
        pieceAdded(k, reaction);
        return k;
    }

    /**
     * Art 12.1, 12.5: the caller reacts as a party, after the fact overview was sent and until the correction term
     * ends (422 after it); also the rule for writing a draft of the reaction ({@link ConceptService}).
     */
    public Betrokkenheid mayReact(Klacht k) {
        Betrokkenheid as = toegang.require(k, KLAGER, AANGEKLAAGDE);
        KlachtProcedure.check(k, Stap.REAGEREN);
        if (!Correctietermijn.open(k.correctionsDueOn, today())) {
            throw ProblemException.unprocessable(Correctietermijn.VERSTREKEN, "Correction term ended",
                    "The parties could correct the fact overview until " + k.correctionsDueOn + "; that term has "
                            + "ended, and the commission now drafts its advice (art 12.1). Nothing was recorded.");
        }
        return as;
    }

    /** Art 12.3: the advice cannot be given in time; both parties are told, with a new reasonable term. */
    public Klacht newAdviceTerm(UUID caseId, KlachtInput.NieuweTermijn input) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, VOORZITTER, COMMISSIE, SECRETARIS);
        KlachtProcedure.check(k, Stap.NIEUWE_ADVIESTERMIJN);
        LocalDate today = today();
        if (!input.newDueOn().isAfter(today)) {
            throw ProblemException.invalidField("newDueOn", "a new term ends after today");
        }
        k.newAdviceDueOn = input.newDueOn();
        afsluiting.write(k, Stuk.Soort.NIEUWE_ADVIESTERMIJN, input.reasons(), caller.subject(), as, null);
        touched(k);
        termStep(k, "T4", null, "NIEUWE_TERMIJN", null, input.newDueOn());
        return k;
    }

    /**
     * Art 12.7: the sitting members vote; unanimous where possible, otherwise by majority with the minority
     * position stated; on a tie the chair's vote decides. Art 12.5: the hearing report is part of the advice
     * unless weighty reasons, stated, keep it out.
     */
    public Klacht adoptAdvice(UUID caseId, KlachtInput.Advies input) {
        Klacht k = toegang.load(caseId);
        toegang.require(k, VOORZITTER, COMMISSIE, SECRETARIS);
        KlachtProcedure.check(k, Stap.ADVIES_VASTSTELLEN);
        if (Correctietermijn.open(k.correctionsDueOn, today())) {
            List<String> waiting = Correctietermijn.stillToAnswer(k, Aangeklaagde.of(k.id), Stuk.of(k.id));
            if (!waiting.isEmpty()) {
                throw ProblemException.unprocessable(Correctietermijn.LOOPT, "Correction term still runs",
                        "The parties may correct the fact overview until " + k.correctionsDueOn + "; the commission "
                                + "adopts its advice after that term, unless every party answered or waived further "
                                + "corrections (art 12.1). Not yet answered: " + String.join(", ", waiting) + ".");
            }
        }
        List<Zetel> seats = Zetel.of(k.id);
        Set<UUID> sitting = seats.stream().filter(z -> z.seat != Zetel.Seat.UITGESLOTEN).map(z -> z.personId)
                .collect(Collectors.toSet());
        UUID chair = seats.stream().filter(z -> z.seat == Zetel.Seat.VOORZITTER).map(z -> z.personId).findFirst()
                .orElse(null);
        Map<UUID, Stem.Keuze> votes = new HashMap<>();
        input.votes().forEach(v -> votes.put(v.personId(), v.vote()));
        if (votes.size() != input.votes().size() || !votes.keySet().equals(sitting)) {
            throw ProblemException.invalidField("votes",
                    "every member sitting on the case votes once, and only they (art 12.7, 7.8)");
        }
        Stemming.Resultaat result = Stemming.tel(votes, chair);
        if (!result.adopted()) {
            throw ProblemException.unprocessable(KlachtProcedure.STEP_NOT_ALLOWED, "Advice not adopted",
                    "The draft advice has no majority (art 12.7; on a tie the chair's vote decides). Nothing was "
                            + "recorded; put another draft to the vote.");
        }
        if (result.needsMinorityPosition() && (input.minorityPosition() == null || input.minorityPosition().isBlank())) {
            throw ProblemException.invalidField("minorityPosition",
                    "an advice adopted by majority states the majority and minority positions (art 12.7)");
        }
        boolean omit = Boolean.TRUE.equals(input.omitHearingReport());
        if (omit && (input.weightyReasons() == null || input.weightyReasons().isBlank())) {
            throw ProblemException.invalidField("weightyReasons",
                    "the hearing report is part of the advice unless the weighty reasons are stated (art 12.5)");
        }
        KlachtProcedure.take(k, Stap.ADVIES_VASTSTELLEN);
        Stem.delete("klachtId", k.id);
        votes.forEach((person, keuze) -> {
            Stem s = new Stem();
            s.id = UUID.randomUUID();
            s.klachtId = k.id;
            s.personId = person;
            s.keuze = keuze;
            s.persist();
        });
        k.adviceNature = input.nature();
        k.adviceText = input.text();
        k.voteOutcome = result.uitkomst().name();
        k.minorityPosition = result.needsMinorityPosition() ? input.minorityPosition() : null;
        k.omitHearingReport = omit;
        k.weightyReasons = omit ? input.weightyReasons() : null;
        k.adviceAdoptedOn = today();
        touched(k);
        // the outcome only: who voted how and the minority position stay in the dossier
        events.publish(k, KlachtEventPayloads.StemmingVastgelegd.TYPE, new KlachtEventPayloads.StemmingVastgelegd(
                k.id, k.reference, k.tenantId, result.uitkomst().name(), k.adviceAdoptedOn));
        return k;
    }

    /** Art 12.5: signed by chair and secretary; once both signed it goes to each employer involved (art 12.2). */
    public Klacht signAdvice(UUID caseId) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, VOORZITTER, SECRETARIS);
        KlachtProcedure.take(k, Stap.ADVIES_ONDERTEKENEN);
        LocalDate today = today();
        if (as == VOORZITTER) {
            k.chairSignedOn = today;
        } else {
            k.secretarySignedOn = today;
            k.secretarySignedBy = caller.subject();
        }
        events.publish(k, KlachtEventPayloads.AdviesOndertekend.TYPE, new KlachtEventPayloads.AdviesOndertekend(
                k.id, k.reference, k.tenantId, as.name(), today));
        if (k.chairSignedOn != null && k.secretarySignedOn != null) {
            issue(k, today);
        }
        touched(k);
        return k;
    }

    private void issue(Klacht k, LocalDate today) {
        KlachtProcedure.take(k, Stap.ADVIES_UITBRENGEN);
        k.adviceIssuedOn = today;
        List<KlachtEventPayloads.Recipient> recipients = new ArrayList<>();
        Aangeklaagde.of(k.id).stream().map(a -> a.employerTenantId).distinct().sorted().forEach(employer -> {
            // domain.md §10.2: the advice reaches the decider confirmed at admissibility, never the organisation
            KlachtWerkgever w = beslissers.ofEmployer(k, employer).orElseThrow(() -> ProblemException.unprocessable(
                    BeslisserKeuze.GEEN_BESLISSER, "No decider for the employer", "Employer " + employer
                            + " has nobody to decide for it in this case; the commission names that person first"
                            + " (domain.md §10.2)."));
            w.adviceReceivedOn = today;
            recipients.add(new KlachtEventPayloads.Recipient(employer, w.recipientId));
        });
        events.publish(k, KlachtEventPayloads.AdviesUitgebracht.TYPE, new KlachtEventPayloads.AdviesUitgebracht(k.id,
                k.reference, k.tenantId, today, today, recipients));
    }

    /** Mediation (art 10.1, 11.1): it suspends the running commission term; it may end the case. */
    public Klacht mediation(UUID caseId, KlachtInput.Bemiddeling input) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, VOORZITTER, COMMISSIE, SECRETARIS);
        String term = k.admissible == null ? "T3" : "T4";
        switch (input.action()) {
            case "START" -> {
                KlachtProcedure.check(k, Stap.BEMIDDELING_STARTEN);
                if (k.mediationRunningSince != null) {
                    throw KlachtProcedure.refused(Stap.BEMIDDELING_STARTEN, "mediation runs since "
                            + k.mediationRunningSince);
                }
                k.mediationRunningSince = today();
                k.mediationConsentOn = null;
                k.mediationExplored = true;
                termStep(k, term, null, "OPSCHORTING", null, null);
            }
            case "MISLUKT" -> {
                KlachtProcedure.check(k, Stap.BEMIDDELING_MISLUKT);
                if (k.mediationRunningSince == null) {
                    throw KlachtProcedure.refused(Stap.BEMIDDELING_MISLUKT, "no mediation runs");
                }
                k.mediationRunningSince = null;
                k.mediationConsentOn = null;
                termStep(k, term, null, "HERVATTING", null, null);
            }
            default -> {
                KlachtProcedure.check(k, Stap.BEEINDIGEN_DOOR_BEMIDDELING);
                // art 11.1: "al dan niet na bemiddeling" — a mediation that runs, and the complainant agreed to end by it
                if (k.mediationRunningSince == null) {
                    throw KlachtProcedure.refused(Stap.BEEINDIGEN_DOOR_BEMIDDELING, "no mediation runs");
                }
                if (k.mediationConsentOn == null) {
                    throw ProblemException.unprocessable(INSTEMMING_ONTBREEKT, "Complainant's consent missing",
                            "A complaint ends by mediation only with the complainant's consent, which the "
                                    + "complainant records while this mediation runs (POST …/bemiddeling/instemming; "
                                    + "art 10.1, 11.1). Nothing was recorded.");
                }
                afsluiting.end(k, Stap.BEEINDIGEN_DOOR_BEMIDDELING, KlachtEinde.BEMIDDELING);
            }
        }
        if (input.note() != null && !input.note().isBlank()) {
            afsluiting.write(k, Stuk.Soort.BEMIDDELING, input.note(), caller.subject(), as, null);
        }
        touched(k);
        return k;
    }

    /**
     * Art 10.1, 11.1: the complainant records their consent to end the complaint by the mediation that runs; it lapses
     * when that mediation fails or another starts.
     */
    public Klacht consentToMediation(UUID caseId) {
        Klacht k = toegang.load(caseId);
        toegang.require(k, KLAGER);
        KlachtProcedure.check(k, Stap.BEMIDDELING_INSTEMMEN);
        if (k.mediationRunningSince == null) {
            throw KlachtProcedure.refused(Stap.BEMIDDELING_INSTEMMEN, "no mediation runs");
        }
        k.mediationConsentOn = today();
        touched(k);
        return k;
    }

    /** Decision (domain.md §5.10): the complainant may withdraw at any stage; the case closes. */
    public Klacht withdraw(UUID caseId, KlachtInput.OptioneleTekst input) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, KLAGER);
        KlachtProcedure.check(k, Stap.INTREKKEN);
        if (input != null && input.text() != null && !input.text().isBlank()) {
            afsluiting.write(k, Stuk.Soort.INTREKKING, input.text(), caller.subject(), as, null);
        }
        events.publish(k, KlachtEventPayloads.KlachtIngetrokken.TYPE,
                new KlachtEventPayloads.KlachtIngetrokken(k.id, k.reference, k.tenantId, today()));
        afsluiting.end(k, Stap.INTREKKEN, KlachtEinde.INGETROKKEN);
        return k;
    }

    /**
     * Art 12.4: from filing on, a request for temporary measures goes to the employer of the person it concerns,
     * who sees the case reference and the request only.
     */
    public TijdelijkeVoorziening requestTemporaryMeasures(UUID caseId, KlachtInput.TijdelijkeVoorzieningVerzoek input) {
        Klacht k = toegang.load(caseId);
        // art 12.4: the complainant, the accused and the commission may ask; the accused once linked to the case (10.3)
        toegang.require(k, KLAGER, AANGEKLAAGDE, VOORZITTER, COMMISSIE, SECRETARIS);
        KlachtProcedure.check(k, Stap.TIJDELIJKE_VOORZIENING_VRAGEN);
        String employer;
        if (input.concerns() == TijdelijkeVoorziening.Betreft.KLAGER) {
            employer = k.tenantId;
        } else {
            Aangeklaagde accused = Aangeklaagde.of(k.id).stream().filter(a -> a.id.equals(input.accusedId()))
                    .findFirst().orElseThrow(() -> ProblemException.invalidField("accusedId",
                            "name the accused of this complaint the measure concerns"));
            employer = accused.employerTenantId;
        }
        TijdelijkeVoorziening v = new TijdelijkeVoorziening();
        v.id = UUID.randomUUID();
        v.klachtId = k.id;
        v.employerTenantId = employer;
        v.concerns = input.concerns();
        v.accusedId = input.concerns() == TijdelijkeVoorziening.Betreft.AANGEKLAAGDE ? input.accusedId() : null;
        v.reason = input.reason();
        v.requestText = input.request();
        v.requestedOn = today();
        v.requestedBy = caller.subject();
        v.persist();
        // domain.md §10.2: the request reaches the employer's decider; before admissibility, or when the organisation
        // has none who is not a party, the commission names one (PUT …/beslissers/{employer}) and only then is it read
        beslissers.ofEmployer(k, employer);
        touched(k);
        events.publish(k, KlachtEventPayloads.TijdelijkeVoorzieningGevraagd.TYPE,
                new KlachtEventPayloads.TijdelijkeVoorzieningGevraagd(k.id, k.reference, k.tenantId, v.id,
                        v.requestedOn, employer));
        return v;
    }

    /** Domain.md §10.2: the commission confirms or names the person who decides for one employer of the case. */
    public KlachtWerkgever nameDecider(UUID caseId, String employerTenantId, KlachtInput.BeslisserBenoeming input) {
        Klacht k = toegang.load(caseId);
        toegang.require(k, VOORZITTER, COMMISSIE, SECRETARIS);
        if (k.ended()) {
            throw ProblemException.conflict("Case ended", "Nobody decides in a case that has ended.");
        }
        KlachtWerkgever w = beslissers.rename(k, employerTenantId, input.personId());
        touched(k);
        return w;
    }

    void termStep(Klacht k, String term, String employerTenantId, String action, Integer extensionDays,
            LocalDate newDueOn) {
        events.publish(k, KlachtEventPayloads.TermijnStap.TYPE, new KlachtEventPayloads.TermijnStap(k.id, k.reference,
                k.tenantId, UUID.randomUUID(), term, action, today(), extensionDays, newDueOn, employerTenantId));
    }

    private void pieceAdded(Klacht k, Stuk piece) {
        events.publish(k, KlachtEventPayloads.StukToegevoegd.TYPE, new KlachtEventPayloads.StukToegevoegd(k.id,
                k.reference, k.tenantId, piece.id, piece.kind.name(), piece.datedOn));
    }

    private void seat(Klacht k, UUID person, Zetel.Seat seat, String side, UUID replaces) {
        Zetel z = new Zetel();
        z.id = UUID.randomUUID();
        z.klachtId = k.id;
        z.personId = person;
        z.seat = seat;
        z.side = side;
        z.replacesId = replaces;
        z.persist();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void touched(Klacht k) {
        k.updatedAt = OffsetDateTime.now(clock);
    }
}
