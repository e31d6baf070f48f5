package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.repository.CaseDirectory;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Linking an accused to a person (domain.md §10.3): the secretary searches the roster of the accused's employer by
 * name and sees name and function only; a person who is not on that roster is never linked.
 */
@ApplicationScoped
@Transactional
public class Koppeling {

    public static final String NIET_OP_ROOSTER = "https://meldpunt.tweedekamer.nl/problems/niet-op-rooster";

    @Inject
    KlachtToegang toegang;

    @Inject
    CaseDirectory directory;

    /** The people on the roster of this accused's employer whose name contains the search text. */
    public List<CaseDirectory.RosterMatch> candidates(UUID caseId, UUID accusedId, String name) {
        Klacht k = toegang.load(caseId);
        toegang.require(k, Betrokkenheid.SECRETARIS);
        if (name == null || name.strip().length() < 2) {
            throw ProblemException.invalidField("naam", "search with at least 2 characters of the name");
        }
        return directory.searchRoster(accused(k, accusedId).employerTenantId, name);
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
