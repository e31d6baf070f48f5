package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

import nl.tweedekamer.meldpunt.klacht.crypto.KlachtKeys;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Bijlage;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure.Stap;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus;
import nl.tweedekamer.meldpunt.platform.file.FileKind;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Attachments of a klaagschrift (art 9: documents of the steps already taken): PDF and images only, each
 * encrypted with the complaint's own data key ({@link KlachtKeys}), file name included. Added by the complainant
 * to their draft, or by the secretary with a klaagschrift received on paper; read by whoever receives the
 * complaint's documents; every read by a person is recorded like any other dossier read.
 */
@ApplicationScoped
@Transactional
public class BijlageService {

    static final String FIELD_CONTENT = "bijlage/";
    static final String FIELD_NAME = "bijlage-naam/";
    private static final int MAX_NAME = 200;

    /** The complaint's documents reach the complainant, the linked accused (art 10.3) and the commission. */
    private static final Betrokkenheid[] READERS = { Betrokkenheid.KLAGER, Betrokkenheid.AANGEKLAAGDE,
            Betrokkenheid.VOORZITTER, Betrokkenheid.COMMISSIE, Betrokkenheid.SECRETARIS };

    public record Entry(UUID id, String filename, String contentType, int size, OffsetDateTime addedOn) {
    }

    public record Download(String contentType, byte[] content) {
    }

    /** Art 9: documents of the steps already taken, as PDF or image; recognised by their content. */
    private static final Set<FileKind> ACCEPTED = EnumSet.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG);

    @Inject
    KlachtToegang toegang;

    @Inject
    KlachtKeys keys;

    @Inject
    Clock clock;

    @ConfigProperty(name = "meldpunt.klacht.bijlage.max-bytes", defaultValue = "10M")
    MemorySize maxBytes;

    @ConfigProperty(name = "meldpunt.klacht.bijlage.max-count", defaultValue = "20")
    int maxCount;

    public Entry add(UUID caseId, String contentType, String encodedFilename, byte[] content) {
        Klacht klacht = toegang.load(caseId);
        Betrokkenheid as = toegang.require(klacht, Betrokkenheid.KLAGER, Betrokkenheid.SECRETARIS);
        requireOpen(klacht, as);
        String filename = filename(encodedFilename);
        if (content == null || content.length == 0) {
            throw ProblemException.badRequest("Empty attachment", "The attachment has no content.");
        }
        if (content.length > maxBytes.asLongValue()) {
            throw new ProblemException(413, null, "Attachment too large",
                    tooLarge(maxBytes.asLongValue(), (long) content.length), null);
        }
        FileKind kind = FileKind.check(contentType, content, ACCEPTED);
        // one upload at a time per complaint: the count below and the first data key must not race
        Klacht.getEntityManager().lock(klacht, LockModeType.PESSIMISTIC_WRITE);
        if (Bijlage.count("klachtId", klacht.id) >= maxCount) {
            throw ProblemException.conflict("Too many attachments",
                    "A klaagschrift carries at most " + maxCount + " attachments; remove one first.");
        }
        keys.ensureDataKey(klacht.id, klacht.tenantId);
        Bijlage b = new Bijlage();
        b.id = UUID.randomUUID();
        b.klachtId = klacht.id;
        b.addedBy = as == Betrokkenheid.KLAGER ? Bijlage.Toevoeger.KLAGER : Bijlage.Toevoeger.SECRETARIS;
        b.addedAt = OffsetDateTime.now(clock);
        b.contentType = kind.mediaType;
        b.sizeBytes = content.length;
        b.filenameCiphertext = keys.seal(klacht.id, FIELD_NAME + b.id, filename);
        b.contentCiphertext = keys.sealBytes(klacht.id, FIELD_CONTENT + b.id, content);
        b.persist();
        return new Entry(b.id, filename, b.contentType, b.sizeBytes, b.addedAt);
    }

    public List<Entry> list(UUID caseId) {
        Klacht klacht = toegang.load(caseId);
        Betrokkenheid as = toegang.require(klacht, READERS);
        toegang.recordRead(klacht, as, "BIJLAGEN");
        return Bijlage.of(klacht.id).stream().map(b -> new Entry(b.id,
                keys.open(klacht.id, FIELD_NAME + b.id, b.filenameCiphertext), b.contentType, b.sizeBytes, b.addedAt))
                .toList();
    }

    public Download download(UUID caseId, UUID bijlageId) {
        Klacht klacht = toegang.load(caseId);
        Betrokkenheid as = toegang.require(klacht, READERS);
        Bijlage b = find(klacht, bijlageId);
        toegang.recordRead(klacht, as, "BIJLAGE");
        return new Download(b.contentType, keys.openBytes(klacht.id, FIELD_CONTENT + b.id, b.contentCiphertext));
    }

    public void remove(UUID caseId, UUID bijlageId) {
        Klacht klacht = toegang.load(caseId);
        Betrokkenheid as = toegang.require(klacht, Betrokkenheid.KLAGER, Betrokkenheid.SECRETARIS);
        requireOpen(klacht, as);
        find(klacht, bijlageId).delete();
    }

    /**
     * Retention: removes the complaint's attachments and destroys its data key, so that no copy of them (a
     * backup) can be read again. Works in any tenant's session; idempotent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shred(UUID klachtId) {
        // native: the session's tenant filter must not hide rows of the complaint's tenant
        Bijlage.getEntityManager().createNativeQuery("DELETE FROM klacht_bijlage WHERE klacht_id = ?1")
                .setParameter(1, klachtId).executeUpdate();
        keys.destroyDataKey(klachtId);
    }

    /**
     * Art 9.1: the attachments are part of the klaagschrift, which can be changed only as a draft; once filed it is
     * part of the dossier. A klaagschrift received on paper is filed at once (art 9.4): the secretary registers its
     * enclosures with it, until the receipt is confirmed.
     */
    private static void requireOpen(Klacht klacht, Betrokkenheid as) {
        if (as == Betrokkenheid.KLAGER) {
            KlachtProcedure.check(klacht, Stap.CONCEPT_BEWERKEN);
        } else if (klacht.registeredBy == null || klacht.status != KlachtStatus.INGEDIEND) {
            throw KlachtProcedure.refused(Stap.CONCEPT_BEWERKEN, "art 9.1, 9.4",
                    "the secretary adds attachments only to a klaagschrift received on paper, until its receipt is"
                            + " confirmed; a filed klaagschrift's attachments are part of the dossier");
        }
    }

    private static Bijlage find(Klacht klacht, UUID bijlageId) {
        Bijlage b = Bijlage.<Bijlage>find("id = ?1 and klachtId = ?2", bijlageId, klacht.id).firstResult();
        if (b == null) {
            throw ProblemException.notFound("Unknown attachment",
                    "The complaint has no attachment " + bijlageId + ".");
        }
        return b;
    }

    /** The X-Filename header: the file's name, percent-encoded UTF-8 where it is not plain ASCII. */
    private static String filename(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            throw ProblemException.badRequest("No file name",
                    "Name the file in the X-Filename header (percent-encoded UTF-8 where not plain ASCII).");
        }
        String name;
        try {
            name = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Bad file name",
                    "The X-Filename header is not valid percent-encoded UTF-8.");
        }
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("Bad file name",
                    "A file name has 1 to " + MAX_NAME + " characters and no control characters.");
        }
        return name;
    }

    /** Why a file was refused for its size; {@code size} null when only its announced length is known. */
    public static String tooLarge(long limit, Long size) {
        return "An attachment may be at most " + describe(limit) + (size == null ? "" : "; this one has "
                + describe(size)) + ". Split the document or reduce the image's resolution.";
    }

    private static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB"
                : bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024))
                        : bytes + " bytes";
    }
}
