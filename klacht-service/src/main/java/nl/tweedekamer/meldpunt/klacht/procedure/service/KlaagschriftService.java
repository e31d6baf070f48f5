package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

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
import nl.tweedekamer.meldpunt.klacht.procedure.Klaagschriftelement;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure.Stap;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus;
import nl.tweedekamer.meldpunt.platform.problem.Problem;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.tenant.TenantContext;

/** Drafts of a klaagschrift and its filing (art 9), by the complainant or, from paper, by the secretary. */
@ApplicationScoped
@Transactional
public class KlaagschriftService {

    private static final Logger LOG = Logger.getLogger(KlaagschriftService.class);

    /** A paper klaagschrift registered with a date of receipt after today (domain.md §10.6). */
    public static final String ONTVANGST_IN_TOEKOMST =
            "https://meldpunt.tweedekamer.nl/problems/ontvangstdatum-in-de-toekomst";

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
        // domain.md §10.8: a changed draft is no longer abandoned; a warning given before no longer holds
        klacht.draftWarnedOn = null;
        return klacht;
    }

    /**
     * Filing is the submission of the signed klaagschrift (domain.md §5.11), also when it lacks an element of art
     * 9.1 (domain.md §10.7): the commission sees what it lacks.
     */
    public Klacht file(UUID caseId, KlachtInput.Ondertekening signature) {
        Klacht klacht = toegang.load(caseId);
        toegang.require(klacht, Betrokkenheid.KLAGER);
        return accept(klacht, signature, null, LocalDate.now(clock));
    }

    /**
     * The secretary registers a klaagschrift received on paper, signed as on paper, complete or not. Domain.md
     * §10.6: its filing date is the day the secretary received it — for the declaration in force, T1 and T3.
     */
    public Klacht registerPaper(KlachtInput.Papier paper, String secretary) {
        LocalDate today = LocalDate.now(clock);
        if (paper.receivedOn().isAfter(today)) {
            throw new ProblemException(422, ONTVANGST_IN_TOEKOMST, "Datum van ontvangst ligt in de toekomst",
                    "Een klaagschrift op papier wordt ingeschreven op de dag waarop de secretaris het ontving; die dag "
                            + "kan niet na vandaag (" + today + ") liggen. Vul de werkelijke datum van ontvangst in.",
                    List.of(new Problem.FieldError("receivedOn", "ligt na vandaag; de ontvangstdatum is vandaag of "
                            + "eerder")));
        }
        Klacht klacht = draft(paper.complainantId() == null ? UUID.randomUUID() : paper.complainantId(),
                paper.klaagschrift(), null);
        return accept(klacht, paper.signature(), secretary, paper.receivedOn());
    }

    private Klacht accept(Klacht klacht, KlachtInput.Ondertekening signature, String registeredBy,
            LocalDate filedOn) {
        KlachtProcedure.check(klacht, Stap.INDIENEN);
        List<Aangeklaagde> accused = Aangeklaagde.of(klacht.id);
        reikwijdte.complainant(klacht.complainantId);
        requirePlausible(klacht, signature, filedOn);
        List<Klaagschriftelement> missing = Klaagschriftelement.missing(klacht, accused);
        UUID declaration = reikwijdte.check(klacht.tenantId, accused, filedOn);
        KlachtProcedure.take(klacht, Stap.INDIENEN);
        klacht.signedName = signature.name().strip();
        klacht.signedOn = signature.signedOn();
        klacht.filedOn = filedOn;
        klacht.registeredBy = registeredBy;
        klacht.declarationId = declaration;
        klacht.missingAtFiling = missing.isEmpty() ? null
                : missing.stream().map(Enum::name).collect(Collectors.joining(","));
        // art 10.1, domain.md §5.11: complete at filing when art 9.1 is met; otherwise once completion is answered
        klacht.completeOn = missing.isEmpty() ? filedOn : null;
        klacht.outsideOneYear = klacht.latestBehaviourOn != null
                && Jaartermijn.outside(klacht.latestBehaviourOn, filedOn);
        klacht.deciderIsParty = beslissers.complainantIsStandingDecider(klacht);
        klacht.reference = referenties.next(LocalDate.now(clock).getYear());
        klacht.draftWarnedOn = null;
        klacht.updatedAt = OffsetDateTime.now(clock);
        events.publish(klacht, KlaagschriftIngediend.TYPE, new KlaagschriftIngediend(klacht.id, klacht.reference,
                klacht.tenantId, declaration, klacht.complainantId,
                accused.stream().map(a -> a.employerTenantId).distinct().sorted().toList(), klacht.handoverId,
                filedOn, klacht.completeOn));
        LOG.infof("Klaagschrift filed as %s in tenant %s", klacht.reference, klacht.tenantId);
        return klacht;
    }

    /** Dates a klaagschrift may carry, complete or not: none after its filing (art 9.1.e for the signature). */
    private static void requirePlausible(Klacht k, KlachtInput.Ondertekening signature, LocalDate filedOn) {
        if (k.latestBehaviourOn != null && k.latestBehaviourOn.isAfter(filedOn)) {
            throw ProblemException.invalidField("latestBehaviourOn", "cannot lie after the filing date");
        }
        if (k.firstBehaviourOn != null && k.latestBehaviourOn != null
                && k.firstBehaviourOn.isAfter(k.latestBehaviourOn)) {
            throw ProblemException.invalidField("firstBehaviourOn", "cannot lie after latestBehaviourOn");
        }
        if (signature.signedOn().isAfter(filedOn)) {
            throw ProblemException.invalidField("signedOn", "the klaagschrift is dated on or before its filing date (art 9.1.e)");
        }
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
