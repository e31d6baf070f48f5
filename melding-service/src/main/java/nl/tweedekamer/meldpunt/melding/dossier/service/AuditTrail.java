package nl.tweedekamer.meldpunt.melding.dossier.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.quarkus.panache.common.Parameters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.dossier.MeldingAudit;
import nl.tweedekamer.meldpunt.melding.dossier.Party;

/**
 * Appends to the audit trail, in the transaction of what it records (domain.md §7). It only ever inserts; on
 * PostgreSQL a trigger refuses any change or removal (db/vendor/postgresql). Reading it gives ids, roles, actions and
 * times only — a line carries no content to give.
 */
@ApplicationScoped
public class AuditTrail {

    /** One line as shown: no reference, no tenant, no content; a VP by their pseudonymous person id. */
    public record Entry(UUID id, UUID meldingId, OffsetDateTime occurredAt, MeldingAudit.Actor actor, String actorId,
            MeldingAudit.Action action) {

        static Entry of(MeldingAudit line) {
            return new Entry(line.id, line.meldingId, line.occurredAt, line.actor, line.actorId, line.action);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> of(UUID meldingId) {
        return MeldingAudit.<MeldingAudit>list("meldingId = ?1 order by occurredAt, id", meldingId).stream()
                .map(Entry::of).toList();
    }

    /**
     * The platform's view across meldingen, newest first, optionally for one melding id and a period. Reading it is
     * a read of each melding it shows: recorded once per melding, so its melder and VP see that it was looked at.
     */
    @Transactional
    public List<Entry> search(UUID meldingId, OffsetDateTime from, OffsetDateTime until, int limit,
            String administratorId) {
        StringBuilder query = new StringBuilder("occurredAt >= :from and occurredAt < :until");
        Parameters params = Parameters.with("from", from).and("until", until);
        if (meldingId != null) {
            query.append(" and meldingId = :meldingId");
            params.and("meldingId", meldingId);
        }
        List<Entry> found = MeldingAudit.<MeldingAudit>find(query + " order by occurredAt desc, id", params)
                .page(0, limit).list().stream().map(Entry::of).toList();
        Party reader = new Party(MeldingAudit.Actor.PLATFORM_BEHEERDER, administratorId);
        found.stream().map(Entry::meldingId).distinct()
                .forEach(id -> record(id, reader, MeldingAudit.Action.AUDIT_READ));
        return found;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID meldingId, Party party, MeldingAudit.Action action) {
        MeldingAudit line = new MeldingAudit();
        line.id = UUID.randomUUID();
        line.meldingId = meldingId;
        line.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        line.actor = party.actor();
        // pseudonymous ids of those who act for the organisation; never the melder's (their id is theirs alone)
        line.actorId = party.actor() == MeldingAudit.Actor.VERTROUWENSPERSOON
                || party.actor() == MeldingAudit.Actor.PLATFORM_BEHEERDER ? party.id() : null;
        line.action = action;
        line.persist();
    }
}
