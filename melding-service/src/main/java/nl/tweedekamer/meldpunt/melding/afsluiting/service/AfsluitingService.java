package nl.tweedekamer.meldpunt.melding.afsluiting.service;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.melding.afsluiting.ClosureBody;
import nl.tweedekamer.meldpunt.melding.crypto.EnvelopeEncryption;
import nl.tweedekamer.meldpunt.melding.crypto.MeldingDataKey;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingAudit.Action;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingBericht;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingBijlage;
import nl.tweedekamer.meldpunt.melding.dossier.Party;
import nl.tweedekamer.meldpunt.melding.dossier.SealedFields;
import nl.tweedekamer.meldpunt.melding.dossier.Toestemming;
import nl.tweedekamer.meldpunt.melding.dossier.service.AuditTrail;
import nl.tweedekamer.meldpunt.melding.dossier.service.Dossiers;
import nl.tweedekamer.meldpunt.melding.dossier.service.MeldingDossier;
import nl.tweedekamer.meldpunt.melding.event.MeldingEvents;
import nl.tweedekamer.meldpunt.melding.intake.AnoniemeMailbox;
import nl.tweedekamer.meldpunt.melding.interventie.Interventie;
import nl.tweedekamer.meldpunt.platform.event.EventPublisher;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.tenantreplica.TenantReplica;

/**
 * The end of a file: the hand-over to the complaint track (overdracht), the closure (art 5.1.i) and the
 * destruction at the end of the retention term T6 (art 5.6).
 */
@ApplicationScoped
@Transactional
public class AfsluitingService {

    private static final Logger LOG = Logger.getLogger(AfsluitingService.class);

    @Inject
    Dossiers dossiers;

    @Inject
    EnvelopeEncryption crypto;

    @Inject
    EventPublisher events;

    @Inject
    AuditTrail audit;

    /**
     * Hand-over to the formal track (domain.md §4): a named melder's file only — a complaint can never be
     * anonymous (art 9.5.g) — and only with their recorded consent (art 5.3). klacht-service opens an empty
     * draft klaagschrift for the melder; the event carries only the hand-over id and their subject id.
     */
    public UUID handOver(UUID meldingId, Function<Melding, Party> access) {
        Melding m = dossiers.findForUpdate(meldingId);
        Party party = access.apply(m);
        Dossiers.requireVertrouwenspersoon(party,
                "The vertrouwenspersoon hands the file over, at the melder's request.");
        Dossiers.requireOpen(m);
        if (m.anonymous) {
            throw ProblemException.conflict("Anonymous melding",
                    "A complaint can never be anonymous (art 9.5.g); an anonymous melder files one with their name.");
        }
        if (m.handoverId != null) {
            throw ProblemException.conflict("Already handed over", "This file was handed over already.");
        }
        dossiers.requireConsent(m, Toestemming.Scope.OVERDRACHT_KLACHT);
        UUID reporter = reporterPersonId(crypto.open(m.id, SealedFields.SUBJECT, m.reporterSubjectCiphertext));
        m.handoverId = UUID.randomUUID();
        events.publish(Topics.MELDING_EVENTS, m.handoverId.toString(), MeldingEvents.OverdrachtNaarKlachtGevraagd.TYPE,
                m.tenantId, m.handoverId.toString(),
                new MeldingEvents.OverdrachtNaarKlachtGevraagd(m.handoverId, m.tenantId, reporter, dossiers.today()));
        audit.record(m.id, party, Action.HANDED_OVER);
        return m.handoverId;
    }

    /**
     * The event's {@code reporterId} is a person id (a UUID, asyncapi {@code PersonId}): klacht-service opens the
     * draft klaagschrift for that person. A melder whose sign-in subject is no UUID cannot be named so; the
     * hand-over is refused (409, nothing published) instead of publishing a raw subject klacht would pass over.
     */
    private static UUID reporterPersonId(String subject) {
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.conflict("Melder has no person id",
                    "The melder's sign-in has no platform person id (a UUID), which the complaint track needs to "
                            + "open their draft klaagschrift; the melder files the complaint themselves.");
        }
    }

    /**
     * Closure (art 5.1.i): the VP confirms in writing to the melder that the melding is handled and the file
     * closed; the confirmation is a message in the file. T6 (art 5.6) runs from here at termijn-service.
     */
    public MeldingDossier close(UUID meldingId, Function<Melding, Party> access, ClosureBody body) {
        Melding m = dossiers.findForUpdate(meldingId);
        Party party = access.apply(m);
        Dossiers.requireVertrouwenspersoon(party, "Only the vertrouwenspersoon closes the file.");
        Dossiers.requireOpen(m);
        dossiers.message(m, MeldingBericht.Afzender.VERTROUWENSPERSOON, body.confirmation().strip(), true);
        m.status = Melding.Status.GESLOTEN;
        m.closedOn = dossiers.today();
        m.uitkomst = body.outcome();
        dossiers.publish(m, MeldingEvents.DossierGesloten.TYPE, MeldingEvents.DossierGesloten.of(m));
        audit.record(m.id, party, Action.CLOSED);
        return dossiers.dossier(m, party);
    }

    /**
     * Notes the destruction day termijn-service computed for a file's T6, so that its VP and melder see it. The
     * computation stays termijn-service's (art 5.6 with Atw art 4); a later one (a complaint that followed) replaces it.
     */
    public void noteDestructionDue(UUID meldingId, LocalDate dueOn) {
        Melding m = Melding.findById(meldingId);
        if (m != null) {
            m.destructionDueOn = dueOn;
        }
    }

    /**
     * Destruction at the end of T6 (art 5.6): content, messages, consents, interventions, the mailbox and the
     * data key go; the audit trail records only that it happened. A melding already gone changes nothing.
     *
     * @return whether a file was destroyed
     */
    public boolean destroy(UUID meldingId) {
        Melding m = Melding.findById(meldingId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            return false;
        }
        if (m.isOpen()) {
            // T6 runs only from a closure: a lapse for an open file is not this file's, and destroys nothing
            LOG.warnf("T6 lapse for melding %s passed over: its file is open", meldingId);
            return false;
        }
        String reference = m.reference;
        String tenantId = m.tenantId;
        MeldingBericht.delete("meldingId", m.id);
        MeldingBijlage.delete("meldingId", m.id);
        Toestemming.delete("meldingId", m.id);
        Interventie.delete("meldingId", m.id);
        AnoniemeMailbox.delete("meldingId", m.id);
        crypto.destroyDataKey(m.id);
        m.delete();
        // the last melding of an offboarded tenant takes the tenant's key with it
        TenantReplica tenant = TenantReplica.findById(tenantId);
        if (tenant != null && "OFFBOARDED".equals(tenant.status)) {
            MeldingDataKey.flush();
            crypto.retireTenantKeyIfUnused(tenantId);
        }
        audit.record(meldingId, Party.SYSTEEM, Action.DESTROYED);
        events.publish(Topics.MELDING_EVENTS, meldingId.toString(), MeldingEvents.DossierVernietigd.TYPE, tenantId,
                reference, new MeldingEvents.DossierVernietigd(meldingId, reference, tenantId, dossiers.today()));
        return true;
    }
}
