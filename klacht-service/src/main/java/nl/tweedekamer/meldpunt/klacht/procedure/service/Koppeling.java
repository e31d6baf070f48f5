package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.event.KlachtEventPayloads.KoppelingOngedaan;
import nl.tweedekamer.meldpunt.klacht.event.KlachtEvents;
import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Datalek;
import nl.tweedekamer.meldpunt.klacht.procedure.Inzage;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.repository.CaseDirectory;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Linking an accused to a person (domain.md §10.3): the secretary searches the roster of the accused's employer by
 * name and sees name and function only; a person who is not on that roster is never linked. A wrong link can be
 * undone; if the wrongly linked person had read the case by then, the undo is recorded as a personal-data breach in
 * the case's audit trail and the chair is told (AVG art 33/34 are the organisation's duty: the system gives the facts).
 */
@ApplicationScoped
@Transactional
public class Koppeling {

    public static final String NIET_OP_ROOSTER = nl.tweedekamer.meldpunt.klacht.onboarding.RosterEntry.NIET_OP_ROOSTER;

    private static final Logger LOG = Logger.getLogger(Koppeling.class);

    /** What undoing a link found: whether the wrongly linked person had read the case, how often and when. */
    public record Ontkoppeling(UUID accusedId, boolean personalDataBreach, int reads, OffsetDateTime firstReadAt,
            OffsetDateTime lastReadAt) {
    }

    @Inject
    KlachtToegang toegang;

    @Inject
    CaseDirectory directory;

    @Inject
    KlachtEvents events;

    @Inject
    Clock clock;

    @Inject
    nl.tweedekamer.meldpunt.platform.security.Caller caller;

    /** The people on the roster of this accused's employer whose name contains the search text. */
    public List<CaseDirectory.RosterMatch> candidates(UUID caseId, UUID accusedId, String name) {
        Klacht k = toegang.load(caseId);
        // domain.md §10.3: the secretary's search; the chair of the case records admissibility with the links (10.1)
        toegang.require(k, Betrokkenheid.SECRETARIS, Betrokkenheid.VOORZITTER);
        if (name == null || name.strip().length() < 2) {
            throw ProblemException.invalidField("naam", "search with at least 2 characters of the name");
        }
        return directory.searchRoster(accused(k, accusedId).employerTenantId, name);
    }

    /** Links an admitted accused whose link was undone to the right person, from the same roster. */
    public Aangeklaagde link(UUID caseId, UUID accusedId, KlachtInput.Persoon person) {
        Klacht k = linkable(caseId);
        Aangeklaagde a = accused(k, accusedId);
        if (a.personId != null) {
            throw ProblemException.conflict("Accused already linked", "This accused is linked to a person; undo that"
                    + " link first (domain.md §10.3).");
        }
        a.personId = onEmployersRoster(a, person.personId());
        a.email = person.email();
        LOG.infof("Accused linked again in complaint %s", k.reference);
        return a;
    }

    /**
     * Undoes the link of an accused: the person linked no longer reads the case. Their reads until now are a
     * personal-data breach, recorded with the facts and published so that the chair is told.
     */
    public Ontkoppeling undo(UUID caseId, UUID accusedId) {
        Klacht k = linkable(caseId);
        Aangeklaagde a = accused(k, accusedId);
        if (a.personId == null) {
            throw ProblemException.conflict("Accused not linked", "This accused is not linked to anyone.");
        }
        UUID wronglyLinked = a.personId;
        List<Inzage> reads = Inzage.<Inzage>list("klachtId = ?1 and personId = ?2 and asParty = ?3 order by readAt",
                k.id, wronglyLinked.toString(), Betrokkenheid.AANGEKLAAGDE.name());
        a.personId = null;
        a.email = null;
        LocalDate today = LocalDate.now(clock);
        Ontkoppeling result = new Ontkoppeling(a.id, !reads.isEmpty(), reads.size(),
                reads.isEmpty() ? null : reads.get(0).readAt, reads.isEmpty() ? null : reads.get(reads.size() - 1).readAt);
        if (result.personalDataBreach()) {
            Datalek breach = new Datalek();
            breach.id = UUID.randomUUID();
            breach.klachtId = k.id;
            breach.accusedId = a.id;
            breach.personId = wronglyLinked;
            breach.reads = result.reads();
            breach.firstReadAt = result.firstReadAt();
            breach.lastReadAt = result.lastReadAt();
            breach.recordedOn = today;
            breach.recordedBy = caller.subject();
            breach.persist();
        }
        events.publish(k, KoppelingOngedaan.TYPE,
                new KoppelingOngedaan(k.id, k.reference, k.tenantId, a.id, today, result.personalDataBreach()));
        LOG.infof("Link of an accused undone in complaint %s; read by the person linked: %s", k.reference,
                result.personalDataBreach());
        return result;
    }

    /** The secretary links only in an admitted case that has not ended: the accused reads from admissibility on. */
    private Klacht linkable(UUID caseId) {
        Klacht k = toegang.load(caseId);
        toegang.require(k, Betrokkenheid.SECRETARIS);
        if (!Boolean.TRUE.equals(k.admissible) || k.ended()) {
            throw ProblemException.conflict("No link now", "An accused is linked from the admissibility decision"
                    + " until the case ends (domain.md §10.3).");
        }
        return k;
    }

    /** @return the id to link: the person's login on the roster of the accused's employer; 422 when not on it */
    UUID onEmployersRoster(Aangeklaagde a, UUID personId) {
        return directory.onRoster(a.employerTenantId, personId).map(CaseDirectory.RosterMatch::linkId)
                .orElseThrow(() -> ProblemException.unprocessable(NIET_OP_ROOSTER, "Not on the employer's roster",
                        "An accused is linked to a person on the roster of their employer (" + a.employerTenantId
                                + "), chosen from a name search (domain.md §10.3); person " + personId
                                + " is not on it (accused " + a.id + ")."));
    }

    private static Aangeklaagde accused(Klacht k, UUID accusedId) {
        return Aangeklaagde.of(k.id).stream().filter(a -> a.id.equals(accusedId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Unknown accused",
                        "This complaint names no accused " + accusedId + "."));
    }
}
