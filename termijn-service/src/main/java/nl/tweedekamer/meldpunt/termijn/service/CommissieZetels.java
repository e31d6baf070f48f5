package nl.tweedekamer.meldpunt.termijn.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.termijn.CommissieZetel;

/**
 * Whether a commission role of a token is backed by a seat today, exactly as klacht-service's
 * {@code CommissionComposition} decides it: the {@code commission-member} role needs a current chair, deputy chair,
 * member or deputy member seat, the {@code commission-secretary} role the current secretary's seat (token
 * {@code sub} = {@code personId}). A role without its seat grants nothing, also when the token holds the other one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommissieZetels {

    @Inject
    Clock clock;

    /** The token's commission-member role, held by a person who sits on the commission today (art 7.1). */
    public boolean servesAsMember(Caller caller) {
        return caller.hasRole(Roles.COMMISSION_MEMBER) && holds(caller, CommissieZetel::isMember);
    }

    /** The token's commission-secretary role, held by the commission's secretary of today (art 8). */
    public boolean servesAsSecretary(Caller caller) {
        return caller.hasRole(Roles.COMMISSION_SECRETARY) && holds(caller, CommissieZetel::isSecretary);
    }

    /** Either commission role, each backed by its own kind of seat. */
    public boolean servesOnCommission(Caller caller) {
        return servesAsMember(caller) || servesAsSecretary(caller);
    }

    /** Whether the person holds any seat today (a calendar feed answers only while its owner does). */
    public boolean holdsAnySeat(String personId) {
        return person(personId).filter(p -> holds(p, z -> true)).isPresent();
    }

    private boolean holds(Caller caller, Predicate<CommissieZetel> kind) {
        return person(caller.subject()).filter(p -> holds(p, kind)).isPresent();
    }

    private boolean holds(UUID personId, Predicate<CommissieZetel> kind) {
        LocalDate today = LocalDate.now(clock);
        return CommissieZetel.ofPerson(personId).stream().anyMatch(z -> kind.test(z) && z.heldOn(today));
    }

    private static Optional<UUID> person(String subject) {
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
