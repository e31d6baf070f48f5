package nl.tweedekamer.meldpunt.melding.dossier.service;

import nl.tweedekamer.meldpunt.melding.crypto.EnvelopeEncryption;
import nl.tweedekamer.meldpunt.melding.crypto.ReporterLookup;
import nl.tweedekamer.meldpunt.melding.dossier.Bodies;
import nl.tweedekamer.meldpunt.melding.dossier.Party;
import nl.tweedekamer.meldpunt.melding.intake.Intake;
import nl.tweedekamer.meldpunt.melding.intake.service.ReceiptCodes;
import nl.tweedekamer.meldpunt.melding.signalen.service.PersoonTokens;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.service.VertrouwenspersoonService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.intake.AnoniemeMailbox;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.EigenVertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.interventie.Interventie;
import nl.tweedekamer.meldpunt.melding.interventie.InterventieSoort;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingAudit.Action;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingBericht;
import nl.tweedekamer.meldpunt.melding.crypto.MeldingDataKey;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.PoolVertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.dossier.Toestemming;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;
import nl.tweedekamer.meldpunt.melding.event.MeldingEvents;
import nl.tweedekamer.meldpunt.platform.event.EventPublisher;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.tenantreplica.TenantReplica;

/**
 * The informal track (art 3–5, domain.md §4): a melding from intake to destruction. Every step is taken by a
 * {@link Party} that the caller resolved first (token or receipt code); every read by a person is audited.
 */
@ApplicationScoped
@Transactional
public class MeldingService {

    static final String FIELD_DESCRIPTION = "description";
    static final String FIELD_IDENTITY = "identity";
    static final String FIELD_SUBJECT = "reporter-subject";
    static final String FIELD_MESSAGE = "message/";
    static final String FIELD_NOTE = "intervention/";

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(MeldingService.class);

    private static final char[] REFERENCE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final SecureRandom random = new SecureRandom();

    @Inject
    EnvelopeEncryption crypto;

    @Inject
    EventPublisher events;

    @Inject
    AuditTrail audit;

    @Inject
    VertrouwenspersoonService vertrouwenspersonen;

    @Inject
    ReporterLookup reporters;

    @Inject
    PersoonTokens persoonTokens;

    @Inject
    ReceiptCodes receipts;

    @Inject
    ObjectMapper json;

    @Inject
    Bijlagen bijlagen;

    @Inject
    Clock clock;

    /** A named melder (art 2.a, 2.d): staff of any organisation, Kamerleden, former staff with an account. */
    public Melding intakeNamed(String tenantId, String subject, Intake intake) {
        if (intake.emailWanted() && (intake.identity() == null || intake.identity().email() == null)) {
            throw ProblemException.invalidField("identity.email", "to be emailed, give an address");
        }
        Melding m = intake(tenantId, intake, false);
        m.reporterLookup = reporters.of(subject);
        m.emailWanted = intake.emailWanted();
        m.identityCiphertext = intake.identity() == null ? null
                : crypto.seal(m.id, FIELD_IDENTITY, write(intake.identity()));
        m.reporterSubjectCiphertext = crypto.seal(m.id, FIELD_SUBJECT, subject);
        m.persist();
        received(m);
        return m;
    }

    /**
     * An anonymous melder (domain.md §4.5), also one without any account (art 2.d: "heeft verricht"): no
     * identity is kept at all; the receipt code is their only way back, shown once.
     */
    public MeldingDossier.Receipt intakeAnonymous(Intake intake) {
        if (intake.identity() != null || intake.emailWanted()) {
            throw ProblemException.invalidField("identity", "an anonymous melding carries no identity or address");
        }
        Melding m = intake(intake.tenantId(), intake, true);
        m.persist();
        received(m);
        ReceiptCodes.Code code = receipts.newCode();
        AnoniemeMailbox mailbox = new AnoniemeMailbox();
        mailbox.mailboxId = code.mailboxId();
        mailbox.meldingId = m.id;
        mailbox.secretHash = receipts.hash(code.secret());
        mailbox.createdAt = OffsetDateTime.now(clock);
        mailbox.persist();
        return new MeldingDossier.Receipt(m.id, m.reference, code.value());
    }

    /** A new melding with its data key and encrypted description, not yet persisted. */
    private Melding intake(String tenantId, Intake intake, boolean anonymous) {
        TenantReplica tenant = TenantReplica.findById(tenantId);
        if (tenant == null) {
            throw ProblemException.notFound("Unknown organisation", "No organisation '" + tenantId + "' is registered.");
        }
        if (!tenant.isActive()) {
            throw ProblemException.conflict("Organisation offboarded",
                    "This organisation is being offboarded and takes no new meldingen.");
        }
        // domain.md §3: unwanted behaviour has a category and the relation of the person behaving badly
        if (intake.kind().isBehaviour()) {
            if (intake.category() == null) {
                throw ProblemException.invalidField("category", "required for unwanted behaviour");
            }
            if (intake.relation() == null) {
                throw ProblemException.invalidField("relation", "required for unwanted behaviour");
            }
        } else if (intake.category() != null) {
            throw ProblemException.invalidField("category", "only unwanted behaviour has a category");
        }
        // domain.md §4.7: a melder chooses any VP available to them (the pool, and the fractie's own if chosen)
        Vertrouwenspersoon vp = vertrouwenspersonen.availableTo(tenantId).stream()
                .filter(v -> v.personId.equals(intake.vertrouwenspersoonId())).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("vertrouwenspersoonId",
                        "not a vertrouwenspersoon available to this organisation today"));
        Melding m = new Melding();
        m.id = UUID.randomUUID();
        m.reference = newReference();
        m.tenantId = tenantId;
        m.vertrouwenspersoonId = vp.personId;
        m.vertrouwenspersoonKind = vp.kind();
        m.anonymous = anonymous;
        m.soort = intake.kind();
        m.categorie = intake.category();
        m.relatie = intake.relation();
        m.afdeling = intake.department();
        m.status = Melding.Status.OPEN;
        m.receivedAt = OffsetDateTime.now(clock);
        m.receivedOn = today();
        crypto.createDataKey(m.id, tenantId);
        m.descriptionCiphertext = crypto.seal(m.id, FIELD_DESCRIPTION, intake.description().strip());
        return m;
    }

    private void received(Melding m) {
        audit.record(m.id, Party.melder(), Action.RECEIVED);
        publish(m, MeldingEvents.MeldingOntvangen.TYPE, MeldingEvents.MeldingOntvangen.of(m));
    }

    /** The melding read by its melder or VP: decrypted, and the read audited. */
    public MeldingDossier read(UUID meldingId, Function<Melding, Party> access) {
        Melding m = find(meldingId);
        Party party = access.apply(m);
        audit.record(m.id, party, Action.READ);
        return dossier(m, party);
    }

    /**
     * The audit trail of one melding, for its two parties only (domain.md §2: the melder sees who read their file,
     * the VP their own file's trail); anyone else gets the same 404 as for the melding.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditTrail.Entry> trail(UUID meldingId, Function<Melding, Party> access) {
        access.apply(find(meldingId));
        return audit.of(meldingId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeldingDossier.Summary> ofReporter(String subject) {
        return Melding.<Melding>list("reporterLookup = ?1 order by receivedAt desc", reporters.of(subject)).stream()
                .map(MeldingService::summary).toList();
    }

    /**
     * The meldingen addressed to a VP: a pool VP's across tenants, a fractie's own VP's within its fractie
     * (their token's tenant) — no content, so nothing is audited.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeldingDossier.Summary> addressedTo(UUID vpPersonId, String vpTenantId) {
        List<Melding> pool = PoolVertrouwenspersoon.count("openPersonId", vpPersonId) > 0
                ? Melding.list("vertrouwenspersoonId = ?1 and vertrouwenspersoonKind = ?2 order by receivedAt desc",
                        vpPersonId, VertrouwenspersoonKind.POOL)
                : List.of();
        List<Melding> own = vpTenantId != null && EigenVertrouwenspersoon.count("openPersonId", vpPersonId) > 0
                ? Melding.list("vertrouwenspersoonId = ?1 and vertrouwenspersoonKind = ?2 and tenantId = ?3 "
                        + "order by receivedAt desc", vpPersonId, VertrouwenspersoonKind.EIGEN, vpTenantId)
                : List.of();
        return java.util.stream.Stream.concat(pool.stream(), own.stream()).map(MeldingService::summary).toList();
    }

    public MeldingDossier.Message post(UUID meldingId, Function<Melding, Party> access, Bodies.Message body) {
        Melding m = findForUpdate(meldingId);
        Party party = access.apply(m);
        requireOpen(m);
        MeldingBericht bericht = message(m, party.isMelder() ? MeldingBericht.Afzender.MELDER
                : MeldingBericht.Afzender.VERTROUWENSPERSOON, body.text().strip(), false);
        audit.record(m.id, party, Action.MESSAGE_POSTED);
        return new MeldingDossier.Message(bericht.id, bericht.afzender.name(), bericht.postedAt, false,
                body.text().strip());
    }

    /** Only the melder records consent (art 5.3: "met voorafgaande instemming van de melder"). */
    public MeldingDossier.Consent giveConsent(UUID meldingId, Function<Melding, Party> access, Toestemming.Scope scope) {
        Melding m = findForUpdate(meldingId);
        Party party = access.apply(m);
        requireMelder(party, "Only the melder gives consent.");
        requireOpen(m);
        Toestemming t = activeConsent(m.id, scope).orElseGet(() -> {
            Toestemming n = new Toestemming();
            n.id = UUID.randomUUID();
            n.meldingId = m.id;
            n.scope = scope;
            n.givenAt = OffsetDateTime.now(clock);
            n.persist();
            audit.record(m.id, party, Action.CONSENT_GIVEN);
            return n;
        });
        return consent(t);
    }

    public MeldingDossier.Consent withdrawConsent(UUID meldingId, Function<Melding, Party> access,
            Toestemming.Scope scope) {
        Melding m = findForUpdate(meldingId);
        Party party = access.apply(m);
        requireMelder(party, "Only the melder withdraws consent.");
        Toestemming t = activeConsent(m.id, scope).orElseThrow(() -> ProblemException.notFound("No consent",
                "No consent of scope " + scope + " is in force for this melding."));
        t.withdrawnAt = OffsetDateTime.now(clock);
        audit.record(m.id, party, Action.CONSENT_WITHDRAWN);
        return consent(t);
    }

    public MeldingDossier.Intervention recordIntervention(UUID meldingId, Function<Melding, Party> access,
            Bodies.Intervention body) {
        Melding m = findForUpdate(meldingId);
        Party party = access.apply(m);
        requireVertrouwenspersoon(party, "Only the vertrouwenspersoon records interventions.");
        requireOpen(m);
        Toestemming.Scope needed = consentNeededFor(body.kind(), body.detailsShared());
        Interventie i = new Interventie();
        i.id = UUID.randomUUID();
        i.meldingId = m.id;
        i.soort = body.kind();
        i.hours = body.hours();
        i.recordedOn = today();
        i.detailsShared = body.kind() == InterventieSoort.DOORVERWIJZING && body.detailsShared();
        i.toestemmingId = needed == null ? null : requireConsent(m, needed).id;
        i.noteCiphertext = body.note() == null || body.note().isBlank() ? null
                : crypto.seal(m.id, FIELD_NOTE + i.id, body.note().strip());
        i.persist();
        audit.record(m.id, party, Action.INTERVENTION_RECORDED);
        return intervention(m, i);
    }

    /**
     * The VP names the person behaving badly, for pattern signals about one person (003 L6513): only the keyed token
     * of the identifier is kept, never the identifier itself; a blank identifier clears it.
     */
    public void namePerson(UUID meldingId, Function<Melding, Party> access, String identifier) {
        Melding m = findForUpdate(meldingId);
        Party party = access.apply(m);
        requireVertrouwenspersoon(party, "Only the vertrouwenspersoon names the person concerned.");
        requireOpen(m);
        m.personToken = identifier == null || identifier.isBlank() ? null : persoonTokens.of(identifier);
        audit.record(m.id, party, Action.PERSON_NAMED);
    }

    /**
     * Hand-over to the formal track (domain.md §4): a named melder's file only — a complaint can never be
     * anonymous (art 9.5.g) — and only with their recorded consent (art 5.3). klacht-service opens an empty
     * draft klaagschrift for the melder; the event carries only the hand-over id and their subject id.
     */
    public UUID handOver(UUID meldingId, Function<Melding, Party> access) {
        Melding m = findForUpdate(meldingId);
        Party party = access.apply(m);
        requireVertrouwenspersoon(party, "The vertrouwenspersoon hands the file over, at the melder's request.");
        requireOpen(m);
        if (m.anonymous) {
            throw ProblemException.conflict("Anonymous melding",
                    "A complaint can never be anonymous (art 9.5.g); an anonymous melder files one with their name.");
        }
        if (m.handoverId != null) {
            throw ProblemException.conflict("Already handed over", "This file was handed over already.");
        }
        requireConsent(m, Toestemming.Scope.OVERDRACHT_KLACHT);
        m.handoverId = UUID.randomUUID();
        String reporter = crypto.open(m.id, FIELD_SUBJECT, m.reporterSubjectCiphertext);
        events.publish(Topics.MELDING_EVENTS, m.handoverId.toString(), MeldingEvents.OverdrachtNaarKlachtGevraagd.TYPE,
                m.tenantId, m.handoverId.toString(),
                new MeldingEvents.OverdrachtNaarKlachtGevraagd(m.handoverId, m.tenantId, reporter, today()));
        audit.record(m.id, party, Action.HANDED_OVER);
        return m.handoverId;
    }

    /**
     * Closure (art 5.1.i): the VP confirms in writing to the melder that the melding is handled and the file
     * closed; the confirmation is a message in the file. T6 (art 5.6) runs from here at termijn-service.
     */
    public MeldingDossier close(UUID meldingId, Function<Melding, Party> access, Bodies.Closure body) {
        Melding m = findForUpdate(meldingId);
        Party party = access.apply(m);
        requireVertrouwenspersoon(party, "Only the vertrouwenspersoon closes the file.");
        requireOpen(m);
        message(m, MeldingBericht.Afzender.VERTROUWENSPERSOON, body.confirmation().strip(), true);
        m.status = Melding.Status.GESLOTEN;
        m.closedOn = today();
        m.uitkomst = body.outcome();
        publish(m, MeldingEvents.DossierGesloten.TYPE, MeldingEvents.DossierGesloten.of(m));
        audit.record(m.id, party, Action.CLOSED);
        return dossier(m, party);
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
        nl.tweedekamer.meldpunt.melding.dossier.MeldingBijlage.delete("meldingId", m.id);
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
                reference, new MeldingEvents.DossierVernietigd(meldingId, reference, tenantId, today()));
        return true;
    }

    /**
     * Art 4.3: a VP plausibly involved in unwanted behaviour is no longer appointed, and their open meldingen
     * move to another VP at once — a fractie's own VP's to another own VP of that fractie, else to the pool;
     * each to the VP with the fewest open meldingen. Closed files stay where they are (nothing more happens in
     * them). Without any other VP the files wait for the hand-over of art 5.7 (T7).
     */
    public int moveFrom(Vertrouwenspersoon ended) {
        List<Melding> open = Melding.list("vertrouwenspersoonId = ?1 and vertrouwenspersoonKind = ?2 and status = ?3",
                ended.personId, ended.kind(), Melding.Status.OPEN);
        int moved = 0;
        for (Melding m : open) {
            if (ended.tenantIdOrNull() != null && !ended.tenantIdOrNull().equals(m.tenantId)) {
                continue;
            }
            Optional<Vertrouwenspersoon> successor = successorFor(m, ended);
            if (successor.isEmpty()) {
                LOG.warnf("Melding %s keeps its ended VP: no other VP serves its organisation today", m.id);
                continue;
            }
            move(m, successor.get(), ended);
            moved++;
        }
        return moved;
    }

    /**
     * Art 5.7: "De vertrouwenspersoon zorgt voor een goede overdracht van zaken en dossiers aan haar/zijn opvolger
     * uiterlijk binnen één maand nadat de benoeming ... is beëindigd." Every file of the ended VP, open or
     * closed, goes to the successor the administrator names; nobody reads content on the way.
     */
    public int handOverFiles(Vertrouwenspersoon ended, Vertrouwenspersoon successor) {
        List<Melding> files = Melding.list("vertrouwenspersoonId = ?1 and vertrouwenspersoonKind = ?2",
                ended.personId, ended.kind());
        int moved = 0;
        for (Melding m : files) {
            if (ended.tenantIdOrNull() != null && !ended.tenantIdOrNull().equals(m.tenantId)) {
                continue;
            }
            move(m, successor, ended);
            moved++;
        }
        return moved;
    }

    /**
     * The files, open or closed, an ended appointment still holds: those of its person and kind, within its
     * fractie for a fractie's own VP (a pool VP's span every tenant). None left: its hand-over is complete (art 5.7).
     */
    public long filesHeldBy(Vertrouwenspersoon ended) {
        return ended.tenantIdOrNull() == null
                ? Melding.count("vertrouwenspersoonId = ?1 and vertrouwenspersoonKind = ?2", ended.personId,
                        ended.kind())
                : Melding.count("vertrouwenspersoonId = ?1 and vertrouwenspersoonKind = ?2 and tenantId = ?3",
                        ended.personId, ended.kind(), ended.tenantIdOrNull());
    }

    private void move(Melding m, Vertrouwenspersoon next, Vertrouwenspersoon ended) {
        m.vertrouwenspersoonId = next.personId;
        m.vertrouwenspersoonKind = next.kind();
        audit.record(m.id, Party.SYSTEEM, Action.REASSIGNED);
        publish(m, MeldingEvents.VertrouwenspersoonGewisseld.TYPE, new MeldingEvents.VertrouwenspersoonGewisseld(
                m.id, m.reference, m.tenantId, next.personId, next.kind(), ended.personId,
                ended.endReason.name(), today()));
    }

    private Optional<Vertrouwenspersoon> successorFor(Melding m, Vertrouwenspersoon ended) {
        // a pool VP is ended by a platform administrator, whose request has no fractie: the pool alone; a
        // fractie's own VP by its administrator, within that fractie: its own VPs first, then the pool
        List<Vertrouwenspersoon> candidates = (ended.kind() == VertrouwenspersoonKind.POOL
                ? vertrouwenspersonen.servingPool()
                : vertrouwenspersonen.availableTo(m.tenantId)).stream()
                .filter(v -> !v.personId.equals(ended.personId)).toList();
        List<Vertrouwenspersoon> sameKind = candidates.stream().filter(v -> v.kind() == ended.kind()).toList();
        List<Vertrouwenspersoon> pool = sameKind.isEmpty() ? candidates : sameKind;
        return pool.stream().min(java.util.Comparator
                .comparingLong((Vertrouwenspersoon v) -> Melding.count(
                        "vertrouwenspersoonId = ?1 and status = ?2", v.personId, Melding.Status.OPEN))
                .thenComparing(v -> v.personId));
    }

    /** The named melder's address, only when they asked to be emailed; the lookup is audited. */
    public Optional<String[]> reporterContact(UUID meldingId) {
        Melding m = Melding.findById(meldingId);
        if (m == null || m.anonymous || !m.emailWanted || m.identityCiphertext == null) {
            return Optional.empty();
        }
        Intake.Identity identity = read(crypto.open(m.id, FIELD_IDENTITY, m.identityCiphertext));
        if (identity.email() == null) {
            return Optional.empty();
        }
        audit.record(m.id, Party.SERVICE, Action.CONTACT_LOOKED_UP);
        return Optional.of(new String[] { crypto.open(m.id, FIELD_SUBJECT, m.reporterSubjectCiphertext),
                identity.email() });
    }

    /**
     * Art 5.3: "De vertrouwenspersoon handelt uitsluitend naar aanleiding van een rechtstreeks verzoek en met
     * voorafgaande instemming van de melder." Steps that involve a third party — mediation, a referral that
     * passes on the melder's details, the hand-over to the commission — need the melder's recorded consent.
     */
    static Toestemming.Scope consentNeededFor(InterventieSoort kind, boolean detailsShared) {
        return switch (kind) {
            case BEMIDDELING -> Toestemming.Scope.BEMIDDELING;
            case DOORVERWIJZING -> detailsShared ? Toestemming.Scope.DOORVERWIJZING_MET_GEGEVENS : null;
            default -> null;
        };
    }

    private Toestemming requireConsent(Melding m, Toestemming.Scope scope) {
        return activeConsent(m.id, scope).orElseThrow(() -> ProblemException.conflict("No consent of the melder",
                "Art 5.3: the vertrouwenspersoon acts only with the melder's prior consent; no consent to "
                        + scope + " is recorded for this melding."));
    }

    private Optional<Toestemming> activeConsent(UUID meldingId, Toestemming.Scope scope) {
        return Toestemming.<Toestemming>find("meldingId = ?1 and scope = ?2 and withdrawnAt is null", meldingId, scope)
                .firstResultOptional();
    }

    private MeldingBericht message(Melding m, MeldingBericht.Afzender from, String text, boolean closure) {
        MeldingBericht b = new MeldingBericht();
        b.id = UUID.randomUUID();
        b.meldingId = m.id;
        b.afzender = from;
        b.postedAt = OffsetDateTime.now(clock);
        b.closure = closure;
        b.bodyCiphertext = crypto.seal(m.id, FIELD_MESSAGE + b.id, text);
        b.persist();
        if (!closure) {
            publish(m, MeldingEvents.BerichtGeplaatst.TYPE, new MeldingEvents.BerichtGeplaatst(m.id, m.reference,
                    m.tenantId, b.id, m.vertrouwenspersoonId, m.vertrouwenspersoonKind, from.name(), b.postedAt));
        }
        return b;
    }

    private MeldingDossier dossier(Melding m, Party party) {
        boolean vp = party.isVertrouwenspersoon();
        List<MeldingDossier.Message> messages = MeldingBericht.<MeldingBericht>list("meldingId = ?1 order by postedAt",
                m.id).stream().map(b -> new MeldingDossier.Message(b.id, b.afzender.name(), b.postedAt, b.closure,
                        crypto.open(m.id, FIELD_MESSAGE + b.id, b.bodyCiphertext))).toList();
        List<MeldingDossier.Consent> consents = Toestemming.<Toestemming>list("meldingId = ?1 order by givenAt", m.id)
                .stream().map(MeldingService::consent).toList();
        List<Interventie> interventies = vp ? Interventie.list("meldingId = ?1 order by recordedOn, id", m.id)
                : List.of();
        BigDecimal hours = interventies.stream().map(i -> i.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        Intake.Identity identity = m.identityCiphertext == null ? null
                : read(crypto.open(m.id, FIELD_IDENTITY, m.identityCiphertext));
        return new MeldingDossier(m.id, m.reference, m.tenantId, m.status.name(), m.anonymous, m.soort.name(),
                name(m.categorie), name(m.relatie), m.afdeling,
                crypto.open(m.id, FIELD_DESCRIPTION, m.descriptionCiphertext), identity,
                m.anonymous ? null : m.emailWanted, vpRef(m), m.receivedOn, m.closedOn, name(m.uitkomst),
                m.handoverId, messages, bijlagen.of(m), consents,
                vp ? interventies.stream().map(i -> intervention(m, i)).toList() : null, vp ? hours : null);
    }

    private MeldingDossier.Intervention intervention(Melding m, Interventie i) {
        return new MeldingDossier.Intervention(i.id, i.soort.name(), i.hours, i.recordedOn, i.detailsShared,
                crypto.open(m.id, FIELD_NOTE + i.id, i.noteCiphertext));
    }

    private static MeldingDossier.Consent consent(Toestemming t) {
        return new MeldingDossier.Consent(t.id, t.scope.name(), t.givenAt, t.withdrawnAt);
    }

    private static MeldingDossier.VertrouwenspersoonRef vpRef(Melding m) {
        Vertrouwenspersoon vp = m.vertrouwenspersoonKind == VertrouwenspersoonKind.POOL
                ? PoolVertrouwenspersoon.<PoolVertrouwenspersoon>find("personId = ?1 order by appointedAt desc",
                        m.vertrouwenspersoonId).firstResult()
                : EigenVertrouwenspersoon.<EigenVertrouwenspersoon>find("personId = ?1 order by appointedAt desc",
                        m.vertrouwenspersoonId).firstResult();
        return new MeldingDossier.VertrouwenspersoonRef(m.vertrouwenspersoonId, vp == null ? null : vp.name,
                m.vertrouwenspersoonKind.name());
    }

    static MeldingDossier.Summary summary(Melding m) {
        return new MeldingDossier.Summary(m.id, m.reference, m.tenantId, m.status.name(), m.anonymous,
                m.vertrouwenspersoonId, m.receivedOn, m.closedOn);
    }

    private Melding find(UUID id) {
        Melding m = Melding.findById(id);
        if (m == null) {
            throw MeldingAccess.notFound(id);
        }
        return m;
    }

    private Melding findForUpdate(UUID id) {
        Melding m = Melding.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw MeldingAccess.notFound(id);
        }
        return m;
    }

    private static void requireOpen(Melding m) {
        if (!m.isOpen()) {
            throw ProblemException.conflict("File closed",
                    "This melding's file was closed on " + m.closedOn + " (art 5.1.i); nothing more is added to it.");
        }
    }

    private static void requireMelder(Party party, String why) {
        if (!party.isMelder()) {
            throw new ProblemException(403, null, "Forbidden", why, null);
        }
    }

    private static void requireVertrouwenspersoon(Party party, String why) {
        if (!party.isVertrouwenspersoon()) {
            throw new ProblemException(403, null, "Forbidden", why, null);
        }
    }

    private void publish(Melding m, String type, Object payload) {
        events.publish(Topics.MELDING_EVENTS, m.id.toString(), type, m.tenantId, m.reference, payload);
    }

    private String newReference() {
        StringBuilder ref = new StringBuilder("M-").append(today().getYear()).append('-');
        for (int i = 0; i < 8; i++) {
            ref.append(REFERENCE_CHARS[random.nextInt(REFERENCE_CHARS.length)]);
        }
        return ref.toString();
    }

    private String write(Intake.Identity identity) {
        try {
            return json.writeValueAsString(identity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Intake.Identity read(String identity) {
        try {
            return json.readValue(identity, Intake.Identity.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
