package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.crypto.KlachtKeys;
import nl.tweedekamer.meldpunt.klacht.event.KlachtEventPayloads.KlaagschriftIngediend;
import nl.tweedekamer.meldpunt.klacht.event.KlachtEvents;
import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Jaartermijn;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure.Stap;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.tenant.TenantContext;

/** Drafts of a klaagschrift and its filing (art 9), by the complainant or, from paper, by the secretary. */
@ApplicationScoped
@Transactional
public class KlaagschriftService {

    private static final Logger LOG = Logger.getLogger(KlaagschriftService.class);

    @Inject
    KlachtToegang toegang;

    @Inject
    BeslisserKeuze beslissers;

    @Inject
    Reikwijdte reikwijdte;

    @Inject
    KlachtReferenties referenties;

    @Inject
    KlachtEvents events;

    @Inject
    Clock clock;

    @Inject
    TenantContext tenantContext;

    @Inject
    KlachtKeys keys;

    /** A new draft in the request's tenant (the complainant's own), for the complainant only. */
    public Klacht draft(UUID complainantId, KlachtInput.Klaagschrift content, UUID handoverId) {
        Klacht klacht = new Klacht();
        klacht.id = UUID.randomUUID();
        klacht.status = KlachtStatus.CONCEPT;
        klacht.complainantId = complainantId;
        klacht.handoverId = handoverId;
        klacht.createdAt = OffsetDateTime.now(clock);
        klacht.updatedAt = klacht.createdAt;
        klacht.tenantId = tenantContext.tenantId();
        // every name and text of the case is sealed with its own data key from the first word on
        keys.createDataKey(klacht.id, klacht.tenantId);
        apply(klacht, content == null ? empty() : content);
        klacht.persist();
        replaceAccused(klacht, content == null ? null : content.accused());
        return klacht;
    }

    public Klacht update(UUID caseId, KlachtInput.Klaagschrift content) {
        Klacht klacht = toegang.load(caseId);
        toegang.require(klacht, Betrokkenheid.KLAGER);
        KlachtProcedure.take(klacht, Stap.CONCEPT_BEWERKEN);
        apply(klacht, content);
        replaceAccused(klacht, content.accused());
        klacht.updatedAt = OffsetDateTime.now(clock);
        return klacht;
    }

    /** Filing is the submission of the signed klaagschrift (domain.md §5.11). */
    public Klacht file(UUID caseId, KlachtInput.Ondertekening signature) {
        Klacht klacht = toegang.load(caseId);
        toegang.require(klacht, Betrokkenheid.KLAGER);
        return accept(klacht, signature, null);
    }

    /** The secretary registers a klaagschrift received on paper; filed at once, signed as on paper. */
    public Klacht registerPaper(KlachtInput.Papier paper, String secretary) {
        Klacht klacht = draft(paper.complainantId() == null ? UUID.randomUUID() : paper.complainantId(),
                paper.klaagschrift(), null);
        return accept(klacht, paper.signature(), secretary);
    }

    private Klacht accept(Klacht klacht, KlachtInput.Ondertekening signature, String registeredBy) {
        KlachtProcedure.check(klacht, Stap.INDIENEN);
        LocalDate today = LocalDate.now(clock);
        List<Aangeklaagde> accused = Aangeklaagde.of(klacht.id);
        reikwijdte.complainant(klacht.complainantId);
        requireComplete(klacht, accused, signature, today);
        UUID declaration = reikwijdte.check(klacht.tenantId, accused, today);
        KlachtProcedure.take(klacht, Stap.INDIENEN);
        klacht.signedName = signature.name().strip();
        klacht.signedOn = signature.signedOn();
        klacht.filedOn = today;
        klacht.registeredBy = registeredBy;
        klacht.declarationId = declaration;
        klacht.outsideOneYear = Jaartermijn.outside(klacht.latestBehaviourOn, today);
        klacht.deciderIsParty = beslissers.complainantIsStandingDecider(klacht);
        klacht.reference = referenties.next(today.getYear());
        klacht.updatedAt = OffsetDateTime.now(clock);
        events.publish(klacht, KlaagschriftIngediend.TYPE, new KlaagschriftIngediend(klacht.id, klacht.reference,
                klacht.tenantId, declaration, klacht.complainantId,
                accused.stream().map(a -> a.employerTenantId).distinct().sorted().toList(), klacht.handoverId,
                today));
        LOG.infof("Klaagschrift filed as %s in tenant %s", klacht.reference, klacht.tenantId);
        return klacht;
    }

    /** Art 9.1: what a klaagschrift contains on pain of inadmissibility; witnesses only where there are any. */
    private static void requireComplete(Klacht k, List<Aangeklaagde> accused, KlachtInput.Ondertekening signature,
            LocalDate today) {
        List<String> missing = new ArrayList<>();
        if (k.category == null) {
            missing.add("category");
        }
        if (blank(k.behaviour)) {
            missing.add("behaviour");
        }
        if (blank(k.behaviourPlace)) {
            missing.add("place");
        }
        if (blank(k.behaviourWhen)) {
            missing.add("when");
        }
        if (k.latestBehaviourOn == null) {
            missing.add("latestBehaviourOn");
        }
        if (blank(k.complainantName)) {
            missing.add("complainant.name");
        }
        if (blank(k.complainantAddress)) {
            missing.add("complainant.address");
        }
        if (blank(k.complainantFunction)) {
            missing.add("complainant.function");
        }
        if (accused.isEmpty()) {
            missing.add("accused");
        }
        if (blank(k.stepsTaken)) {
            missing.add("stepsTaken");
        }
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest("Klaagschrift incomplete",
                    "A klaagschrift contains, on pain of inadmissibility (art 9.1): " + String.join(", ", missing)
                            + ". Complete the draft, then sign and file it.");
        }
        if (k.latestBehaviourOn.isAfter(today)) {
            throw ProblemException.invalidField("latestBehaviourOn", "cannot lie in the future");
        }
        if (k.firstBehaviourOn != null && k.firstBehaviourOn.isAfter(k.latestBehaviourOn)) {
            throw ProblemException.invalidField("firstBehaviourOn", "cannot lie after latestBehaviourOn");
        }
        if (signature.signedOn().isAfter(today)) {
            throw ProblemException.invalidField("signedOn", "the klaagschrift is dated today or earlier (art 9.1.e)");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static KlachtInput.Klaagschrift empty() {
        return new KlachtInput.Klaagschrift(null, null, null, null, null, null, null, null, null, null);
    }

    private static void apply(Klacht k, KlachtInput.Klaagschrift c) {
        k.category = c.category();
        k.behaviour = c.behaviour();
        k.behaviourPlace = c.place();
        k.behaviourWhen = c.when();
        k.firstBehaviourOn = c.firstBehaviourOn();
        k.latestBehaviourOn = c.latestBehaviourOn();
        k.witnesses = c.witnesses();
        k.complainantName = c.complainant() == null ? null : c.complainant().name();
        k.complainantAddress = c.complainant() == null ? null : c.complainant().address();
        k.complainantFunction = c.complainant() == null ? null : c.complainant().function();
        k.complainantEmail = c.complainant() == null ? null : c.complainant().email();
        k.stepsTaken = c.stepsTaken();
    }

    private static void replaceAccused(Klacht klacht, List<KlachtInput.Beschuldigde> accused) {
        Aangeklaagde.delete("klachtId", klacht.id);
        if (accused == null) {
            return;
        }
        int seq = 0;
        for (KlachtInput.Beschuldigde b : accused) {
            Aangeklaagde a = new Aangeklaagde();
            a.id = UUID.randomUUID();
            a.klachtId = klacht.id;
            a.seqNo = seq++;
            a.name = b.name().strip();
            a.functionTitle = b.function();
            a.relation = b.relation();
            a.employerTenantId = b.employerTenantId();
            a.persist();
        }
    }
}
