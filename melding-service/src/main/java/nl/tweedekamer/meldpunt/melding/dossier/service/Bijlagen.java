package nl.tweedekamer.meldpunt.melding.dossier.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.config.AttachmentConfig;
import nl.tweedekamer.meldpunt.melding.crypto.EnvelopeEncryption;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingAudit.Action;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingBericht;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingBijlage;
import nl.tweedekamer.meldpunt.melding.dossier.Party;
import nl.tweedekamer.meldpunt.platform.file.FileKind;
import nl.tweedekamer.meldpunt.platform.file.FileName;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/** Attachments to a melding, from its melder or its VP; encrypted like the rest, every download audited. */
@ApplicationScoped
@Transactional
public class Bijlagen {

    /** The header that names an uploaded file. */
    public static final String FILENAME_HEADER = FileName.HEADER;

    static final String FIELD_CONTENT = "attachment/";
    static final String FIELD_NAME = "attachment-name/";

    public record Attachment(UUID attachmentId, String from, OffsetDateTime uploadedAt, String contentType,
            int sizeBytes, String filename) {
    }

    public record Download(String contentType, String filename, byte[] content) {
    }

    @Inject
    EnvelopeEncryption crypto;

    @Inject
    AuditTrail audit;

    @Inject
    AttachmentConfig config;

    @Inject
    Clock clock;

    private Set<FileKind> accepted() {
        return config.contentTypes().stream().map(FileKind::declared).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FileKind.class)));
    }

    public Attachment upload(UUID meldingId, Function<Melding, Party> access, String contentType, String filename,
            byte[] content) {
        Melding m = Melding.findById(meldingId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw MeldingAccess.notFound(meldingId);
        }
        Party party = access.apply(m);
        if (!m.isOpen()) {
            throw ProblemException.conflict("File closed", "This melding's file is closed (art 5.1.i).");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.badRequest("Empty attachment", "The attachment has no content.");
        }
        if (content.length > config.maxBytes()) {
            throw new ProblemException(413, null, "Attachment too large",
                    "An attachment may be at most " + config.maxBytes() + " bytes.", null);
        }
        // checked by content, not only by the declared type: an executable sent as a PDF is refused
        String type = FileKind.check(contentType, content, accepted()).mediaType;
        MeldingBijlage b = new MeldingBijlage();
        b.id = UUID.randomUUID();
        b.meldingId = m.id;
        b.afzender = party.isMelder() ? MeldingBericht.Afzender.MELDER : MeldingBericht.Afzender.VERTROUWENSPERSOON;
        b.uploadedAt = OffsetDateTime.now(clock);
        b.contentType = type;
        b.sizeBytes = content.length;
        String name = FileName.decode(filename);
        b.filenameCiphertext = crypto.seal(m.id, FIELD_NAME + b.id, name);
        b.contentCiphertext = crypto.sealBytes(m.id, FIELD_CONTENT + b.id, content);
        b.persist();
        audit.record(m.id, party, Action.MESSAGE_POSTED);
        return new Attachment(b.id, b.afzender.name(), b.uploadedAt, b.contentType, b.sizeBytes, name);
    }

    public Download download(UUID meldingId, UUID attachmentId, Function<Melding, Party> access) {
        Melding m = Melding.findById(meldingId);
        if (m == null) {
            throw MeldingAccess.notFound(meldingId);
        }
        Party party = access.apply(m);
        MeldingBijlage b = MeldingBijlage.find("id = ?1 and meldingId = ?2", attachmentId, m.id).firstResult();
        if (b == null) {
            throw ProblemException.notFound("Unknown attachment", "This melding has no attachment " + attachmentId + ".");
        }
        audit.record(m.id, party, Action.READ);
        return new Download(b.contentType, crypto.open(m.id, FIELD_NAME + b.id, b.filenameCiphertext),
                crypto.openBytes(m.id, FIELD_CONTENT + b.id, b.contentCiphertext));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Attachment> of(Melding m) {
        return MeldingBijlage.<MeldingBijlage>list("meldingId = ?1 order by uploadedAt", m.id).stream()
                .map(b -> new Attachment(b.id, b.afzender.name(), b.uploadedAt, b.contentType, b.sizeBytes,
                        crypto.open(m.id, FIELD_NAME + b.id, b.filenameCiphertext)))
                .toList();
    }
}
