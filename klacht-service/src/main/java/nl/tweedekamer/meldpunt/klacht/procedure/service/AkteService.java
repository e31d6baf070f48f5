package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Akte;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtWerkgever;
import nl.tweedekamer.meldpunt.klacht.procedure.Stuk;
import nl.tweedekamer.meldpunt.klacht.procedure.mapping.AkteWeergave;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * The written acts (art 9.4, 12.5, 13.2; 10.4) as their readers' printable copies: who receives which act, whether
 * it exists yet, and the audit trail of every copy taken.
 */
@ApplicationScoped
@Transactional
public class AkteService {

    /** The act exists for the case, but has not been drawn up yet. */
    public static final String NOG_NIET_OPGEMAAKT = "https://meldpunt.tweedekamer.nl/problems/akte-nog-niet-opgemaakt";

    @Inject
    KlachtToegang toegang;

    @Inject
    Clock clock;

    public AkteWeergave.Pagina print(UUID caseId, Akte akte) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, akte.readers());
        AkteWeergave.Lezer reader = new AkteWeergave.Lezer(as, toegang.person().orElse(null), ownEmployers(k, as));
        LocalDate today = LocalDate.now(clock);
        AkteWeergave.Pagina page = switch (akte) {
            case ONTVANGSTBEVESTIGING -> AkteWeergave.receipt(k, reader, receiptConfirmation(k), today);
            case ADVIES -> advice(k, reader, today);
            case BESLUIT -> AkteWeergave.decisions(k, reader, decisions(k, reader), today);
        };
        // only a copy handed out is a read; a refusal records nothing
        toegang.recordRead(k, as, akte.readPart());
        return page;
    }

    private String receiptConfirmation(Klacht k) {
        return Stuk.<Stuk>find("klachtId = ?1 and kind = ?2 order by createdAt", k.id, Stuk.Soort.ONTVANGSTBEVESTIGING)
                .firstResultOptional().map(s -> s.body).orElseThrow(() -> notYet("No confirmation of receipt yet",
                        "The secretary of the commission has not yet confirmed receipt of this klaagschrift in writing "
                                + "(art 9.4); its confirmation can be printed once it was sent."));
    }

    /**
     * Art 12.5: the advice is an act once chair and secretary signed it and it went to the employer; art 10.4: for an
     * inadmissible complaint the commission's reasons are its advice to the complainant's employer.
     */
    private AkteWeergave.Pagina advice(Klacht k, AkteWeergave.Lezer reader, LocalDate today) {
        if (Boolean.FALSE.equals(k.admissible)) {
            return AkteWeergave.inadmissibilityAdvice(k, reader, admissibilityReasons(k), today);
        }
        if (k.adviceIssuedOn == null) {
            throw notYet("No advice yet", "The commission's advice is a written act once it was adopted and signed by "
                    + "the chair and the secretary and went to the employer (art 12.5, 12.2); it has not been issued "
                    + "in this complaint yet.");
        }
        return AkteWeergave.advice(k, reader, today);
    }

    private String admissibilityReasons(Klacht k) {
        return Stuk.<Stuk>find("klachtId = ?1 and kind = ?2 order by createdAt desc", k.id,
                Stuk.Soort.ONTVANKELIJKHEIDSBESLISSING).firstResultOptional().map(s -> s.body)
                .orElseThrow(() -> notYet("No advice yet", "The commission has not yet decided on admissibility "
                        + "(art 10.4)."));
    }

    private List<AkteWeergave.Besluit> decisions(Klacht k, AkteWeergave.Lezer reader) {
        List<AkteWeergave.Besluit> decisions = KlachtWerkgever.of(k.id).stream()
                .filter(w -> w.decidedOn != null)
                .filter(w -> Akte.decisionReadBy(reader.as(), reader.ownEmployers(), w.employerTenantId))
                .map(w -> new AkteWeergave.Besluit(organisation(w.employerTenantId), w.adviceReceivedOn, w.decidedOn,
                        w.decisionText))
                .toList();
        if (decisions.isEmpty()) {
            throw notYet("No decision yet", "No employer has yet taken a decision in this complaint that you receive "
                    + "(art 13.1, 13.2: within 4 weeks of the advice, or later when the term was extended).");
        }
        return decisions;
    }

    /** The employers the reader belongs to in this case: an accused's own employers, or the employer reading. */
    private Set<String> ownEmployers(Klacht k, Betrokkenheid as) {
        if (as == Betrokkenheid.WERKGEVER) {
            return toegang.employerRow(k).map(w -> Set.of(w.employerTenantId)).orElse(Set.of());
        }
        UUID me = toegang.person().orElse(null);
        if (as != Betrokkenheid.AANGEKLAAGDE || me == null) {
            return Set.of();
        }
        return Aangeklaagde.of(k.id).stream().filter(a -> me.equals(a.personId) && a.employerTenantId != null)
                .map(a -> a.employerTenantId).collect(Collectors.toSet());
    }

    private static String organisation(String tenantId) {
        Tenant t = Tenant.findById(tenantId);
        return t == null ? tenantId : t.name;
    }

    private static ProblemException notYet(String title, String detail) {
        return new ProblemException(409, NOG_NIET_OPGEMAAKT, title, detail, null);
    }
}
