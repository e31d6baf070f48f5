package nl.tweedekamer.meldpunt.melding.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.Melding;
import nl.tweedekamer.meldpunt.melding.MeldingSoort;
import nl.tweedekamer.meldpunt.melding.Toestemming;
import nl.tweedekamer.meldpunt.melding.config.PatternConfig;
import nl.tweedekamer.meldpunt.melding.event.MeldingEvents;
import nl.tweedekamer.meldpunt.platform.event.EventPublisher;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Pattern signals (domain.md §4.8; the VPs' protocol, 003 L6513): when enough meldingen about unwanted behaviour
 * concern one department, the system proposes an anonymised signal to the employer — counts only, never which
 * meldingen, never who, no hoor en wederhoor implied. Matching uses the structured department field only, never
 * any VP's text. A VP decides to send, and only about a department in which a melding is addressed to them.
 * Decision (domain.md §4.8): the signal goes only when the unit is large enough not to identify anyone, or when
 * every melder concerned consented (003 L7289).
 */
@ApplicationScoped
@Transactional
public class Patroonsignalen {

    public record Proposal(String tenantId, String departmentCode, String count) {
    }

    public record Sending(String tenantId, String departmentCode, Integer unitSize) {
    }

    @Inject
    PatternConfig config;

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    /** The departments, among those of the VP's own meldingen, where a pattern shows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Proposal> proposalsFor(UUID vpPersonId) {
        List<Melding> mine = Melding.list("vertrouwenspersoonId = ?1 and soort = ?2", vpPersonId,
                MeldingSoort.ONGEWENSTE_OMGANGSVORMEN);
        return mine.stream().map(m -> m.tenantId + "\u0000" + m.afdeling).distinct().map(unit -> {
            String[] parts = unit.split("\u0000");
            long n = concerned(parts[0], parts[1]).size();
            return n >= config.threshold() ? new Proposal(parts[0], parts[1], Jaarverslag.shown(n)) : null;
        }).filter(p -> p != null).toList();
    }

    public UUID send(UUID vpPersonId, Sending sending) {
        if (Melding.count("vertrouwenspersoonId = ?1 and tenantId = ?2 and afdeling = ?3 and soort = ?4", vpPersonId,
                sending.tenantId(), sending.departmentCode(), MeldingSoort.ONGEWENSTE_OMGANGSVORMEN) == 0) {
            throw ProblemException.notFound("No pattern of yours",
                    "None of your meldingen concerns this department.");
        }
        List<Melding> concerned = concerned(sending.tenantId(), sending.departmentCode());
        if (concerned.size() < config.threshold()) {
            throw ProblemException.conflict("No pattern", "A signal needs at least " + config.threshold()
                    + " meldingen about one department (003 L6513).");
        }
        boolean largeEnough = sending.unitSize() != null && sending.unitSize() >= config.minimumUnitSize();
        if (!largeEnough && !allConsented(concerned)) {
            throw ProblemException.conflict("Unit too small without consent",
                    "A signal about a unit of fewer than " + config.minimumUnitSize()
                            + " people could identify someone; it can be sent only when every melder concerned "
                            + "consented (domain.md §4.8, art 5.3).");
        }
        UUID signalId = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        events.publish(Topics.MELDING_EVENTS, signalId.toString(), MeldingEvents.Patroonsignaal.TYPE,
                sending.tenantId(), signalId.toString(), new MeldingEvents.Patroonsignaal(signalId, sending.tenantId(),
                        sending.departmentCode(), Jaarverslag.shown(concerned.size()), today));
        return signalId;
    }

    private static List<Melding> concerned(String tenantId, String department) {
        return Melding.list("tenantId = ?1 and afdeling = ?2 and soort = ?3", tenantId, department,
                MeldingSoort.ONGEWENSTE_OMGANGSVORMEN);
    }

    private static boolean allConsented(List<Melding> concerned) {
        Map<UUID, Long> consents = Toestemming.<Toestemming>list("meldingId in ?1 and scope = ?2 and withdrawnAt is null",
                concerned.stream().map(m -> m.id).toList(), Toestemming.Scope.PATROONSIGNAAL).stream()
                .collect(Collectors.groupingBy(t -> t.meldingId, Collectors.counting()));
        return concerned.stream().allMatch(m -> consents.containsKey(m.id));
    }
}
