package nl.tweedekamer.meldpunt.klacht.procedure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Art 10.3, domain.md §10.4: the accused receives a document of the complaint — an attachment of the klaagschrift or
 * one the complainant added later — only once the secretary released it as it is, or uploaded a redacted copy that
 * the accused receives instead. Until then the accused learns that it exists, not what it is called or holds.
 */
public final class Vrijgave {

    public static final String NIET_VRIJGEGEVEN = "https://meldpunt.tweedekamer.nl/problems/bijlage-niet-vrijgegeven";

    /** What an accused receives of one document. */
    public enum Zicht {
        /** Its name and content: released, a redacted copy, or their own. */
        INHOUD,
        /** That it exists (added on, by whom, with what): awaiting the secretary's release. */
        BESTAAT,
        /** Nothing of it: a redacted copy replaces it, or another accused added it. */
        VERVANGEN, GEEN
    }

    private Vrijgave() {
    }

    /** The redacted copy that replaces this document for the accused, if one was uploaded. */
    public static Optional<Bijlage> redactedCopy(Bijlage document, Collection<Bijlage> all) {
        return all.stream().filter(b -> document.id.equals(b.redactionOf)).findFirst();
    }

    /** The documents of the complainant's side the accused has not received yet: neither released nor redacted. */
    public static List<Bijlage> pending(Collection<Bijlage> all) {
        return all.stream().filter(Bijlage::fromComplainantSide)
                .filter(b -> b.releasedOn == null && redactedCopy(b, all).isEmpty()).toList();
    }

    /**
     * @param ownAccusedIds the {@link Aangeklaagde} rows the reader is (a document an accused added is theirs; a
     *                      co-accused does not receive it)
     */
    public static Zicht forAccused(Bijlage b, Collection<Bijlage> all, Set<UUID> ownAccusedIds) {
        if (b.redactionOf != null) {
            return Zicht.INHOUD;
        }
        if (b.addedBy == Bijlage.Toevoeger.AANGEKLAAGDE) {
            return ownAccusedIds.contains(b.accusedId) ? Zicht.INHOUD : Zicht.GEEN;
        }
        if (redactedCopy(b, all).isPresent()) {
            return Zicht.VERVANGEN;
        }
        return b.releasedOn != null ? Zicht.INHOUD : Zicht.BESTAAT;
    }

    /** The accused asked for a document they do not receive (yet). */
    public static ProblemException refused(Zicht zicht, Bijlage b, Collection<Bijlage> all) {
        if (zicht == Zicht.VERVANGEN) {
            return new ProblemException(403, NIET_VRIJGEGEVEN, "A redacted copy replaces this document",
                    "You receive a redacted copy of this document instead of the original (art 10.3): download "
                            + redactedCopy(b, all).orElseThrow().id + ".", null);
        }
        return new ProblemException(403, NIET_VRIJGEGEVEN, "Document not released yet",
                "The commission's secretary has not yet released this document of the complaint to you (art 10.3). "
                        + "You can read it once it is released, or a redacted copy of it is, which happens before you "
                        + "are invited to the hearing.", null);
    }

    /** Art 10.3: the hearing invitation waits until the accused received every document of the complaint. */
    public static ProblemException blocksHearing(int pending) {
        return ProblemException.unprocessable(NIET_VRIJGEGEVEN, "Documents not released to the accused",
                pending + (pending == 1 ? " document" : " documents") + " of the complaint "
                        + (pending == 1 ? "has" : "have") + " not been released to the accused, nor replaced by a "
                        + "redacted copy (art 10.3: the accused receives a copy of the complaint and its documents). "
                        + "The secretary releases each one (POST /klachten/{id}/bijlagen/{bijlageId}/vrijgave) or "
                        + "uploads a redacted copy (…/geschoonde-kopie) before the parties are invited to the hearing.");
    }
}
