package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

import nl.tweedekamer.meldpunt.klacht.crypto.KlachtKeys;
import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Bijlage;
import nl.tweedekamer.meldpunt.klacht.procedure.Hoorzitting;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure.Stap;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus;
import nl.tweedekamer.meldpunt.klacht.procedure.Stukkentermijn;
import nl.tweedekamer.meldpunt.klacht.procedure.Vrijgave;
import nl.tweedekamer.meldpunt.platform.file.FileKind;
import nl.tweedekamer.meldpunt.platform.file.FileName;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;

/**
 * The complaint's documents: the klaagschrift's attachments (art 9.2: of the steps already taken), the documents the
 * parties add later (art 9.3, 11.4, 12.5, see {@link Stukkentermijn}) and the secretary's redacted copies (art 10.3,
 * see {@link Vrijgave}). PDF and images only, each encrypted with the complaint's own data key ({@link KlachtKeys}),
 * file name included. Added by the complainant to their draft, or by the secretary with a klaagschrift received on
 * paper; read by whoever receives the complaint's documents, the accused only what was released to them; every read
 * by a person is recorded like any other dossier read.
 */
@ApplicationScoped
@Transactional
public class BijlageService {

    static final String FIELD_CONTENT = "bijlage/";
    static final String FIELD_NAME = "bijlage-naam/";

    /** The complaint's documents reach the complainant, the linked accused (art 10.3) and the commission. */
    private static final Betrokkenheid[] READERS = { Betrokkenheid.KLAGER, Betrokkenheid.AANGEKLAAGDE,
            Betrokkenheid.VOORZITTER, Betrokkenheid.COMMISSIE, Betrokkenheid.SECRETARIS };

    /**
     * A document as its reader may see it. The accused sees a document awaiting release without name, type or size
     * ({@code available} false); {@code releasedOn}, {@code redactedCopyId} are the commission's.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(UUID id, String filename, String contentType, Integer size, OffsetDateTime addedOn,
            String addedBy, String addedWith, Boolean available, LocalDate releasedOn, UUID redactionOf,
            UUID redactedCopyId) {
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
    Caller caller;

    @Inject
    Clock clock;

    @ConfigProperty(name = "meldpunt.klacht.bijlage.max-bytes", defaultValue = "10M")
    MemorySize maxBytes;

    @ConfigProperty(name = "meldpunt.klacht.bijlage.max-count", defaultValue = "20")
    int maxCount;

    public Entry add(UUID caseId, String contentType, String encodedFilename, byte[] content) {
        Klacht klacht = toegang.load(caseId);
        Betrokkenheid as = toegang.require(klacht, Betrokkenheid.KLAGER, Betrokkenheid.SECRETARIS,
                Betrokkenheid.AANGEKLAAGDE);
        Bijlage.Moment moment = window(klacht, as);
        UUID accusedId = as == Betrokkenheid.AANGEKLAAGDE ? ownAccused(klacht).iterator().next() : null;
        String filename = filename(encodedFilename);
        FileKind kind = checked(contentType, content);
        // one upload at a time per complaint: the count below and the first data key must not race
        Klacht.getEntityManager().lock(klacht, LockModeType.PESSIMISTIC_WRITE);
        long added = accusedId == null
                ? Bijlage.count("klachtId = ?1 and addedWith = ?2 and accusedId is null", klacht.id, moment)
                : Bijlage.count("klachtId = ?1 and addedWith = ?2 and accusedId = ?3", klacht.id, moment, accusedId);
        if (added >= maxCount) {
            throw ProblemException.conflict("Too many attachments", moment == Bijlage.Moment.KLAAGSCHRIFT
                    ? "A klaagschrift carries at most " + maxCount + " attachments; remove one first."
                    : "At most " + maxCount + " documents can be added at this step; combine them in one PDF.");
        }
        Bijlage b = new Bijlage();
        b.addedBy = switch (as) {
            case KLAGER -> Bijlage.Toevoeger.KLAGER;
            case AANGEKLAAGDE -> Bijlage.Toevoeger.AANGEKLAAGDE;
            default -> Bijlage.Toevoeger.SECRETARIS;
        };
        b.addedWith = moment;
        b.accusedId = accusedId;
        store(klacht, b, kind, filename, content);
        return new Entry(b.id, filename, b.contentType, b.sizeBytes, b.addedAt, b.addedBy.name(), b.addedWith.name(),
                null, null, null, null);
    }

    public List<Entry> list(UUID caseId) {
        Klacht klacht = toegang.load(caseId);
        Betrokkenheid as = toegang.require(klacht, READERS);
        toegang.recordRead(klacht, as, "BIJLAGEN");
        List<Bijlage> all = Bijlage.of(klacht.id);
        Set<UUID> own = as == Betrokkenheid.AANGEKLAAGDE ? ownAccused(klacht) : Set.of();
        List<Entry> entries = new ArrayList<>();
        for (Bijlage b : all) {
            if (as == Betrokkenheid.AANGEKLAAGDE) {
                Vrijgave.Zicht zicht = Vrijgave.forAccused(b, all, own);
                if (zicht == Vrijgave.Zicht.INHOUD) {
                    entries.add(entry(klacht, b, true, b.redactionOf, null, null));
                } else if (zicht == Vrijgave.Zicht.BESTAAT) {
                    // art 10.3: that it exists, not what it is called or holds
                    entries.add(new Entry(b.id, null, null, null, b.addedAt, b.addedBy.name(), b.addedWith.name(),
                            false, null, null, null));
                }
            } else if (as.commission()) {
                entries.add(entry(klacht, b, null, b.redactionOf, b.releasedOn,
                        Vrijgave.redactedCopy(b, all).map(c -> c.id).orElse(null)));
            } else if (b.redactionOf == null) {
                // the complainant: their own documents and the accused's (hoor en wederhoor), not the redacted copies
                entries.add(entry(klacht, b, null, null, null, null));
            }
        }
        return entries;
    }

    public Download download(UUID caseId, UUID bijlageId) {
        Klacht klacht = toegang.load(caseId);
        Betrokkenheid as = toegang.require(klacht, READERS);
        Bijlage b = find(klacht, bijlageId);
        if (as == Betrokkenheid.AANGEKLAAGDE) {
            List<Bijlage> all = Bijlage.of(klacht.id);
            Vrijgave.Zicht zicht = Vrijgave.forAccused(b, all, ownAccused(klacht));
            if (zicht == Vrijgave.Zicht.GEEN) {
                throw unknown(bijlageId);
            }
            if (zicht != Vrijgave.Zicht.INHOUD) {
                throw Vrijgave.refused(zicht, b, all);
            }
        } else if (as == Betrokkenheid.KLAGER && b.redactionOf != null) {
            throw unknown(bijlageId);
        }
        toegang.recordRead(klacht, as, "BIJLAGE");
        return new Download(b.contentType, keys.openBytes(klacht.id, FIELD_CONTENT + b.id, b.contentCiphertext));
    }

    /** Art 10.3: the secretary releases a document of the complainant's side to the accused as it is. */
    public Entry release(UUID caseId, UUID bijlageId) {
        Klacht klacht = toegang.load(caseId);
        toegang.require(klacht, Betrokkenheid.SECRETARIS);
        Klacht.getEntityManager().lock(klacht, LockModeType.PESSIMISTIC_WRITE);
        Bijlage b = releasable(klacht, find(klacht, bijlageId));
        if (b.releasedOn == null) {
            b.releasedOn = LocalDate.now(clock);
            b.releasedBy = caller.subject();
        }
        return entry(klacht, b, null, null, b.releasedOn, null);
    }

    /** Art 10.3: the secretary uploads a redacted copy, which the accused receives instead of the document. */
    public Entry redact(UUID caseId, UUID bijlageId, String contentType, String encodedFilename, byte[] content) {
        Klacht klacht = toegang.load(caseId);
        toegang.require(klacht, Betrokkenheid.SECRETARIS);
        String filename = filename(encodedFilename);
        FileKind kind = checked(contentType, content);
        Klacht.getEntityManager().lock(klacht, LockModeType.PESSIMISTIC_WRITE);
        Bijlage original = releasable(klacht, find(klacht, bijlageId));
        if (original.releasedOn != null) {
            throw ProblemException.conflict("Released already", "This document was released to the accused as it is"
                    + " on " + original.releasedOn + " and may have been read; a redacted copy cannot replace it now.");
        }
        Bijlage copy = new Bijlage();
        copy.addedBy = Bijlage.Toevoeger.SECRETARIS;
        copy.addedWith = Bijlage.Moment.GESCHOOND;
        copy.redactionOf = original.id;
        store(klacht, copy, kind, filename, content);
        return entry(klacht, copy, null, copy.redactionOf, null, null);
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

    /** With what a document is added now: the draft klaagschrift or paper enclosures, or a party's later document. */
    private Bijlage.Moment window(Klacht klacht, Betrokkenheid as) {
        if (as == Betrokkenheid.SECRETARIS || klacht.status == KlachtStatus.CONCEPT) {
            requireOpen(klacht, as);
            return Bijlage.Moment.KLAAGSCHRIFT;
        }
        return Stukkentermijn.open(klacht, as, Hoorzitting.of(klacht.id), LocalDate.now(clock));
    }

    /** Only a document of the complainant's side goes to the accused by release or as a redacted copy (art 10.3). */
    private static Bijlage releasable(Klacht klacht, Bijlage b) {
        if (!b.fromComplainantSide()) {
            throw ProblemException.conflict("Nothing to release", "Only a document of the complaint, from the"
                    + " complainant's side, is released to the accused or replaced by a redacted copy (art 10.3).");
        }
        if (Bijlage.count("redactionOf", b.id) > 0) {
            throw ProblemException.conflict("Redacted copy in place",
                    "A redacted copy replaces this document for the accused already (art 10.3).");
        }
        return b;
    }

    /** The accused rows of this case the caller is (linked at admissibility, art 10.3). */
    private Set<UUID> ownAccused(Klacht klacht) {
        UUID me = toegang.person().orElse(null);
        return Aangeklaagde.of(klacht.id).stream().filter(a -> a.personId != null && a.personId.equals(me))
                .map(a -> a.id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private FileKind checked(String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw ProblemException.badRequest("Empty attachment", "The attachment has no content.");
        }
        if (content.length > maxBytes.asLongValue()) {
            throw new ProblemException(413, null, "Attachment too large",
                    tooLarge(maxBytes.asLongValue(), (long) content.length), null);
        }
        return FileKind.check(contentType, content, ACCEPTED);
    }

    /** Stores a document: its bytes and name sealed with the complaint's data key, nothing else in the clear. */
    private void store(Klacht klacht, Bijlage b, FileKind kind, String filename, byte[] content) {
        keys.ensureDataKey(klacht.id, klacht.tenantId);
        b.id = UUID.randomUUID();
        b.klachtId = klacht.id;
        b.addedAt = OffsetDateTime.now(clock);
        b.contentType = kind.mediaType;
        b.sizeBytes = content.length;
        b.filenameCiphertext = keys.seal(klacht.id, FIELD_NAME + b.id, filename);
        b.contentCiphertext = keys.sealBytes(klacht.id, FIELD_CONTENT + b.id, content);
        b.persist();
    }

    private Entry entry(Klacht klacht, Bijlage b, Boolean available, UUID redactionOf, LocalDate releasedOn,
            UUID redactedCopyId) {
        return new Entry(b.id, keys.open(klacht.id, FIELD_NAME + b.id, b.filenameCiphertext), b.contentType,
                b.sizeBytes, b.addedAt, b.addedBy.name(), b.addedWith.name(), available, releasedOn, redactionOf,
                redactedCopyId);
    }

    private static ProblemException unknown(UUID bijlageId) {
        return ProblemException.notFound("Unknown attachment", "The complaint has no attachment " + bijlageId + ".");
    }

    private static Bijlage find(Klacht klacht, UUID bijlageId) {
        Bijlage b = Bijlage.<Bijlage>find("id = ?1 and klachtId = ?2", bijlageId, klacht.id).firstResult();
        if (b == null) {
            throw unknown(bijlageId);
        }
        return b;
    }

    /** The X-Filename header: the file's name, percent-encoded UTF-8 where it is not plain ASCII; required here. */
    private static String filename(String encoded) {
        String name = FileName.decode(encoded);
        if (name == null) {
            throw ProblemException.badRequest("No file name",
                    "Name the file in the X-Filename header (percent-encoded UTF-8 where not plain ASCII).");
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
