package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.onboarding.Confirmation;
import nl.tweedekamer.meldpunt.klacht.onboarding.Declaration;
import nl.tweedekamer.meldpunt.klacht.onboarding.DeclarationHistory;
import nl.tweedekamer.meldpunt.klacht.onboarding.RosterEntry;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Each person on the roster is asked to confirm ("onderschrijven") the declaration in force, and again
 * for each new version (model letter, seed 002 L1216-1240). Confirmation never blocks reporting or filing.
 */
@ApplicationScoped
@Transactional
public class ConfirmationService {

    @Inject
    DeclarationService declarations;

    @Inject
    Clock clock;

    public record Result(Confirmation confirmation, boolean created) {
    }

    public record Status(Declaration declaration, List<PersonStatus> persons) {
    }

    public record PersonStatus(RosterEntry person, Optional<Confirmation> confirmation) {
    }

    public record Request(Declaration declaration, Optional<Confirmation> confirmation) {
    }

    /** What the caller is asked to confirm now: the declaration in force, and whether they did. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Request requestFor(String subject) {
        RosterEntry person = onRoster(subject);
        Declaration declaration = declarations.history().inForceOn(LocalDate.now(clock))
                .orElseThrow(() -> ProblemException.notFound("No declaration in force",
                        "There is no declaration in force today to confirm."));
        return new Request(declaration, Confirmation
                .find("declarationId = ?1 and personId = ?2", declaration.id, person.personId).firstResultOptional());
    }

    /** The person is the caller: found on the roster by the token's subject. Confirming twice changes nothing. */
    public Result confirm(UUID declarationId, String subject) {
        RosterEntry person = onRoster(subject);
        Declaration declaration = declarations.find(declarationId);
        LocalDate today = LocalDate.now(clock);
        DeclarationHistory.Standing standing = declarations.history().standingOn(declaration, today);
        if (standing == DeclarationHistory.Standing.SUPERSEDED || standing == DeclarationHistory.Standing.WITHDRAWN) {
            throw ProblemException.conflict("Declaration no longer in force",
                    "This declaration is " + standing.name().toLowerCase() + "; confirm the one in force instead.");
        }
        Optional<Confirmation> existing = Confirmation
                .find("declarationId = ?1 and personId = ?2", declarationId, person.personId).firstResultOptional();
        if (existing.isPresent()) {
            return new Result(existing.get(), false);
        }
        Confirmation confirmation = new Confirmation();
        confirmation.id = UUID.randomUUID();
        confirmation.declarationId = declarationId;
        confirmation.personId = person.personId;
        confirmation.confirmedAt = OffsetDateTime.now(clock);
        confirmation.persist();
        return new Result(confirmation, true);
    }

    /**
     * Whether the person still has to confirm the declaration: it has not been superseded or withdrawn, and they did
     * not confirm it yet. Asked at the moment a reminder would leave, so nobody is asked twice.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean stillToConfirm(UUID declarationId, UUID personId) {
        Declaration declaration = Declaration.findById(declarationId);
        if (declaration == null) {
            return false;
        }
        DeclarationHistory.Standing standing = declarations.history().standingOn(declaration, LocalDate.now(clock));
        return standing != DeclarationHistory.Standing.SUPERSEDED && standing != DeclarationHistory.Standing.WITHDRAWN
                && Confirmation.count("declarationId = ?1 and personId = ?2", declarationId, personId) == 0;
    }

    private static RosterEntry onRoster(String subject) {
        RosterEntry person = RosterEntry.<RosterEntry>find("subject", subject).firstResult();
        if (person == null) {
            throw new ProblemException(403, null, "Not on the roster",
                    "Your account is not on this organisation's roster; ask your fractie administrator to add you.",
                    null);
        }
        return person;
    }

    /** Who has and who has not confirmed the declaration in force today, among staff employed today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Status> statusOfDeclarationInForce() {
        LocalDate today = LocalDate.now(clock);
        return declarations.history().inForceOn(today).map(declaration -> {
            Map<UUID, Confirmation> confirmed = Confirmation.<Confirmation>list("declarationId", declaration.id)
                    .stream().collect(Collectors.toMap(c -> c.personId, Function.identity()));
            List<PersonStatus> persons = RosterEntry.<RosterEntry>list("order by name, personId").stream()
                    .filter(p -> p.employedOn(today))
                    .map(p -> new PersonStatus(p, Optional.ofNullable(confirmed.get(p.personId))))
                    .toList();
            return new Status(declaration, persons);
        });
    }
}
