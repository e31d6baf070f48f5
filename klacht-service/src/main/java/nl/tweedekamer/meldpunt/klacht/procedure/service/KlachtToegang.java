package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.commissie.service.CommissionComposition;
import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Bezwaar;
import nl.tweedekamer.meldpunt.klacht.procedure.Inzage;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtWerkgever;
import nl.tweedekamer.meldpunt.klacht.procedure.Zetel;
import nl.tweedekamer.meldpunt.klacht.procedure.repository.CaseDirectory;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantContext;

/**
 * Who may reach a complaint, and as whom (domain.md §2): commission members and secretary every filed complaint
 * except a member replaced in it (art 7.8) — and only while they hold that seat on the commission today (art 6.2,
 * 7.2, 8): a commission role in the token alone is not enough; an employer only where it is the employer involved and from the
 * advice on, and only the person who decides for it in this case (domain.md §10.2); complainant and accused their own case by their personal identity,
 * whatever their tenant; nobody else. Anyone else gets the answer an unknown case gets.
 */
@RequestScoped
public class KlachtToegang {

    @Inject
    Caller caller;

    @Inject
    TenantContext tenantContext;

    @Inject
    CaseDirectory directory;

    @Inject
    CommissionComposition composition;

    @Inject
    Clock clock;

    /**
     * Makes the case's tenant the request's tenant. Call before the request's session opens: the
     * session takes its tenant when it opens.
     */
    public void enter(UUID caseId) {
        String tenant = directory.tenantOf(caseId).orElseThrow(() -> unknown(caseId));
        tenantContext.set(tenant);
    }

    /** The caller's pseudonymous person id, or empty when their token's subject is none. */
    public Optional<UUID> person() {
        try {
            return Optional.of(UUID.fromString(caller.subject()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public UUID requirePerson() {
        return person().orElseThrow(() -> ProblemException.badRequest("No person id",
                "Your account carries no pseudonymous person id (the token's subject must be a UUID)."));
    }

    /**
     * The token's commission-member role, held by a person who sits on the commission today (chair, deputy chair,
     * member or deputy member, art 7.1): a former or not yet serving member reads nothing, even with the role.
     */
    public boolean servesAsMember() {
        return caller.hasRole(Roles.COMMISSION_MEMBER)
                && person().filter(composition::isCurrentMember).isPresent();
    }

    /** The token's commission-secretary role, held by the commission's secretary of today (art 8). */
    public boolean servesAsSecretary() {
        return caller.hasRole(Roles.COMMISSION_SECRETARY)
                && person().filter(composition::isCurrentSecretary).isPresent();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Klacht load(UUID caseId) {
        // a query, not a load by id: queries carry the tenant discriminator
        Klacht klacht = Klacht.<Klacht>find("id", caseId).firstResult();
        if (klacht == null) {
            throw unknown(caseId);
        }
        return klacht;
    }

    /** Every way the caller reaches this case; empty when they may not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Betrokkenheid> of(Klacht klacht) {
        UUID me = person().orElse(null);
        Set<String> roles = caller.roles();
        java.util.ArrayList<Betrokkenheid> ways = new java.util.ArrayList<>();
        if (me != null && roles.contains(Roles.EMPLOYEE)) {
            if (me.equals(klacht.complainantId)) {
                ways.add(Betrokkenheid.KLAGER);
            }
            // the accused is linked on admissibility and from then on receives a copy (art 10.3)
            if (Boolean.TRUE.equals(klacht.admissible)
                    && Aangeklaagde.of(klacht.id).stream().anyMatch(a -> me.equals(a.personId))) {
                ways.add(Betrokkenheid.AANGEKLAAGDE);
            }
        }
        if (klacht.filed()) {
            List<Zetel> seats = Zetel.of(klacht.id);
            // art 7.8: replaced as involved, or a possible involvement recorded and not yet decided: nothing of the case
            boolean excluded = me != null && (seats.stream()
                    .anyMatch(z -> z.seat == Zetel.Seat.UITGESLOTEN && me.equals(z.personId))
                    || Bezwaar.of(klacht.id).stream().anyMatch(b -> b.open() && me.equals(b.memberId)));
            if (servesAsMember() && !excluded) {
                boolean chair = me != null && seats.stream()
                        .anyMatch(z -> z.seat == Zetel.Seat.VOORZITTER && me.equals(z.personId));
                ways.add(chair ? Betrokkenheid.VOORZITTER : Betrokkenheid.COMMISSIE);
            }
            if (servesAsSecretary()) {
                ways.add(Betrokkenheid.SECRETARIS);
            }
        }
        if (roles.contains(Roles.EMPLOYER) && employerRow(klacht).isPresent()) {
            ways.add(Betrokkenheid.WERKGEVER);
        }
        return ways;
    }

    /** The involvement the caller acts as, among those the action allows; otherwise the case does not exist for them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Betrokkenheid require(Klacht klacht, Betrokkenheid... allowed) {
        List<Betrokkenheid> ways = of(klacht);
        List<Betrokkenheid> wanted = Arrays.asList(allowed);
        return ways.stream().filter(wanted::contains).findFirst().orElseThrow(() -> ways.isEmpty()
                ? unknown(klacht.id)
                : new ProblemException(403, null, "Forbidden",
                        "You reach this complaint as " + ways + ", which does not allow this action.", null));
    }

    /** The caller's employer involvement: their tenant is an employer involved, and they decide for it (§10.2). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<KlachtWerkgever> employerRow(Klacht klacht) {
        String tenant = caller.tenantId();
        UUID me = person().orElse(null);
        return KlachtWerkgever.of(klacht.id).stream()
                .filter(w -> w.adviceReceivedOn != null && w.employerTenantId.equals(tenant))
                .filter(w -> w.recipientId != null && w.recipientId.equals(me))
                .findFirst();
    }

    /** Append-only audit trail of every read of a dossier by a person (domain.md §7). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRead(Klacht klacht, Betrokkenheid as, String part) {
        if (klacht.status == KlachtStatus.CONCEPT) {
            return; // a draft is the complainant's own text, not yet a dossier
        }
        Inzage read = new Inzage();
        read.id = UUID.randomUUID();
        read.klachtId = klacht.id;
        read.personId = caller.subject();
        read.asParty = as.name();
        read.part = part;
        read.readAt = OffsetDateTime.now(clock);
        read.persist();
    }

    public static ProblemException unknown(UUID caseId) {
        return ProblemException.notFound("Unknown complaint",
                "There is no complaint " + caseId + " that you may access.");
    }
}
