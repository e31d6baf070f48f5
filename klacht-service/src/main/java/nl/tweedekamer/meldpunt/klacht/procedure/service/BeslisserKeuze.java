package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.event.KlachtEventPayloads.BeslisserBenoemd;
import nl.tweedekamer.meldpunt.klacht.event.KlachtEvents;
import nl.tweedekamer.meldpunt.klacht.onboarding.RosterEntry;
import nl.tweedekamer.meldpunt.klacht.onboarding.StandingDecider;
import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtWerkgever;
import nl.tweedekamer.meldpunt.klacht.procedure.repository.CaseDirectory;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Who decides for an employer in a case (domain.md §10.2): the organisation's standing decider, or its deputy when
 * the decider is a party, as the commission confirms it at admissibility or on a request for temporary measures
 * (art 12.4); or another person of that employer's roster the commission names. A party of the case never decides.
 * Only that person reads the case as the employer, receives the advice, the reminders and the employer's mails, and
 * decides; there is no fallback to the organisation's general address.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BeslisserKeuze {

    public static final String BESLISSER_IS_PARTIJ = "https://meldpunt.tweedekamer.nl/problems/beslisser-is-partij";
    public static final String GEEN_BESLISSER = "https://meldpunt.tweedekamer.nl/problems/geen-beslisser";

    private static final Logger LOG = Logger.getLogger(BeslisserKeuze.class);

    @Inject
    CaseDirectory directory;

    @Inject
    KlachtEvents events;

    @Inject
    Clock clock;

    /** At filing: the complainant is their own organisation's standing decider or its deputy. */
    public boolean complainantIsStandingDecider(Klacht k) {
        return StandingDecider.of(k.tenantId)
                .filter(d -> k.complainantId != null
                        && (k.complainantId.equals(d.deciderId) || k.complainantId.equals(d.deputyId)))
                .isPresent();
    }

    /**
     * The commission confirms the standing decider of each employer, or names another person for it; the
     * employers without a decider that is not a party are refused with 422, and nothing is recorded.
     */
    public void confirm(Klacht k, List<String> employers, List<KlachtInput.Beslisser> named) {
        List<KlachtInput.Beslisser> naming = named == null ? List.of() : named;
        for (KlachtInput.Beslisser n : naming) {
            if (!employers.contains(n.employerTenantId())) {
                throw ProblemException.invalidField("deciders", "a decider is named for an employer of this step"
                        + " only (" + String.join(", ", employers) + "), not for " + n.employerTenantId());
            }
        }
        for (String employer : employers) {
            Optional<UUID> person = naming.stream().filter(n -> n.employerTenantId().equals(employer))
                    .map(KlachtInput.Beslisser::personId).findFirst();
            name(k, employer, person.isPresent() ? named(k, employer, person.get()) : standing(k, employer)
                    .orElseThrow(() -> ProblemException.unprocessable(GEEN_BESLISSER, "No decider for the employer",
                            "Employer " + employer + " has no standing decider or deputy who is not a party of this"
                                    + " case; the commission names the person who decides for it (domain.md §10.2).")));
        }
    }

    /** The commission names another person to decide for an employer of the case (or confirms one). */
    public KlachtWerkgever rename(Klacht k, String employer, UUID person) {
        if (!employersOf(k).contains(employer)) {
            throw ProblemException.notFound("Not an employer of this case",
                    "Employer " + employer + " is not the employer of a party of this complaint.");
        }
        Optional<LocalDate> decided = row(k, employer).map(w -> w.decidedOn).filter(d -> d != null);
        if (decided.isPresent()) {
            throw ProblemException.conflict("Already decided", "This employer decided on " + decided.get() + ".");
        }
        return name(k, employer, named(k, employer, person));
    }

    /**
     * The row of an employer with its decider: the one the commission confirmed, or else the standing decider
     * (art 12.4, a request that reaches an employer after admissibility); empty when nobody may decide for it yet.
     * Before admissibility the accused are names on paper, not yet linked to anyone: a standing decider who is the
     * accused could not be told apart, so only the commission names a decider then ({@link #rename}).
     */
    public Optional<KlachtWerkgever> ofEmployer(Klacht k, String employer) {
        Optional<KlachtWerkgever> row = row(k, employer).filter(w -> w.recipientId != null);
        if (row.isPresent() || !Boolean.TRUE.equals(k.admissible)) {
            return row;
        }
        return standing(k, employer).map(person -> name(k, employer, person));
    }

    /** The employers of the parties: the complainant's and each accused's. */
    static List<String> employersOf(Klacht k) {
        return Stream.concat(Stream.of(k.tenantId), Aangeklaagde.of(k.id).stream().map(a -> a.employerTenantId))
                .distinct().toList();
    }

    private Optional<UUID> standing(Klacht k, String employer) {
        Set<UUID> parties = parties(k);
        return StandingDecider.of(employer).flatMap(d -> Stream.of(d.deciderId, d.deputyId)
                .filter(id -> !parties.contains(id))
                .filter(id -> directory.onRoster(employer, id).isPresent())
                .findFirst());
    }

    private UUID named(Klacht k, String employer, UUID person) {
        UUID id = directory.onRoster(employer, person).map(CaseDirectory.RosterMatch::linkId)
                .orElseThrow(() -> ProblemException.unprocessable(RosterEntry.NIET_OP_ROOSTER,
                        "Not on the employer's roster", "The person who decides for employer " + employer
                                + " is on its roster (domain.md §10.2); person " + person + " is not on it."));
        if (parties(k).contains(id)) {
            throw ProblemException.unprocessable(BESLISSER_IS_PARTIJ, "A party does not decide",
                    "The person who decides for the employer is never the complainant or an accused of the case"
                            + " (domain.md §10.2); name someone else for employer " + employer + ".");
        }
        return id;
    }

    private KlachtWerkgever name(Klacht k, String employer, UUID person) {
        KlachtWerkgever row = row(k, employer).orElseGet(() -> {
            KlachtWerkgever fresh = new KlachtWerkgever();
            fresh.id = UUID.randomUUID();
            fresh.klachtId = k.id;
            fresh.employerTenantId = employer;
            return fresh;
        });
        if (person.equals(row.recipientId)) {
            return row;
        }
        LocalDate today = LocalDate.now(clock);
        row.recipientId = person;
        row.setRecipientName(directory.onRoster(employer, person).map(CaseDirectory.RosterMatch::name).orElse(null));
        row.setRecipientEmail(null);
        row.deciderNamedOn = today;
        row.persist();
        events.publish(k, BeslisserBenoemd.TYPE,
                new BeslisserBenoemd(k.id, k.reference, k.tenantId, employer, person, today));
        LOG.infof("Decider of employer %s named in complaint %s", employer, k.reference);
        return row;
    }

    private static Optional<KlachtWerkgever> row(Klacht k, String employer) {
        return KlachtWerkgever.of(k.id).stream().filter(w -> w.employerTenantId.equals(employer)).findFirst();
    }

    private static Set<UUID> parties(Klacht k) {
        Set<UUID> parties = new HashSet<>();
        if (k.complainantId != null) {
            parties.add(k.complainantId);
        }
        Aangeklaagde.of(k.id).stream().filter(a -> a.personId != null).forEach(a -> parties.add(a.personId));
        return parties;
    }
}
