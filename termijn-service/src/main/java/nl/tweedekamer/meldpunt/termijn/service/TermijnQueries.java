package nl.tweedekamer.meldpunt.termijn.service;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.termijn.Termijn;
import nl.tweedekamer.meldpunt.termijn.Termijn.State;
import nl.tweedekamer.meldpunt.termijn.TermijnRegel;

/**
 * The few queries that read terms for a person, each re-applying that role's rule (terms carry no tenant
 * discriminator, because the scheduler reads them all). Each role grants only its own rule, whatever other roles
 * the token holds. The commission sees the complaint terms T2–T5 of every tenant, and only while the token's
 * subject holds the matching seat today ({@link CommissieZetels}); an employer only the T5 terms where its tenant is
 * the employer involved, and only for the person who decides for it in that case (domain.md §10.2); a platform administrator only the appointment terms T7–T8, which carry no case content; a
 * vertrouwenspersoon only the T6 of its own files.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TermijnQueries {

    private static final List<State> RUNNING = List.of(State.OPEN, State.SUSPENDED, State.LAPSED);

    @Inject
    CommissieZetels seats;

    /** The running terms this caller may see, sorted by due date (a suspended term, without one, last). */
    public List<Termijn> running(Caller caller) {
        // the union of each role's own list: a role's rule never widens another's
        Map<UUID, Termijn> terms = new LinkedHashMap<>();
        if (seats.servesOnCommission(caller)) {
            Termijn.<Termijn>list("state in ?1 and soort in ?2", RUNNING, TermijnRegel.COMMISSION_VIEW)
                    .forEach(t -> terms.put(t.id, t));
        }
        if (caller.hasRole(Roles.EMPLOYER) && caller.tenantId() != null) {
            Termijn.<Termijn>list("state in ?1 and soort = ?2 and employerTenantId = ?3", RUNNING, TermijnRegel.T5,
                    caller.tenantId()).stream().filter(t -> namedRecipient(caller, t)).forEach(t -> terms.put(t.id, t));
        }
        if (caller.hasRole(Roles.PLATFORM_ADMIN)) {
            Termijn.<Termijn>list("state in ?1 and soort in ?2", RUNNING, List.of(TermijnRegel.T7, TermijnRegel.T8))
                    .forEach(t -> terms.put(t.id, t));
        }
        return terms.values().stream().sorted(BY_DUE_DATE).toList();
    }

    private static final Comparator<Termijn> BY_DUE_DATE = Comparator
            .comparing((Termijn t) -> t.dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(t -> t.caseReference, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Every term of a case (running and closed) this caller may see. */
    public List<Termijn> ofCase(Caller caller, UUID caseId) {
        return Termijn.ofCase(caseId).stream().filter(t -> maySee(caller, t)).toList();
    }

    public Optional<Termijn> one(Caller caller, UUID termId) {
        return Optional.ofNullable(Termijn.<Termijn>findById(termId)).filter(t -> maySee(caller, t));
    }

    /** Running commission terms for the calendar feed, by due date. */
    public List<Termijn> commissionCalendar() {
        return Termijn.list("state in ?1 and soort in ?2 and dueOn is not null order by dueOn", RUNNING,
                TermijnRegel.COMMISSION_VIEW);
    }

    boolean maySee(Caller caller, Termijn t) {
        if (TermijnRegel.COMMISSION_VIEW.contains(t.soort) && seats.servesOnCommission(caller)) {
            return true;
        }
        if (caller.hasRole(Roles.EMPLOYER) && t.soort == TermijnRegel.T5 && caller.tenantId() != null
                && caller.tenantId().equals(t.employerTenantId) && namedRecipient(caller, t)) {
            return true;
        }
        if (caller.hasRole(Roles.PLATFORM_ADMIN) && (t.soort == TermijnRegel.T7 || t.soort == TermijnRegel.T8)) {
            return true;
        }
        return caller.hasRole(Roles.VERTROUWENSPERSOON) && t.soort == TermijnRegel.T6 && t.personId != null
                && t.personId.toString().equals(caller.subject());
    }

    /**
     * domain.md §10.2: only the person who decides for the employer in the case reads its decision term, as in
     * klacht-service; a term without a named decider is read by no employer.
     */
    private static boolean namedRecipient(Caller caller, Termijn t) {
        return t.recipientId != null && t.recipientId.toString().equals(caller.subject());
    }
}
