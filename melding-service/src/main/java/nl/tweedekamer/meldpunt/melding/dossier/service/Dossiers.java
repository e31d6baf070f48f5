package nl.tweedekamer.meldpunt.melding.dossier.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import nl.tweedekamer.meldpunt.melding.crypto.EnvelopeEncryption;
import nl.tweedekamer.meldpunt.melding.dossier.Identity;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingAudit;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingBericht;
import nl.tweedekamer.meldpunt.melding.dossier.Party;
import nl.tweedekamer.meldpunt.melding.dossier.SealedFields;
import nl.tweedekamer.meldpunt.melding.dossier.Toestemming;
import nl.tweedekamer.meldpunt.melding.event.MeldingEvents;
import nl.tweedekamer.meldpunt.melding.interventie.Interventie;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.platform.event.EventPublisher;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * What every step on a melding shares, whichever feature takes it: finding the melding, who may act and when, the
 * melder's consent in force, a message in the file, the file as its reader sees it, and its events. It has no
 * transaction of its own: it runs in the step's.
 */
@ApplicationScoped
public class Dossiers {

    @Inject
    EnvelopeEncryption crypto;

    @Inject
    EventPublisher events;

    @Inject
    ObjectMapper json;

    @Inject
    Bijlagen bijlagen;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public Melding find(UUID id) {
        Melding m = Melding.findById(id);
        if (m == null) {
            throw MeldingAccess.notFound(id);
        }
        return m;
    }

    public Melding findForUpdate(UUID id) {
        Melding m = Melding.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw MeldingAccess.notFound(id);
        }
        return m;
    }

    public static void requireOpen(Melding m) {
        if (!m.isOpen()) {
            throw ProblemException.conflict("File closed",
                    "This melding's file was closed on " + m.closedOn + " (art 5.1.i); nothing more is added to it.");
        }
    }

    public static void requireMelder(Party party, String why) {
        if (!party.isMelder()) {
            throw new ProblemException(403, null, "Forbidden", why, null);
        }
    }

    public static void requireVertrouwenspersoon(Party party, String why) {
        if (!party.isVertrouwenspersoon()) {
            throw new ProblemException(403, null, "Forbidden", why, null);
        }
    }

    /** Art 5.3: a step that involves a third party needs the melder's consent in force (else 409). */
    public Toestemming requireConsent(Melding m, Toestemming.Scope scope) {
        return activeConsent(m.id, scope).orElseThrow(() -> ProblemException.conflict("No consent of the melder",
                "Art 5.3: the vertrouwenspersoon acts only with the melder's prior consent; no consent to "
                        + scope + " is recorded for this melding."));
    }

    public Optional<Toestemming> activeConsent(UUID meldingId, Toestemming.Scope scope) {
        return Toestemming.<Toestemming>find("meldingId = ?1 and scope = ?2 and withdrawnAt is null", meldingId, scope)
                .firstResultOptional();
    }

    /** A message in the file, encrypted; any but the closure confirmation is announced. */
    public MeldingBericht message(Melding m, MeldingBericht.Afzender from, String text, boolean closure) {
        MeldingBericht b = new MeldingBericht();
        b.id = UUID.randomUUID();
        b.meldingId = m.id;
        b.afzender = from;
        b.postedAt = OffsetDateTime.now(clock);
        b.closure = closure;
        b.bodyCiphertext = crypto.seal(m.id, SealedFields.MESSAGE + b.id, text);
        b.persist();
        if (!closure) {
            publish(m, MeldingEvents.BerichtGeplaatst.TYPE, new MeldingEvents.BerichtGeplaatst(m.id, m.reference,
                    m.tenantId, b.id, m.vertrouwenspersoonId, m.vertrouwenspersoonKind, from.name(), b.postedAt));
        }
        return b;
    }

    /**
     * The file as its melder or VP reads it, decrypted; interventions and hours only for the VP. Every answer that
     * carries it is a read and is audited here, also when a write (the closure) answers with it.
     */
    public MeldingDossier dossier(Melding m, Party party) {
        audit.record(m.id, party, MeldingAudit.Action.READ);
        boolean vp = party.isVertrouwenspersoon();
        List<MeldingDossier.Message> messages = MeldingBericht.<MeldingBericht>list("meldingId = ?1 order by postedAt",
                m.id).stream().map(b -> new MeldingDossier.Message(b.id, b.afzender.name(), b.postedAt, b.closure,
                        crypto.open(m.id, SealedFields.MESSAGE + b.id, b.bodyCiphertext))).toList();
        List<MeldingDossier.Consent> consents = Toestemming.<Toestemming>list("meldingId = ?1 order by givenAt", m.id)
                .stream().map(Dossiers::consent).toList();
        List<Interventie> interventies = vp ? Interventie.list("meldingId = ?1 order by recordedOn, id", m.id)
                : List.of();
        BigDecimal hours = interventies.stream().map(i -> i.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        Identity identity = m.identityCiphertext == null ? null
                : readIdentity(crypto.open(m.id, SealedFields.IDENTITY, m.identityCiphertext));
        return new MeldingDossier(m.id, m.reference, m.tenantId, m.status.name(), m.anonymous, m.soort.name(),
                name(m.categorie), name(m.relatie), m.afdeling,
                crypto.open(m.id, SealedFields.DESCRIPTION, m.descriptionCiphertext), identity,
                m.anonymous ? null : m.emailWanted, vpRef(m), m.receivedOn, m.closedOn,
                m.closedOn == null ? null : m.destructionDueOn, name(m.uitkomst),
                m.handoverId, messages, bijlagen.of(m), consents,
                vp ? interventies.stream().map(i -> intervention(m, i)).toList() : null, vp ? hours : null);
    }

    public MeldingDossier.Intervention intervention(Melding m, Interventie i) {
        return new MeldingDossier.Intervention(i.id, i.soort.name(), i.hours, i.recordedOn, i.detailsShared,
                crypto.open(m.id, SealedFields.NOTE + i.id, i.noteCiphertext));
    }

    public static MeldingDossier.Consent consent(Toestemming t) {
        return new MeldingDossier.Consent(t.id, t.scope.name(), t.givenAt, t.withdrawnAt);
    }

    private static MeldingDossier.VertrouwenspersoonRef vpRef(Melding m) {
        Vertrouwenspersoon vp = Vertrouwenspersoon.latest(m.vertrouwenspersoonKind, m.vertrouwenspersoonId)
                .orElse(null);
        return new MeldingDossier.VertrouwenspersoonRef(m.vertrouwenspersoonId, vp == null ? null : vp.name,
                m.vertrouwenspersoonKind.name());
    }

    /** The lines of a list, with whose turn it is: one query for the last sender of every melding listed. */
    public static List<MeldingDossier.Summary> summaries(List<Melding> meldingen) {
        if (meldingen.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> lastFrom = new HashMap<>();
        MeldingBericht.getEntityManager()
                .createQuery("select b.meldingId, b.afzender from MeldingBericht b where b.meldingId in :ids "
                        + "order by b.postedAt, b.id", Object[].class)
                .setParameter("ids", meldingen.stream().map(m -> m.id).toList()).getResultList()
                .forEach(row -> lastFrom.put((UUID) row[0], ((MeldingBericht.Afzender) row[1]).name()));
        return meldingen.stream().map(m -> new MeldingDossier.Summary(m.id, m.reference, m.tenantId, m.status.name(),
                m.anonymous, m.vertrouwenspersoonId, m.receivedOn, m.closedOn, lastFrom.get(m.id))).toList();
    }

    /** An event of the melding: keyed by its id, its reference as subject, the melder's organisation as tenant. */
    public void publish(Melding m, String type, Object payload) {
        events.publish(Topics.MELDING_EVENTS, m.id.toString(), type, m.tenantId, m.reference, payload);
    }

    public String writeIdentity(Identity identity) {
        try {
            return json.writeValueAsString(identity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Identity readIdentity(String identity) {
        try {
            return json.readValue(identity, Identity.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
