package nl.tweedekamer.meldpunt.klacht.procedure.service;

import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.AANGEKLAAGDE;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.KLAGER;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.WERKGEVER;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.tweedekamer.meldpunt.klacht.procedure.Concept;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * The drafts of the long texts of the procedure (art 12.1, 12.5, 13), so that a lapsed sign-in session loses no
 * text: saved only by someone who may take the step now (the very rule of the step), read and thrown away by their
 * author alone, whoever else reaches the case. The text never leaves this service except to its author; it is no
 * piece of the dossier, so reading it is not recorded as a read of the dossier.
 */
@ApplicationScoped
@Transactional
public class ConceptService {

    /** A draft as its author reads it back; a save answers without the text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(String kind, String text, OffsetDateTime savedAt) {
    }

    @Inject
    KlachtToegang toegang;

    @Inject
    BehandelingService behandeling;

    @Inject
    BesluitService besluiten;

    @Inject
    Clock clock;

    /** Saves the author's draft of this kind, replacing the one they saved before. */
    public View save(UUID caseId, String kind, KlachtInput.Tekst input) {
        Concept.Soort soort = soort(kind);
        Klacht k = toegang.load(caseId);
        // a draft is kept only while its author could submit the text (403/404/409/422 as the step itself)
        if (soort == Concept.Soort.BESLUIT) {
            besluiten.mayDecide(k);
        } else {
            behandeling.mayReact(k);
        }
        UUID me = toegang.requirePerson();
        // one draft per author and kind: two saves at once must not both insert
        Klacht.getEntityManager().lock(k, LockModeType.PESSIMISTIC_WRITE);
        Concept c = Concept.of(k.id, me, soort).orElseGet(() -> {
            Concept nieuw = new Concept();
            nieuw.id = UUID.randomUUID();
            nieuw.klachtId = k.id;
            nieuw.authorId = me;
            nieuw.kind = soort;
            return nieuw;
        });
        c.setBody(input.text());
        c.savedAt = OffsetDateTime.now(clock);
        c.persist();
        return new View(soort.name(), null, c.savedAt);
    }

    /** The author's draft of this kind; 404 when they kept none. */
    public View read(UUID caseId, String kind) {
        Concept c = own(caseId, kind);
        return new View(c.kind.name(), c.getBody(), c.savedAt);
    }

    /** Throws the author's draft of this kind away; 404 when they kept none. */
    public void delete(UUID caseId, String kind) {
        own(caseId, kind).delete();
    }

    /**
     * The caller's own draft: they reach the case as who writes this kind of text (a party, the employer's decider),
     * and only their own exists for them — another's draft is as absent as none.
     */
    private Concept own(UUID caseId, String kind) {
        Concept.Soort soort = soort(kind);
        Klacht k = toegang.load(caseId);
        if (soort == Concept.Soort.BESLUIT) {
            toegang.require(k, WERKGEVER);
        } else {
            toegang.require(k, KLAGER, AANGEKLAAGDE);
        }
        return Concept.of(k.id, toegang.requirePerson(), soort).orElseThrow(() -> ProblemException.notFound(
                "No draft", "You kept no draft of this text (" + soort.name() + ") for this complaint."));
    }

    private static Concept.Soort soort(String kind) {
        return Concept.Soort.of(kind).orElseThrow(() -> ProblemException.notFound("Unknown kind of draft",
                "A draft is kept for CORRECTIE, ZIENSWIJZE or BESLUIT."));
    }
}
