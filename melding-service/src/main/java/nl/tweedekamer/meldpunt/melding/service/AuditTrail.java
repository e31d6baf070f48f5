package nl.tweedekamer.meldpunt.melding.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.MeldingAudit;

/** Appends to the audit trail, in the transaction of what it records (domain.md §7). It only ever inserts. */
@ApplicationScoped
public class AuditTrail {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID meldingId, Party party, MeldingAudit.Action action) {
        MeldingAudit line = new MeldingAudit();
        line.id = UUID.randomUUID();
        line.meldingId = meldingId;
        line.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        line.actor = party.actor();
        line.actorId = party.actor() == MeldingAudit.Actor.VERTROUWENSPERSOON ? party.id() : null;
        line.action = action;
        line.persist();
    }
}
