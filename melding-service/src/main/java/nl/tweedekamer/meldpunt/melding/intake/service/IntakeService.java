package nl.tweedekamer.meldpunt.melding.intake.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.crypto.EnvelopeEncryption;
import nl.tweedekamer.meldpunt.melding.crypto.ReporterLookup;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingAudit.Action;
import nl.tweedekamer.meldpunt.melding.dossier.Party;
import nl.tweedekamer.meldpunt.melding.dossier.SealedFields;
import nl.tweedekamer.meldpunt.melding.dossier.service.AuditTrail;
import nl.tweedekamer.meldpunt.melding.dossier.service.Dossiers;
import nl.tweedekamer.meldpunt.melding.dossier.service.MeldingDossier;
import nl.tweedekamer.meldpunt.melding.event.MeldingEvents;
import nl.tweedekamer.meldpunt.melding.intake.AnoniemeMailbox;
import nl.tweedekamer.meldpunt.melding.intake.Intake;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.service.VertrouwenspersoonService;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.tenantreplica.TenantReplica;
import nl.tweedekamer.meldpunt.tenantreplica.TenantSnapshotJson;

/**
 * Intake (art 3–5, domain.md §4): a melder turns to a vertrouwenspersoon of their choice, named or through the
 * anonymous mailbox. The melding gets its own data key and is stored encrypted; its receipt is audited and announced.
 */
@ApplicationScoped
@Transactional
public class IntakeService {

    private static final char[] REFERENCE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final SecureRandom random = new SecureRandom();

    @Inject
    TenantSnapshotJson snapshots;

    @Inject
    EnvelopeEncryption crypto;

    @Inject
    AuditTrail audit;

    @Inject
    Dossiers dossiers;

    @Inject
    VertrouwenspersoonService vertrouwenspersonen;

    @Inject
    ReporterLookup reporters;

    @Inject
    ReceiptCodes receipts;

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
                : crypto.seal(m.id, SealedFields.IDENTITY, dossiers.writeIdentity(intake.identity()));
        m.reporterSubjectCiphertext = crypto.seal(m.id, SealedFields.SUBJECT, subject);
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
        String department = intake.departmentOrUnknown();
        List<TenantSnapshot.Department> departments = snapshots.read(tenant).departmentList();
        if (!departments.isEmpty() && !Melding.AFDELING_ONBEKEND.equals(department)
                && departments.stream().noneMatch(d -> d.code().equals(department))) {
            throw ProblemException.invalidField("department", "not a department of this organisation");
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
        m.afdeling = department;
        m.status = Melding.Status.OPEN;
        m.receivedAt = OffsetDateTime.now(clock);
        m.receivedOn = dossiers.today();
        crypto.createDataKey(m.id, tenantId);
        m.descriptionCiphertext = crypto.seal(m.id, SealedFields.DESCRIPTION, intake.description().strip());
        return m;
    }

    private void received(Melding m) {
        audit.record(m.id, Party.melder(), Action.RECEIVED);
        dossiers.publish(m, MeldingEvents.MeldingOntvangen.TYPE, MeldingEvents.MeldingOntvangen.of(m));
    }

    private String newReference() {
        StringBuilder ref = new StringBuilder("M-").append(dossiers.today().getYear()).append('-');
        for (int i = 0; i < 8; i++) {
            ref.append(REFERENCE_CHARS[random.nextInt(REFERENCE_CHARS.length)]);
        }
        return ref.toString();
    }
}
