package nl.tweedekamer.meldpunt.klacht.procedure.service;

import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.AANGEKLAAGDE;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.COMMISSIE;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.KLAGER;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.SECRETARIS;
import static nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid.VOORZITTER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Hoorverzoeken;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.PartijVerzoek;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;

/**
 * The parties' requests about their hearing (art 11.1, 11.3, 11.5; rules in {@link Hoorverzoeken}): to be heard
 * separately, decided by the commission, and the counsel who assists them. The commission reads them all, a party
 * their own; nothing of them leaves the service.
 */
@ApplicationScoped
@Transactional
public class PartijVerzoekService {

    /** A request: to be heard separately (with an optional reason), or the name of one's counsel. */
    public record Verzoek(@NotNull PartijVerzoek.Soort kind, @Size(max = 4000) String reason,
            @Size(max = 200) String counselName) {
    }

    public record Beslissing(@NotNull Boolean granted) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(UUID id, String kind, String askedAs, UUID accusedId, String reason, String counselName,
            LocalDate requestedOn, String outcome, LocalDate decidedOn) {
    }

    @Inject
    KlachtToegang toegang;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public View ask(UUID caseId, Verzoek input) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, KLAGER, AANGEKLAAGDE);
        Hoorverzoeken.requireOpen(k);
        boolean counsel = input.kind() == PartijVerzoek.Soort.RAADSMAN;
        if (counsel && (input.counselName() == null || input.counselName().isBlank())) {
            throw ProblemException.invalidField("counselName", "name the counsel who assists you (art 11.3)");
        }
        if (!counsel && input.counselName() != null) {
            throw ProblemException.invalidField("counselName", "only with kind RAADSMAN");
        }
        UUID me = toegang.requirePerson();
        UUID accusedId = as == AANGEKLAAGDE ? Aangeklaagde.of(k.id).stream().filter(a -> me.equals(a.personId))
                .map(a -> a.id).findFirst().orElseThrow() : null;
        Klacht.getEntityManager().lock(k, LockModeType.PESSIMISTIC_WRITE);
        if (!counsel && PartijVerzoek.of(k.id).stream()
                .anyMatch(r -> r.open() && r.askedAs == as && me.equals(r.askedBy))) {
            throw ProblemException.conflict("Request already open",
                    "You asked to be heard separately already; the commission decides it (art 11.5).");
        }
        PartijVerzoek r = new PartijVerzoek();
        r.id = UUID.randomUUID();
        r.klachtId = k.id;
        r.kind = input.kind();
        r.askedAs = as;
        r.askedBy = me;
        r.accusedId = accusedId;
        r.requestedOn = LocalDate.now(clock);
        r.setReason(input.reason() == null || input.reason().isBlank() ? null : input.reason());
        r.setCounselName(counsel ? input.counselName().strip() : null);
        r.persist();
        k.updatedAt = OffsetDateTime.now(clock);
        return view(r);
    }

    public List<View> list(UUID caseId) {
        Klacht k = toegang.load(caseId);
        Betrokkenheid as = toegang.require(k, KLAGER, AANGEKLAAGDE, VOORZITTER, COMMISSIE, SECRETARIS);
        toegang.recordRead(k, as, "VERZOEKEN");
        UUID me = toegang.person().orElse(null);
        return PartijVerzoek.of(k.id).stream()
                .filter(r -> as.commission() || (r.askedAs == as && r.askedBy.equals(me))).map(PartijVerzoekService::view).toList();
    }

    /** Art 11.5: the commission decides whether a party is heard without the other present. */
    public View decide(UUID caseId, UUID requestId, Beslissing input) {
        Klacht k = toegang.load(caseId);
        toegang.require(k, VOORZITTER, COMMISSIE, SECRETARIS);
        PartijVerzoek r = PartijVerzoek.<PartijVerzoek>find("id = ?1 and klachtId = ?2", requestId, k.id)
                .firstResult();
        if (r == null) {
            throw ProblemException.notFound("Unknown request", "The complaint has no request " + requestId + ".");
        }
        if (r.kind != PartijVerzoek.Soort.APART_HOREN) {
            throw ProblemException.conflict("Nothing to decide",
                    "A party is assisted by the counsel they name (art 11.3); the commission decides requests to be "
                            + "heard separately only (art 11.5).");
        }
        if (r.outcome != null) {
            throw ProblemException.conflict("Decided already", "This request was decided on " + r.decidedOn + ".");
        }
        r.outcome = input.granted() ? PartijVerzoek.Uitkomst.TOEGEWEZEN : PartijVerzoek.Uitkomst.AFGEWEZEN;
        r.decidedBy = caller.subject();
        r.decidedOn = LocalDate.now(clock);
        k.updatedAt = OffsetDateTime.now(clock);
        return view(r);
    }

    private static View view(PartijVerzoek r) {
        return new View(r.id, r.kind.name(), r.askedAs.name(), r.accusedId, r.getReason(), r.getCounselName(),
                r.requestedOn, r.outcome == null ? null : r.outcome.name(), r.decidedOn);
    }
}
