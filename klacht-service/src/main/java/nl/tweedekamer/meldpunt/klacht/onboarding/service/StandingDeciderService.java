package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.onboarding.PersonKind;
import nl.tweedekamer.meldpunt.klacht.onboarding.RosterEntry;
import nl.tweedekamer.meldpunt.klacht.onboarding.StandingDecider;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;

/**
 * Domain.md §10.2: the fractie administrator names the organisation's standing decider and a deputy, two different
 * people of its own roster, employed today, who sign in with a pseudonymous id (the employer role itself comes with
 * their login: without it they read nothing as employer).
 */
@ApplicationScoped
@Transactional
public class StandingDeciderService {

    private static final Logger LOG = Logger.getLogger(StandingDeciderService.class);

    /** The decider and deputy named by their login (the roster's {@code subject}) or their roster id. */
    public record Naming(@NotNull UUID deciderId, @NotNull UUID deputyId) {
    }

    /** A standing decider with the names the fractie administrator sees on their own roster. */
    public record Named(StandingDecider decider, RosterEntry deciderEntry, RosterEntry deputyEntry) {
    }

    @Inject
    TenantService tenants;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public Named name(String tenantId, Naming naming) {
        tenants.lockForChange(tenantId);
        LocalDate today = LocalDate.now(clock);
        RosterEntry decider = eligible("deciderId", naming.deciderId(), today);
        RosterEntry deputy = eligible("deputyId", naming.deputyId(), today);
        if (decider.personId.equals(deputy.personId)) {
            throw ProblemException.invalidField("deputyId", "the deputy is another person than the decider");
        }
        StandingDecider d = StandingDecider.<StandingDecider>findByIdOptional(tenantId).orElseGet(() -> {
            StandingDecider fresh = new StandingDecider();
            fresh.tenantId = tenantId;
            return fresh;
        });
        d.deciderId = UUID.fromString(decider.subject);
        d.deputyId = UUID.fromString(deputy.subject);
        d.namedOn = today;
        d.namedBy = caller.subject();
        d.persist();
        LOG.infof("Standing decider of tenant %s named", tenantId);
        return new Named(d, decider, deputy);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Named> of(String tenantId) {
        return StandingDecider.of(tenantId).map(d -> new Named(d, byLogin(d.deciderId), byLogin(d.deputyId)));
    }

    private RosterEntry eligible(String field, UUID id, LocalDate today) {
        RosterEntry entry = byLogin(id);
        if (entry == null) {
            throw ProblemException.unprocessable(RosterEntry.NIET_OP_ROOSTER, "Not on the roster", "The decider and deputy are"
                    + " people of the organisation's own roster (domain.md §10.2); " + field + " " + id + " is not on it.");
        }
        if (!entry.employedOn(today)) {
            throw ProblemException.invalidField(field, "this person is not employed by the organisation today");
        }
        if (entry.kind == PersonKind.EXTERN) {
            throw ProblemException.invalidField(field, "an external person does not decide as the employer");
        }
        if (!isPseudonymousId(entry.subject)) {
            throw ProblemException.invalidField(field, "this person has no login with a pseudonymous id on the roster"
                    + " (its subject), so they could not sign in to decide");
        }
        return entry;
    }

    /** The roster entry (of the request's tenant) with this login or roster id. */
    private static RosterEntry byLogin(UUID id) {
        return RosterEntry.<RosterEntry>find("subject = ?1 or personId = ?2", id.toString(), id).firstResult();
    }

    private static boolean isPseudonymousId(String subject) {
        try {
            return subject != null && UUID.fromString(subject) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
