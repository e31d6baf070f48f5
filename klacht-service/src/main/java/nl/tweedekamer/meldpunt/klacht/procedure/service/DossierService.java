package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.commissie.Appointee;
import nl.tweedekamer.meldpunt.klacht.commissie.service.CommissionComposition;
import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Datalek;
import nl.tweedekamer.meldpunt.klacht.procedure.Inzage;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.mapping.DossierMapper;
import nl.tweedekamer.meldpunt.klacht.procedure.mapping.KlachtViews;
import nl.tweedekamer.meldpunt.klacht.procedure.repository.CaseDirectory;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/** Reading a dossier: as whom, which parts, and the audit trail of every read by a person. */
@ApplicationScoped
@Transactional
public class DossierService {

    /** When a person reaches a case in several ways, the most personal one decides what they read. */
    private static final List<Betrokkenheid> PRECEDENCE = List.of(Betrokkenheid.KLAGER, Betrokkenheid.AANGEKLAAGDE,
            Betrokkenheid.VOORZITTER, Betrokkenheid.COMMISSIE, Betrokkenheid.SECRETARIS, Betrokkenheid.WERKGEVER);

    @Inject
    KlachtToegang toegang;

    @Inject
    CaseDirectory directory;

    @Inject
    Caller caller;

    @Inject
    DossierBewaring bewaring;

    @Inject
    CommissionComposition commission;

    public KlachtViews.Dossier read(UUID caseId) {
        Klacht klacht = toegang.load(caseId);
        List<Betrokkenheid> ways = toegang.of(klacht);
        Betrokkenheid as = PRECEDENCE.stream().filter(ways::contains).findFirst()
                .orElseThrow(() -> KlachtToegang.unknown(caseId));
        toegang.recordRead(klacht, as, "DOSSIER");
        return DossierMapper.view(klacht, as,
                as == Betrokkenheid.WERKGEVER ? toegang.employerRow(klacht).orElseThrow() : null,
                accusedEmployers(klacht, as), this::memberName)
                .withRetention(bewaring.forDossier(klacht, as));
    }

    /**
     * The case as the actor sees it after a step. The answer shows the dossier as much as a read does, so it is
     * recorded as one (domain.md §7: every access to a case is in its audit trail).
     */
    public KlachtViews.Dossier view(Klacht klacht) {
        List<Betrokkenheid> ways = toegang.of(klacht);
        Betrokkenheid as = PRECEDENCE.stream().filter(ways::contains).findFirst()
                .orElseThrow(() -> KlachtToegang.unknown(klacht.id));
        toegang.recordRead(klacht, as, "DOSSIER");
        return DossierMapper.view(klacht, as,
                as == Betrokkenheid.WERKGEVER ? toegang.employerRow(klacht).orElseThrow() : null,
                accusedEmployers(klacht, as), this::memberName)
                .withRetention(bewaring.forDossier(klacht, as));
    }

    /** The employers of the accused the caller is, when they read as accused. */
    private Set<String> accusedEmployers(Klacht klacht, Betrokkenheid as) {
        UUID me = toegang.person().orElse(null);
        if (as != Betrokkenheid.AANGEKLAAGDE || me == null) {
            return Set.of();
        }
        return Aangeklaagde.of(klacht.id).stream().filter(a -> me.equals(a.personId) && a.employerTenantId != null)
                .map(a -> a.employerTenantId).collect(Collectors.toSet());
    }

    /** The chair of the case inspects who read the dossier (domain.md §2); that read is recorded too. */
    public List<KlachtViews.Read> reads(UUID caseId) {
        Klacht klacht = toegang.load(caseId);
        Betrokkenheid as = toegang.require(klacht, Betrokkenheid.VOORZITTER);
        toegang.recordRead(klacht, as, "INZAGELOG");
        return Inzage.<Inzage>list("klachtId = ?1 order by readAt", klacht.id).stream()
                .map(r -> new KlachtViews.Read(r.personId, r.asParty, r.part, r.readAt)).toList();
    }

    /** Domain.md §10.3: the personal-data breaches recorded in the case (the chair); that read is recorded too. */
    public List<KlachtViews.Breach> breaches(UUID caseId) {
        Klacht klacht = toegang.load(caseId);
        Betrokkenheid as = toegang.require(klacht, Betrokkenheid.VOORZITTER);
        toegang.recordRead(klacht, as, "DATALEKKEN");
        return Datalek.of(klacht.id).stream().map(b -> new KlachtViews.Breach(b.accusedId, b.personId.toString(),
                b.reads, b.firstReadAt, b.lastReadAt, b.recordedOn)).toList();
    }

    /** The caller's worklist, through the cross-tenant queries that apply each role's rule. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<CaseDirectory.CaseRef> worklist() {
        Map<UUID, CaseDirectory.CaseRef> cases = new LinkedHashMap<>();
        UUID me = toegang.person().orElse(null);
        if (me == null) {
            return List.of();
        }
        if (toegang.servesAsMember() || toegang.servesAsSecretary()) {
            directory.forCommission(me).forEach(c -> cases.putIfAbsent(c.id(), c));
        }
        if (caller.hasRole(Roles.EMPLOYEE)) {
            directory.forParty(me).forEach(c -> cases.putIfAbsent(c.id(), c));
        }
        if (caller.hasRole(Roles.EMPLOYER) && caller.tenantId() != null) {
            directory.forEmployer(caller.tenantId(), me).forEach(c -> cases.putIfAbsent(c.id(), c));
        }
        return List.copyOf(cases.values());
    }

    /** The name of a person on the commission (art 11.4: the parties are told who sits), null when unknown. */
    private String memberName(UUID personId) {
        return commission.anyAppointmentOf(personId).map(Appointee::name).orElse(null);
    }
}
