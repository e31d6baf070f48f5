package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.event.KlachtEventPayloads;
import nl.tweedekamer.meldpunt.klacht.event.KlachtEvents;
import nl.tweedekamer.meldpunt.klacht.procedure.BekendeTermijn;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Concept;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtEinde;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure.Stap;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtWerkgever;
import nl.tweedekamer.meldpunt.klacht.procedure.Stuk;
import nl.tweedekamer.meldpunt.klacht.procedure.Verdaging;
import nl.tweedekamer.meldpunt.platform.security.Caller;

/** The employer involved decides on the advice (art 13, art 10.4) and may extend its term once or more (13.3). */
@ApplicationScoped
@Transactional
public class BesluitService {

    @Inject
    KlachtToegang toegang;

    @Inject
    KlachtAfsluiting afsluiting;

    @Inject
    BehandelingService behandeling;

    @Inject
    KlachtEvents events;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Art 13.3: at most 4 weeks in total, with written reasons to both parties, and only before the term lapsed;
     * the due date held against the request is termijn-service's, as klacht-service keeps a copy of it.
     */
    public Klacht extend(UUID caseId, KlachtInput.Verdaging input) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, Betrokkenheid.WERKGEVER);
        KlachtProcedure.check(k, Stap.VERDAGEN);
        KlachtWerkgever w = toegang.employerRow(k).orElseThrow();
        if (w.decidedOn != null) {
            throw KlachtProcedure.refused(Stap.VERDAGEN, "this employer decided on " + w.decidedOn);
        }
        if (!Verdaging.withinMaximum(w.extensionDays, input.days())) {
            throw KlachtProcedure.refused(Stap.VERDAGEN, "art 13.3", "the decision term is extended by at most "
                    + Verdaging.MAX_EXTENSION_DAYS_TOTAL + " days (4 weeks) in total; " + w.extensionDays
                    + " days were used, " + input.days() + " more would exceed it");
        }
        LocalDate today = LocalDate.now(clock);
        BekendeTermijn known = BekendeTermijn.of(k.id, "T5", w.employerTenantId);
        LocalDate due = Verdaging.dueOn(known == null ? null : known.dueOn, w.adviceReceivedOn, w.extensionDays);
        if (Verdaging.lapsed(due, today)) {
            throw KlachtProcedure.refused(Stap.VERDAGEN, "art 13.3",
                    "the decision term is extended before it lapses; it lapsed after " + due);
        }
        w.extensionDays += input.days();
        afsluiting.write(k, Stuk.Soort.VERDAGING, input.reasons(), caller.subject(), as, w.employerTenantId);
        k.updatedAt = OffsetDateTime.now(clock);
        events.publish(k, KlachtEventPayloads.BesluitVerdaagd.TYPE, new KlachtEventPayloads.BesluitVerdaagd(k.id,
                k.reference, k.tenantId, w.employerTenantId, today, input.days()));
        behandeling.termStep(k, "T5", w.employerTenantId, "VERLENGING", input.days(), null);
        return k;
    }

    /**
     * Art 13: the caller decides for an employer involved (domain.md §10.2) that has not decided yet; its row. Also
     * the rule for writing a draft of the decision ({@link ConceptService}).
     */
    public KlachtWerkgever mayDecide(Klacht k) {
        toegang.require(k, Betrokkenheid.WERKGEVER);
        KlachtProcedure.check(k, Stap.BESLUITEN);
        KlachtWerkgever w = toegang.employerRow(k).orElseThrow();
        if (w.decidedOn != null) {
            throw KlachtProcedure.refused(Stap.BESLUITEN, "this employer decided on " + w.decidedOn);
        }
        return w;
    }

    /** Art 13.1-13.2 (or 10.4): the employer decides and informs both parties; the case ends when all decided. */
    public Klacht decide(UUID caseId, KlachtInput.Tekst input) {
        Klacht k = toegang.load(caseId);
        KlachtWerkgever w = mayDecide(k);
        LocalDate today = LocalDate.now(clock);
        w.decidedOn = today;
        w.decisionText = input.text();
        afsluiting.write(k, Stuk.Soort.BESLUIT, input.text(), caller.subject(), Betrokkenheid.WERKGEVER,
                w.employerTenantId);
        Concept.discard(k.id, w.recipientId, Concept.Soort.BESLUIT);
        k.updatedAt = OffsetDateTime.now(clock);
        events.publish(k, KlachtEventPayloads.BesluitGenomen.TYPE, new KlachtEventPayloads.BesluitGenomen(k.id,
                k.reference, k.tenantId, w.employerTenantId, today));
        boolean allDecided = KlachtWerkgever.of(k.id).stream()
                .filter(e -> e.adviceReceivedOn != null).allMatch(e -> e.decidedOn != null);
        if (allDecided) {
            KlachtEinde einde = k.status == KlachtStatus.NIET_ONTVANKELIJK ? KlachtEinde.NIET_ONTVANKELIJK
                    : KlachtEinde.BESLUIT;
            afsluiting.end(k, Stap.EINDIGEN_NA_BESLUIT, einde);
        }
        return k;
    }
}
