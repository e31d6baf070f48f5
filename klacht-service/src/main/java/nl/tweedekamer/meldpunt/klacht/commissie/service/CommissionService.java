package nl.tweedekamer.meldpunt.klacht.commissie.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.commissie.CommissielidBenoemd;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissielidOntslagen;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionAppointment;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionRules;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionRules.Seat;
import nl.tweedekamer.meldpunt.klacht.commissie.KnownVertrouwenspersoon;
import nl.tweedekamer.meldpunt.platform.event.EventPublisher;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Platform administrators maintain the commission (art 7.2, 8: appointed and dismissed by the Presidium, on
 * its behalf by the Voorzitter; in the system by the Griffie's administrators). Every change is checked
 * against {@link CommissionRules} and published through the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CommissionService {

    @Inject
    EventPublisher events;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public CommissionAppointment appoint(AppointCommissielid request, String appointedBy) {
        LocalDate today = today();
        CommissionRules.requireSideFits(request.function(), request.side());
        LocalDate lastDay = CommissionRules.lastDayOfTerm(request.function(), request.appointedFrom(),
                request.appointedUntil());
        CommissionRules.requireTermNotLapsed(lastDay, today);
        lockComposition();

        CommissionAppointment appointment = new CommissionAppointment();
        appointment.appointmentId = UUID.randomUUID();
        appointment.personId = request.personId();
        appointment.function = request.function();
        appointment.side = request.side();
        appointment.name = request.name().strip();
        appointment.workEmail = request.workEmail().strip();
        appointment.woman = request.woman();
        appointment.appointedFrom = request.appointedFrom();
        appointment.appointedUntil = lastDay;
        appointment.renewals = 0;
        appointment.appointedAt = OffsetDateTime.now(clock);
        appointment.appointedBy = appointedBy;

        List<CommissionAppointment> all = CommissionAppointment.listAll();
        LocalDate from = appointment.appointedFrom;
        LocalDate until = appointment.appointedUntil;
        CommissionRules.requireSeatFree(new Seat(appointment.function, appointment.side), from, until, all, null);
        CommissionRules.requireOneFunctionPerPerson(appointment.personId, from, until, all, null);
        CommissionRules.requireNoVertrouwenspersoon(from, until, vertrouwenspersoonAppointments(appointment.personId));
        CommissionRules.requireExternalChair(appointment.function,
                appointment.function.isExternal() && onAStaffRoster(appointment.personId, from, until));
        // art 7.5 is judged on the first day the new appointment counts
        LocalDate firstDay = from.isBefore(today) ? today : from;
        List<CommissionAppointment> withNew = new java.util.ArrayList<>(all);
        withNew.add(appointment);
        CommissionRules.requireAWomanOnACompleteCommission(firstDay, withNew);

        appointment.persist();
        publish(CommissielidBenoemd.TYPE, appointment, CommissielidBenoemd.of(appointment));
        return appointment;
    }

    /** art 6.2: four more years from the day after the running term, as often as the Presidium renews. */
    public CommissionAppointment renew(UUID appointmentId) {
        LocalDate today = today();
        lockComposition();
        CommissionAppointment appointment = find(appointmentId);
        CommissionRules.requireRenewable(appointment, today);
        LocalDate from = appointment.appointedUntil.plusDays(1);
        LocalDate until = CommissionRules.lastDayOfTerm(appointment.function, from);
        List<CommissionAppointment> all = CommissionAppointment.listAll();
        CommissionRules.requireSeatFree(new Seat(appointment.function, appointment.side), from, until, all,
                appointment.appointmentId);
        CommissionRules.requireOneFunctionPerPerson(appointment.personId, from, until, all, appointment.appointmentId);
        CommissionRules.requireNoVertrouwenspersoon(from, until, vertrouwenspersoonAppointments(appointment.personId));
        CommissionRules.requireExternalChair(appointment.function,
                appointment.function.isExternal() && onAStaffRoster(appointment.personId, from, until));
        appointment.appointedUntil = until;
        appointment.renewals++;
        publish(CommissielidBenoemd.TYPE, appointment, CommissielidBenoemd.of(appointment));
        return appointment;
    }

    /**
     * Ends an appointment today or from a later day (art 7.2 "ontslagen"; art 7.8 when the member is plausibly
     * involved). Never refused for art 7.5: a composition left without a woman is flagged in the composition.
     */
    public CommissionAppointment end(UUID appointmentId, EndCommissielid ending) {
        LocalDate today = today();
        lockComposition();
        CommissionAppointment appointment = find(appointmentId);
        if (appointment.ended()) {
            throw new ProblemException(409, CommissionRules.PROBLEMS + "commissie-benoeming-beeindigd",
                    "Appointment ended", "This appointment was ended as of " + appointment.endedOn
                            + "; it can be neither renewed nor ended again.", null);
        }
        if (appointment.appointedUntil != null && appointment.appointedUntil.isBefore(today)) {
            throw new ProblemException(409, CommissionRules.PROBLEMS + "commissie-termijn-verstreken",
                    "Term lapsed (art 6.2)", "This appointment's term already ended on " + appointment.appointedUntil
                            + "; there is nothing left to end.", null);
        }
        LocalDate endedOn = ending.endedOn() == null ? today : ending.endedOn();
        if (endedOn.isBefore(today)) {
            throw ProblemException.invalidField("endedOn", "an appointment ends today or later, not in the past");
        }
        if (appointment.appointedUntil != null && endedOn.isAfter(appointment.appointedUntil)) {
            throw ProblemException.invalidField("endedOn",
                    "the term ends by itself on " + appointment.appointedUntil + "; end it on or before that day");
        }
        appointment.endedOn = endedOn;
        appointment.endReason = ending.reason();
        publish(CommissielidOntslagen.TYPE, appointment, CommissielidOntslagen.of(appointment));
        return appointment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommissionAppointment find(UUID appointmentId) {
        CommissionAppointment appointment = CommissionAppointment.findById(appointmentId);
        if (appointment == null) {
            throw ProblemException.notFound("Unknown appointment",
                    "The commission has no appointment " + appointmentId + ".");
        }
        return appointment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommissionAppointment> all(UUID personId) {
        return personId == null
                ? CommissionAppointment.list("order by appointedFrom desc, appointmentId")
                : CommissionAppointment.list("personId = ?1 order by appointedFrom desc, appointmentId", personId);
    }

    private List<KnownVertrouwenspersoon> vertrouwenspersoonAppointments(UUID personId) {
        return KnownVertrouwenspersoon.list("personId", personId);
    }

    /**
     * Whether the person's account is on any organisation's staff roster for a day of [from, until]. Rosters are
     * tenant data; this one question crosses tenants on purpose and answers only yes or no.
     */
    private boolean onAStaffRoster(UUID personId, LocalDate from, LocalDate until) {
        if (until == null) {
            until = LocalDate.of(9999, 12, 31);
        }
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM roster_entry WHERE subject = ?1"
                + " AND employed_from <= ?2 AND (employed_to IS NULL OR employed_to >= ?3)")
                .setParameter(1, personId.toString())
                .setParameter(2, until)
                .setParameter(3, from)
                .getSingleResult();
        return count.longValue() > 0;
    }

    /** Serialises changes of the composition: two racing appointments never both take one seat. */
    private void lockComposition() {
        em.createNativeQuery("SELECT id FROM commission_lock WHERE id = 1 FOR UPDATE").getResultList();
    }

    private void publish(String type, CommissionAppointment appointment, Object payload) {
        // the commission is shared by all tenants: its events belong to none
        events.publish(Topics.KLACHT_EVENTS, appointment.personId.toString(), type, null,
                appointment.appointmentId.toString(), payload);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
