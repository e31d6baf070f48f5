package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.onboarding.PersonKind;
import nl.tweedekamer.meldpunt.klacht.onboarding.RosterEntry;
import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/** The roster of the tenant the request acts for. */
@ApplicationScoped
@Transactional
public class RosterService {

    @Inject
    TenantService tenants;

    @Inject
    TenantSnapshotPublisher snapshots;

    @Inject
    ConfirmationRequests confirmationRequests;

    @Inject
    Clock clock;

    public RosterEntry add(String tenantId, RosterPerson person) {
        return addAll(tenantId, List.of(person)).get(0);
    }

    /** A list of new staff, added in one change of the tenant: one snapshot, one round of confirmation requests. */
    public List<RosterEntry> addAll(String tenantId, List<RosterPerson> people) {
        Tenant tenant = tenants.lockForChange(tenantId);
        List<RosterEntry> added = new ArrayList<>();
        for (RosterPerson person : people) {
            RosterEntry entry = new RosterEntry();
            entry.personId = UUID.randomUUID();
            entry.createdAt = OffsetDateTime.now(clock);
            apply(entry, person);
            entry.persist();
            added.add(entry);
        }
        confirmationRequests.askWhoMustConfirm(tenantId);
        tenant.changed();
        snapshots.publish(tenant);
        return added;
    }

    public RosterEntry update(String tenantId, UUID personId, RosterPerson person) {
        Tenant tenant = tenants.lockForChange(tenantId);
        RosterEntry entry = find(personId);
        apply(entry, person);
        confirmationRequests.askWhoMustConfirm(tenantId);
        tenant.changed();
        snapshots.publish(tenant);
        return entry;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RosterEntry> all() {
        return RosterEntry.list("order by name, personId");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RosterEntry find(UUID personId) {
        RosterEntry entry = RosterEntry.<RosterEntry>find("personId", personId).firstResult();
        if (entry == null) {
            throw ProblemException.notFound("Unknown person", "This organisation's roster has no person " + personId + ".");
        }
        return entry;
    }

    private void apply(RosterEntry entry, RosterPerson person) {
        if (person.to() != null && person.to().isBefore(person.from())) {
            throw ProblemException.invalidField("to", "cannot lie before 'from' (" + person.from() + ")");
        }
        String subject = person.subject() == null || person.subject().isBlank() ? null : person.subject().strip();
        if (subject != null && RosterEntry.count("subject = ?1 and personId <> ?2", subject, entry.personId) > 0) {
            throw ProblemException.conflict("Account already on the roster",
                    "Another person on this roster is already linked to that account.");
        }
        entry.name = person.name().strip();
        entry.workEmail = person.workEmail().strip();
        entry.subject = subject;
        entry.from = person.from();
        entry.to = person.to();
        entry.function = person.function() == null || person.function().isBlank() ? null : person.function().strip();
        entry.kind = person.kind() == null ? PersonKind.MEDEWERKER : person.kind();
    }
}
