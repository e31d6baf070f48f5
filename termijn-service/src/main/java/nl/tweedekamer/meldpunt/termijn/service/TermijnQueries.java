package nl.tweedekamer.meldpunt.termijn.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.termijn.Termijn;
import nl.tweedekamer.meldpunt.termijn.Termijn.State;
import nl.tweedekamer.meldpunt.termijn.TermijnRegel;

/**
 * The few queries that read terms for a person, each re-applying that role's rule (terms carry no tenant
 * discriminator, because the scheduler reads them all). The commission sees the complaint terms T2–T5 of every
 * tenant; an employer only the T5 terms where it is the employer involved; a platform administrator only the
 * appointment terms T7–T8, which carry no case content; a vertrouwenspersoon only the T6 of its own files.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TermijnQueries {

    private static final List<State> RUNNING = List.of(State.OPEN, State.SUSPENDED, State.LAPSED);

    /** The running terms this caller may see, sorted by due date (a suspended term, without one, last). */
    public List<Termijn> running(Caller caller) {
        if (isCommission(caller)) {
            return Termijn.list("state in ?1 and soort in ?2 order by dueOn, caseReference", RUNNING,
                    TermijnRegel.COMMISSION_VIEW);
        }
        if (caller.hasRole(Roles.EMPLOYER) && caller.tenantId() != null) {
            return Termijn.list("state in ?1 and soort = ?2 and employerTenantId = ?3 order by dueOn", RUNNING,
                    TermijnRegel.T5, caller.tenantId());
        }
        if (caller.hasRole(Roles.PLATFORM_ADMIN)) {
            return Termijn.list("state in ?1 and soort in ?2 order by dueOn", RUNNING,
                    List.of(TermijnRegel.T7, TermijnRegel.T8));
        }
        return List.of();
    }

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

    static boolean maySee(Caller caller, Termijn t) {
        if (isCommission(caller) && TermijnRegel.COMMISSION_VIEW.contains(t.soort)) {
            return true;
        }
        if (caller.hasRole(Roles.EMPLOYER) && t.soort == TermijnRegel.T5 && caller.tenantId() != null
                && caller.tenantId().equals(t.employerTenantId)) {
            return true;
        }
        if (caller.hasRole(Roles.PLATFORM_ADMIN) && (t.soort == TermijnRegel.T7 || t.soort == TermijnRegel.T8)) {
            return true;
        }
        return caller.hasRole(Roles.VERTROUWENSPERSOON) && t.soort == TermijnRegel.T6 && t.personId != null
                && t.personId.toString().equals(caller.subject());
    }

    private static boolean isCommission(Caller caller) {
        return caller.hasRole(Roles.COMMISSION_MEMBER) || caller.hasRole(Roles.COMMISSION_SECRETARY);
    }
}
