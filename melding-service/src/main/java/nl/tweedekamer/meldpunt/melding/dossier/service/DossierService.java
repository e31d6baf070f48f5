package nl.tweedekamer.meldpunt.melding.dossier.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.crypto.EnvelopeEncryption;
import nl.tweedekamer.meldpunt.melding.crypto.ReporterLookup;
import nl.tweedekamer.meldpunt.melding.dossier.Bodies;
import nl.tweedekamer.meldpunt.melding.dossier.Identity;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingAudit.Action;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingBericht;
import nl.tweedekamer.meldpunt.melding.dossier.Party;
import nl.tweedekamer.meldpunt.melding.dossier.SealedFields;
import nl.tweedekamer.meldpunt.melding.dossier.Toestemming;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * The file of a melding (art 5, domain.md §4) between its two parties: reading it, its messages, the melder's
 * consents, its audit trail, and the named melder's address for the platform's services. Every step is taken by a
 * {@link Party} that the caller resolved first (token or receipt code); every read by a person is audited.
 */
@ApplicationScoped
@Transactional
public class DossierService {

    @Inject
    Dossiers dossiers;

    @Inject
    EnvelopeEncryption crypto;

    @Inject
    AuditTrail audit;

    @Inject
    ReporterLookup reporters;

    @Inject
    Clock clock;

    /** The melding read by its melder or VP: decrypted, and the read audited. */
    public MeldingDossier read(UUID meldingId, Function<Melding, Party> access) {
        Melding m = dossiers.find(meldingId);
        return dossiers.dossier(m, access.apply(m));
    }

    /**
     * The audit trail of one melding, for its two parties only (domain.md §2: the melder sees who read their file,
     * the VP their own file's trail); anyone else gets the same 404 as for the melding.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditTrail.Entry> trail(UUID meldingId, Function<Melding, Party> access) {
        access.apply(dossiers.find(meldingId));
        return audit.of(meldingId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeldingDossier.Summary> ofReporter(String subject) {
        return Dossiers.summaries(Melding.list("reporterLookup = ?1 order by receivedAt desc", reporters.of(subject)));
    }

    /**
     * The meldingen addressed to a VP: a pool VP's across tenants, a fractie's own VP's within its fractie
     * (their token's tenant) — no content, so nothing is audited.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeldingDossier.Summary> addressedTo(UUID vpPersonId, String vpTenantId) {
        List<Melding> pool = Vertrouwenspersoon.isOpen(VertrouwenspersoonKind.POOL, vpPersonId)
                ? Melding.list("vertrouwenspersoonId = ?1 and vertrouwenspersoonKind = ?2 order by receivedAt desc",
                        vpPersonId, VertrouwenspersoonKind.POOL)
                : List.of();
        List<Melding> own = vpTenantId != null && Vertrouwenspersoon.isOpen(VertrouwenspersoonKind.EIGEN, vpPersonId)
                ? Melding.list("vertrouwenspersoonId = ?1 and vertrouwenspersoonKind = ?2 and tenantId = ?3 "
                        + "order by receivedAt desc", vpPersonId, VertrouwenspersoonKind.EIGEN, vpTenantId)
                : List.of();
        return Dossiers.summaries(java.util.stream.Stream.concat(pool.stream(), own.stream()).toList());
    }

    public MeldingDossier.Message post(UUID meldingId, Function<Melding, Party> access, Bodies.Message body) {
        Melding m = dossiers.findForUpdate(meldingId);
        Party party = access.apply(m);
        Dossiers.requireOpen(m);
        MeldingBericht bericht = dossiers.message(m, party.isMelder() ? MeldingBericht.Afzender.MELDER
                : MeldingBericht.Afzender.VERTROUWENSPERSOON, body.text().strip(), false);
        audit.record(m.id, party, Action.MESSAGE_POSTED);
        return new MeldingDossier.Message(bericht.id, bericht.afzender.name(), bericht.postedAt, false,
                body.text().strip());
    }

    /** Only the melder records consent (art 5.3: "met voorafgaande instemming van de melder"). */
    public MeldingDossier.Consent giveConsent(UUID meldingId, Function<Melding, Party> access, Toestemming.Scope scope) {
        Melding m = dossiers.findForUpdate(meldingId);
        Party party = access.apply(m);
        Dossiers.requireMelder(party, "Only the melder gives consent.");
        Dossiers.requireOpen(m);
        Toestemming t = dossiers.activeConsent(m.id, scope).orElseGet(() -> {
            Toestemming n = new Toestemming();
            n.id = UUID.randomUUID();
            n.meldingId = m.id;
            n.scope = scope;
            n.givenAt = OffsetDateTime.now(clock);
            n.persist();
            audit.record(m.id, party, Action.CONSENT_GIVEN);
            return n;
        });
        return Dossiers.consent(t);
    }

    public MeldingDossier.Consent withdrawConsent(UUID meldingId, Function<Melding, Party> access,
            Toestemming.Scope scope) {
        Melding m = dossiers.findForUpdate(meldingId);
        Party party = access.apply(m);
        Dossiers.requireMelder(party, "Only the melder withdraws consent.");
        Toestemming t = dossiers.activeConsent(m.id, scope).orElseThrow(() -> ProblemException.notFound("No consent",
                "No consent of scope " + scope + " is in force for this melding."));
        t.withdrawnAt = OffsetDateTime.now(clock);
        audit.record(m.id, party, Action.CONSENT_WITHDRAWN);
        return Dossiers.consent(t);
    }

    /** The named melder's address, only when they asked to be emailed; the lookup is audited. */
    public Optional<String[]> reporterContact(UUID meldingId) {
        Melding m = Melding.findById(meldingId);
        if (m == null || m.anonymous || !m.emailWanted || m.identityCiphertext == null) {
            return Optional.empty();
        }
        Identity identity = dossiers.readIdentity(crypto.open(m.id, SealedFields.IDENTITY, m.identityCiphertext));
        if (identity.email() == null) {
            return Optional.empty();
        }
        audit.record(m.id, Party.SERVICE, Action.CONTACT_LOOKED_UP);
        return Optional.of(new String[] { crypto.open(m.id, SealedFields.SUBJECT, m.reporterSubjectCiphertext),
                identity.email() });
    }
}
