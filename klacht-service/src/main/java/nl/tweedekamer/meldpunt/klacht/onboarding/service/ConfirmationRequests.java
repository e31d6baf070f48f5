package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.onboarding.Confirmation;
import nl.tweedekamer.meldpunt.klacht.onboarding.ConfirmationRequest;
import nl.tweedekamer.meldpunt.klacht.onboarding.Declaration;
import nl.tweedekamer.meldpunt.klacht.onboarding.DeclarationHistory;
import nl.tweedekamer.meldpunt.klacht.onboarding.OnderschrijvingGevraagd;
import nl.tweedekamer.meldpunt.klacht.onboarding.RosterEntry;
import nl.tweedekamer.meldpunt.platform.event.EventPublisher;
import nl.tweedekamer.meldpunt.platform.event.Topics;

/**
 * Asks each person employed today who has not confirmed the declaration in force to confirm it (model letter,
 * seed 002 L1216-1240), by an event notificatie-service turns into an email. Each person is asked once per
 * declaration: a new version asks again, a repeated trigger does not.
 */
@ApplicationScoped
public class ConfirmationRequests {

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    /**
     * Call inside the transaction of the change that may have put someone in front of a declaration, or of the
     * daily round ({@link DailyConfirmationRequests}) for what a date brought: a declaration coming into force, an
     * employment starting. The request context's tenant must be {@code tenantId}.
     *
     * @return how many people were asked now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int askWhoMustConfirm(String tenantId) {
        LocalDate today = LocalDate.now(clock);
        return new DeclarationHistory(Declaration.listAll()).inForceOn(today)
                .map(declaration -> ask(tenantId, declaration, today)).orElse(0);
    }

    private int ask(String tenantId, Declaration declaration, LocalDate today) {
        Set<UUID> done = Confirmation.<Confirmation>list("declarationId", declaration.id).stream()
                .map(c -> c.personId).collect(Collectors.toSet());
        ConfirmationRequest.<ConfirmationRequest>list("declarationId", declaration.id)
                .forEach(r -> done.add(r.personId));
        List<RosterEntry> toAsk = RosterEntry.<RosterEntry>list("order by createdAt, personId").stream()
                .filter(p -> p.employedOn(today))
                .filter(p -> !done.contains(p.personId))
                .toList();
        toAsk.forEach(p -> {
            ConfirmationRequest request = new ConfirmationRequest();
            request.id = UUID.randomUUID();
            request.declarationId = declaration.id;
            request.personId = p.personId;
            request.requestedAt = OffsetDateTime.now(clock);
            request.persist();
            // keyed by person: one person's requests stay in order, as the commission's per-person events
            events.publish(Topics.KLACHT_EVENTS, p.personId.toString(), OnderschrijvingGevraagd.TYPE,
                    tenantId, declaration.id.toString(),
                    new OnderschrijvingGevraagd(tenantId, declaration.id, p.personId, today));
        });
        return toAsk.size();
    }
}
