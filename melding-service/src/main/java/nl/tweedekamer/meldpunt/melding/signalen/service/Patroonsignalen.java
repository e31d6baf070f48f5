package nl.tweedekamer.meldpunt.melding.signalen.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import nl.tweedekamer.meldpunt.melding.config.PatternConfig;
import nl.tweedekamer.meldpunt.melding.crypto.EnvelopeEncryption;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingSoort;
import nl.tweedekamer.meldpunt.melding.dossier.Toestemming;
import nl.tweedekamer.meldpunt.melding.event.MeldingEvents;
import nl.tweedekamer.meldpunt.melding.jaarverslag.service.Jaarverslag;
import nl.tweedekamer.meldpunt.melding.signalen.Patroonsignaal;
import nl.tweedekamer.meldpunt.platform.event.EventPublisher;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Pattern signals (domain.md §4.8; the VPs' protocol, 003 L6513): when enough meldingen about unwanted behaviour
 * concern one department or one person, the system proposes an anonymised signal to the employer — counts only, never which
 * meldingen, never who, no hoor en wederhoor implied. Matching uses the structured department field, or the keyed
 * token of the person concerned ({@link PersoonTokens}, within one organisation), never any VP's text. A VP decides
 * to send, and only about a pattern that one of their own meldingen is part of. A signal about one person still
 * goes to the employer at department level: the department of the VP's melding, and the count.
 * Decision (domain.md §4.8): the signal goes only when the unit is large enough not to identify anyone, or when
 * every melder concerned consented (003 L7289).
 */
@ApplicationScoped
@Transactional
public class Patroonsignalen {

    /** What a pattern is matched on: the department field, or the token of one person. */
    public enum Basis {
        AFDELING, PERSOON
    }

    /**
     * A proposal. For a person, {@code meldingId} is the VP's own melding that names them (to send it by); the token
     * and the other meldingen are never shown.
     */
    private static final String ADVICE_FIELD = "advice";

    public record Proposal(Basis basis, String tenantId, String departmentCode, String count, UUID meldingId) {
    }

    public record Sending(Basis basis, String tenantId, String departmentCode, UUID meldingId, Integer unitSize,
            String advice) {
    }

    /** A signal as the organisation reads it: the unit, the count as shown, the period, the VP's advice. */
    public record Received(UUID signalId, String departmentCode, String basis, String count, int periodYear,
            LocalDate sentOn, String advice) {
    }

    @Inject
    PatternConfig config;

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    @Inject
    EnvelopeEncryption crypto;

    /** The patterns, among those of the VP's own meldingen, that reach the threshold. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Proposal> proposalsFor(UUID vpPersonId) {
        List<Melding> mine = Melding.list("vertrouwenspersoonId = ?1 and soort = ?2", vpPersonId,
                MeldingSoort.ONGEWENSTE_OMGANGSVORMEN);
        List<Proposal> proposals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Melding m : mine) {
            if (!Melding.AFDELING_ONBEKEND.equals(m.afdeling) && seen.add("A\u0000" + m.tenantId + "\u0000" + m.afdeling)) {
                long n = concernedInDepartment(m.tenantId, m.afdeling).size();
                if (n >= config.threshold()) {
                    proposals.add(new Proposal(Basis.AFDELING, m.tenantId, m.afdeling, Jaarverslag.shown(n), null));
                }
            }
        }
        for (Melding m : mine) {
            if (m.personToken != null && seen.add("P\u0000" + m.tenantId + "\u0000" + m.personToken)) {
                long n = concernedWithPerson(m.tenantId, m.personToken).size();
                if (n >= config.threshold()) {
                    proposals.add(new Proposal(Basis.PERSOON, m.tenantId, m.afdeling, Jaarverslag.shown(n), m.id));
                }
            }
        }
        return proposals;
    }

    public UUID send(UUID vpPersonId, Sending sending) {
        String tenantId;
        String department;
        List<Melding> concerned;
        if (sending.basis() == Basis.PERSOON) {
            Melding mine = sending.meldingId() == null ? null : Melding.findById(sending.meldingId());
            if (mine == null || !mine.vertrouwenspersoonId.equals(vpPersonId) || mine.personToken == null
                    || mine.soort != MeldingSoort.ONGEWENSTE_OMGANGSVORMEN) {
                throw ProblemException.notFound("No pattern of yours",
                        "None of your meldingen names a person in a pattern by this melding id.");
            }
            tenantId = mine.tenantId;
            department = mine.afdeling;
            concerned = concernedWithPerson(tenantId, mine.personToken);
        } else {
            if (sending.tenantId() == null || sending.tenantId().isBlank()) {
                throw ProblemException.invalidField("tenantId", "required for a department signal");
            }
            if (sending.departmentCode() == null || sending.departmentCode().isBlank()) {
                throw ProblemException.invalidField("departmentCode", "required for a department signal");
            }
            tenantId = sending.tenantId();
            department = sending.departmentCode();
            if (Melding.count("vertrouwenspersoonId = ?1 and tenantId = ?2 and afdeling = ?3 and soort = ?4",
                    vpPersonId, tenantId, department, MeldingSoort.ONGEWENSTE_OMGANGSVORMEN) == 0) {
                throw ProblemException.notFound("No pattern of yours",
                        "None of your meldingen concerns this department.");
            }
            concerned = concernedInDepartment(tenantId, department);
        }
        if (concerned.size() < config.threshold()) {
            throw ProblemException.conflict("No pattern", "A signal needs at least " + config.threshold()
                    + " meldingen about one department or one person (003 L6513).");
        }
        boolean largeEnough = sending.unitSize() != null && sending.unitSize() >= config.minimumUnitSize();
        if (!largeEnough && !allConsented(concerned)) {
            throw ProblemException.conflict("Unit too small without consent",
                    "A signal about a unit of fewer than " + config.minimumUnitSize()
                            + " people could identify someone; it can be sent only when every melder concerned "
                            + "consented (domain.md §4.8, art 5.3).");
        }
        LocalDate today = LocalDate.now(clock);
        Patroonsignaal earlier = Patroonsignaal.find("tenantId = ?1 and departmentCode = ?2 and periodYear = ?3",
                tenantId, department, today.getYear()).firstResult();
        if (earlier != null) {
            throw alreadySent(today.getYear(), earlier.sentOn);
        }
        UUID signalId = UUID.randomUUID();
        store(signalId, tenantId, department, sending, Jaarverslag.shown(concerned.size()), today);
        events.publish(Topics.MELDING_EVENTS, signalId.toString(), MeldingEvents.Patroonsignaal.TYPE, tenantId,
                signalId.toString(), new MeldingEvents.Patroonsignaal(signalId, tenantId, department,
                        Jaarverslag.shown(concerned.size()), today, sending.basis().name(), today.getYear()));
        return signalId;
    }

    /** The signals sent about the organisation, newest first, the advice decrypted. */
    public List<Received> receivedBy(String tenantId) {
        return Patroonsignaal.<Patroonsignaal>list("tenantId = ?1 order by sentOn desc, id", tenantId).stream()
                .map(s -> new Received(s.id, s.departmentCode, s.basis, s.countShown, s.periodYear, s.sentOn,
                        crypto.open(s.id, ADVICE_FIELD, s.adviceCiphertext)))
                .toList();
    }

    private void store(UUID signalId, String tenantId, String department, Sending sending, String count,
            LocalDate today) {
        Patroonsignaal row = new Patroonsignaal();
        row.id = signalId;
        row.tenantId = tenantId;
        row.departmentCode = department;
        row.periodYear = today.getYear();
        row.basis = sending.basis().name();
        row.countShown = count;
        row.sentOn = today;
        String advice = sending.advice() == null || sending.advice().isBlank() ? null : sending.advice().strip();
        if (advice != null) {
            // the advice is the VP's own words: the signal gets a data key of its own, as a melding does
            crypto.createDataKey(signalId, tenantId);
            row.adviceCiphertext = crypto.seal(signalId, ADVICE_FIELD, advice);
        }
        try {
            row.persist();
            Patroonsignaal.flush();
        } catch (PersistenceException e) {
            if (!violatesAConstraint(e)) {
                throw e;
            }
            // another VP sent one about the same unit and period a moment earlier; the unique key kept it single
            throw alreadySent(today.getYear(), today);
        }
    }

    private static boolean violatesAConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** domain.md §10.9: a signal about the same unit and period is sent once. */
    private static ProblemException alreadySent(int year, LocalDate sentOn) {
        return ProblemException.conflict("Signal already sent",
                "A pattern signal about this department was already sent for " + year + " (on " + sentOn
                        + "); the organisation has it. One signal per department and year (domain.md §10.9).");
    }

    private static List<Melding> concernedInDepartment(String tenantId, String department) {
        return Melding.list("tenantId = ?1 and afdeling = ?2 and soort = ?3", tenantId, department,
                MeldingSoort.ONGEWENSTE_OMGANGSVORMEN);
    }

    private static List<Melding> concernedWithPerson(String tenantId, String personToken) {
        return Melding.list("tenantId = ?1 and personToken = ?2 and soort = ?3", tenantId, personToken,
                MeldingSoort.ONGEWENSTE_OMGANGSVORMEN);
    }

    private static boolean allConsented(List<Melding> concerned) {
        Map<UUID, Long> consents = Toestemming.<Toestemming>list("meldingId in ?1 and scope = ?2 and withdrawnAt is null",
                concerned.stream().map(m -> m.id).toList(), Toestemming.Scope.PATROONSIGNAAL).stream()
                .collect(Collectors.groupingBy(t -> t.meldingId, Collectors.counting()));
        return concerned.stream().allMatch(m -> consents.containsKey(m.id));
    }
}
