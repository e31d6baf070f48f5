package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.event.OverdrachtVoltooid;
import nl.tweedekamer.meldpunt.melding.event.VertrouwenspersoonBenoemd;
import nl.tweedekamer.meldpunt.melding.event.VertrouwenspersoonOntslagen;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Appointment;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Commissielid;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.EigenVertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.EndReason;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Ending;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.FunctionCategory;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKeuzeInForce;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;
import nl.tweedekamer.meldpunt.platform.event.EventPublisher;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.tenantreplica.TenantReplica;
import nl.tweedekamer.meldpunt.tenantreplica.TenantSnapshotJson;

/**
 * Appointments of vertrouwenspersonen (art 4), of either kind ({@link VertrouwenspersoonKind}): to the shared pool,
 * or as a fractie's own. One method per step, for both kinds; own VPs are read and written within the request's
 * tenant, which the resource entered before calling.
 */
@ApplicationScoped
@Transactional
public class VertrouwenspersoonService {

    static final String COMMISSION_EXCLUDED = "https://meldpunt.tweedekamer.nl/problems/vertrouwenspersoon-commissielid";

    static final String HR_EXCLUDED = "https://meldpunt.tweedekamer.nl/problems/vertrouwenspersoon-hr-uitgesloten";

    @Inject
    EventPublisher events;

    @Inject
    TenantSnapshotJson snapshots;

    @Inject
    Clock clock;

    @Inject
    OpvolgingService opvolging;

    /**
     * Appoint to the kind's scope: the shared pool, or a fractie's own VPs — the latter only where its declaration
     * in force chooses them (domain.md §1), and never in an organisation being offboarded.
     */
    public Vertrouwenspersoon appoint(VertrouwenspersoonKind kind, String tenantId, Appointment appointment) {
        if (kind == VertrouwenspersoonKind.EIGEN) {
            TenantReplica tenant = TenantReplica.findById(tenantId);
            if (tenant == null || !tenant.isActive()) {
                throw ProblemException.conflict("Organisation offboarded",
                        "This organisation is being offboarded and appoints no new vertrouwenspersonen.");
            }
            requireOwnVertrouwenspersonenChosen(tenant);
        }
        if (Vertrouwenspersoon.isOpen(kind, appointment.personId())) {
            throw alreadyAppointed();
        }
        // Hibernate fills @TenantId only when it flushes; the event, written before that, needs it now
        Vertrouwenspersoon vp = Vertrouwenspersoon.newOf(kind, tenantId);
        appoint(vp, appointment);
        return vp;
    }

    /** Renew the open appointment (art 4.2); a fractie's own only while its declaration still chooses them. */
    public Vertrouwenspersoon renew(VertrouwenspersoonKind kind, String tenantId, UUID personId) {
        Vertrouwenspersoon vp = open(kind, personId);
        if (kind == VertrouwenspersoonKind.EIGEN) {
            requireOwnVertrouwenspersonenChosen(TenantReplica.findById(tenantId));
        }
        return renewTerm(vp);
    }

    public Vertrouwenspersoon end(VertrouwenspersoonKind kind, UUID personId, Ending ending) {
        return endAppointment(open(kind, personId), ending);
    }

    /**
     * Art 4.5: a VP who takes a seat on the klachtencommissie during their term can no longer be a VP; their appointment ends that
     * day, and their files wait for the hand-over of art 5.7. A fractie's own within the request's tenant (see
     * {@link #tenantsWithOpenOwn}).
     */
    public void endOnCommissionSeat(VertrouwenspersoonKind kind, Commissielid seat) {
        Vertrouwenspersoon.query(kind, "openPersonId", seat.personId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .filter(vp -> seat.overlaps(vp.appointedFrom, vp.appointedUntil))
                .ifPresent(vp -> endAppointment(vp, new Ending(EndReason.INCOMPATIBLE_FUNCTION)));
    }

    /**
     * The fractie's own appointments of this person that are open, in any tenant: read past the tenant discriminator
     * (a native query), because the commission event that asks for it belongs to no tenant.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> tenantsWithOpenOwn(UUID personId) {
        return EigenVertrouwenspersoon.getEntityManager()
                .createNativeQuery("select tenant_id from eigen_vertrouwenspersoon where open_person_id = ?1")
                .setParameter(1, personId).getResultList();
    }

    /** The open appointment, else the latest one: what an administrator or the contact lookup asks for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Vertrouwenspersoon appointment(VertrouwenspersoonKind kind, UUID personId) {
        return Vertrouwenspersoon.latest(kind, personId).orElseThrow(() -> unknown(personId));
    }

    /**
     * The VPs the tenant's staff can turn to today: the shared pool, open to everyone, declared or not
     * (domain.md §1, 003 L8988), and the fractie's own where its declaration in force chooses them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Vertrouwenspersoon> availableTo(String tenantId) {
        LocalDate today = today();
        List<Vertrouwenspersoon> available = new ArrayList<>(serving(VertrouwenspersoonKind.POOL, today));
        TenantReplica tenant = TenantReplica.findById(tenantId);
        if (tenant != null
                && VertrouwenspersoonKeuzeInForce.ownVertrouwenspersonenOn(snapshots.read(tenant), today)) {
            available.addAll(serving(VertrouwenspersoonKind.EIGEN, today));
        }
        available.sort(Comparator.comparing((Vertrouwenspersoon vp) -> vp.name).thenComparing(vp -> vp.personId));
        return available;
    }

    /**
     * Art 5.7: the files of a VP whose appointment ended go to a successor: for a pool VP one who serves in the
     * pool today, for a fractie's own VP another own VP of the fractie or a pool VP.
     */
    public int handOver(VertrouwenspersoonKind kind, String tenantId, UUID personId, UUID successorId) {
        Vertrouwenspersoon ended = appointment(kind, personId);
        requireEnded(ended);
        Vertrouwenspersoon successor = kind == VertrouwenspersoonKind.POOL
                ? servingPool().stream().filter(v -> v.personId.equals(successorId)).findFirst()
                        .orElseThrow(() -> ProblemException.invalidField("successorId",
                                "not a pool vertrouwenspersoon serving today"))
                : availableTo(tenantId).stream().filter(v -> v.personId.equals(successorId)).findFirst()
                        .orElseThrow(() -> ProblemException.invalidField("successorId",
                                "not a vertrouwenspersoon available to this organisation today"));
        return handOverTo(ended, successor);
    }

    private int handOverTo(Vertrouwenspersoon ended, Vertrouwenspersoon successor) {
        // one hand-over of an appointment at a time, so its completion is published once
        io.quarkus.hibernate.orm.panache.Panache.getEntityManager().refresh(ended, LockModeType.PESSIMISTIC_WRITE);
        int moved = opvolging.handOverFiles(ended, successor);
        ended.filesHandedOver += moved;
        completeHandOverWhenNothingHeld(ended);
        return moved;
    }

    /**
     * Art 5.7: the hand-over is complete once the ended appointment holds no file, open or closed; T7 closes on
     * that day (termijn-service). Published once: a later hand-over finds it complete. An appointment that ends
     * without any file completes at once, with nothing to hand over.
     */
    private void completeHandOverWhenNothingHeld(Vertrouwenspersoon ended) {
        if (ended.handoverCompletedOn != null || opvolging.filesHeldBy(ended) > 0) {
            return;
        }
        ended.handoverCompletedOn = today();
        publish(OverdrachtVoltooid.TYPE, ended, OverdrachtVoltooid.of(ended));
    }

    private static void requireEnded(Vertrouwenspersoon vp) {
        if (!vp.ended()) {
            throw ProblemException.conflict("Appointment not ended",
                    "Files are handed over once the appointment has ended (art 5.7); end it first.");
        }
    }

    /** Every pool appointment, serving or ended, the latest start first: the platform administrator's overview. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Vertrouwenspersoon> poolAppointments() {
        List<Vertrouwenspersoon> all = new ArrayList<>(Vertrouwenspersoon.listOf(VertrouwenspersoonKind.POOL,
                "appointedFrom is not null"));
        all.sort(java.util.Comparator.comparing((Vertrouwenspersoon vp) -> vp.appointedFrom).reversed());
        return all;
    }

    /** The pool VPs serving today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Vertrouwenspersoon> servingPool() {
        return serving(VertrouwenspersoonKind.POOL, today());
    }

    private static List<Vertrouwenspersoon> serving(VertrouwenspersoonKind kind, LocalDate day) {
        return new ArrayList<>(Vertrouwenspersoon.listOf(kind,
                "endedOn is null and appointedFrom <= ?1 and appointedUntil >= ?1", day));
    }

    private void appoint(Vertrouwenspersoon vp, Appointment appointment) {
        // art 4.5: "Medewerkers van de Stafdienst HR van de ambtelijke organisatie van de Tweede Kamer zijn
        // uitgesloten van benoeming als vertrouwenspersoon." (seed 002 L656); HR staff of a fractie likewise.
        if (appointment.functionCategory() == FunctionCategory.HR) {
            throw ProblemException.unprocessable(HR_EXCLUDED, "HR staff cannot be appointed",
                    "Art 4.5 of the Klachtenregeling excludes HR staff from appointment as vertrouwenspersoon.");
        }
        // art 4.5: "Een vertrouwenspersoon kan niet tevens worden aangewezen als lid van de klachtencommissie."
        // Who sits on it comes from klacht-service's commissielid events (CommissieListener).
        LocalDate until = appointment.appointedFrom().plusYears(Vertrouwenspersoon.TERM_YEARS);
        if (Commissielid.sitsDuring(appointment.personId(), appointment.appointedFrom(), until)) {
            throw ProblemException.unprocessable(COMMISSION_EXCLUDED, "A commission member cannot be appointed",
                    "Art 4.5 of the Klachtenregeling: a vertrouwenspersoon cannot also sit on the klachtencommissie; "
                            + "this person holds a seat during the term asked for. Appoint them from the day "
                            + "their seat ends.");
        }
        if (until.isBefore(today())) {
            throw ProblemException.invalidField("appointedFrom",
                    "a term from this date ended on " + until + "; appoint from a later date");
        }
        vp.appointmentId = UUID.randomUUID();
        vp.personId = appointment.personId();
        vp.openPersonId = appointment.personId();
        vp.name = appointment.name().strip();
        vp.email = appointment.email().strip();
        vp.functionCategory = appointment.functionCategory();
        vp.appointedFrom = appointment.appointedFrom();
        vp.appointedUntil = until;
        vp.renewals = 0;
        vp.appointedAt = OffsetDateTime.now(clock);
        vp.persist();
        publish(VertrouwenspersoonBenoemd.TYPE, vp, VertrouwenspersoonBenoemd.of(vp));
    }

    private Vertrouwenspersoon renewTerm(Vertrouwenspersoon vp) {
        // art 4.2: "waarna herbenoeming voor eenzelfde termijn eenmalig mogelijk is" (seed 002 L653)
        if (vp.renewals >= Vertrouwenspersoon.MAX_RENEWALS) {
            throw ProblemException.conflict("Already renewed",
                    "Art 4.2 allows one renewal; this appointment was renewed already and runs until "
                            + vp.appointedUntil + ".");
        }
        if (vp.appointedUntil.isBefore(today())) {
            throw ProblemException.conflict("Term lapsed",
                    "This appointment's term ended on " + vp.appointedUntil + "; it can no longer be renewed.");
        }
        vp.appointedUntil = vp.appointedUntil.plusYears(Vertrouwenspersoon.TERM_YEARS);
        vp.renewals++;
        publish(VertrouwenspersoonBenoemd.TYPE, vp, VertrouwenspersoonBenoemd.of(vp));
        return vp;
    }

    private Vertrouwenspersoon endAppointment(Vertrouwenspersoon vp, Ending ending) {
        vp.endedOn = today();
        vp.endReason = ending.reason();
        vp.openPersonId = null;
        // art 5.7: T7, the hand-over of open files within one month, runs from endedOn (termijn-service)
        publish(VertrouwenspersoonOntslagen.TYPE, vp, VertrouwenspersoonOntslagen.of(vp));
        if (ending.reason() == EndReason.PLAUSIBLY_INVOLVED) {
            // art 4.3: "De benoeming/aanwijzing van een vertrouwenspersoon wordt beëindigd in het geval aannemelijk
            // is dat de vertrouwenspersoon direct of indirect betrokken is" — their meldingen move at once
            // moved under art 4.3 counts as handed over: the files are with another VP
            vp.filesHandedOver += opvolging.moveFrom(vp);
        }
        completeHandOverWhenNothingHeld(vp);
        return vp;
    }

    private static Vertrouwenspersoon open(VertrouwenspersoonKind kind, UUID personId) {
        return Vertrouwenspersoon.query(kind, "openPersonId", personId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> Vertrouwenspersoon.countOf(kind, "personId", personId) > 0
                        ? appointmentEnded() : unknown(personId));
    }

    /**
     * Decision: a fractie has its own VPs only while its declaration in force chooses EIGEN or BEIDE. A
     * tenant without a declaration uses the shared pool (domain.md §1: open to everyone, declared or not);
     * to appoint its own it first declares that choice.
     */
    private void requireOwnVertrouwenspersonenChosen(TenantReplica tenant) {
        TenantSnapshot snapshot = snapshots.read(tenant);
        if (!VertrouwenspersoonKeuzeInForce.ownVertrouwenspersonenOn(snapshot, today())) {
            String keuze = VertrouwenspersoonKeuzeInForce.on(snapshot, today())
                    .map(k -> "Its declaration in force chooses " + k + ".")
                    .orElse("It has no declaration in force; its staff use the shared pool.");
            throw ProblemException.conflict("No own vertrouwenspersonen chosen",
                    "An organisation appoints its own vertrouwenspersonen only when its declaration in force "
                            + "chooses EIGEN or BEIDE. " + keuze);
        }
    }

    private void publish(String type, Vertrouwenspersoon vp, Object payload) {
        events.publish(Topics.MELDING_EVENTS, vp.personId.toString(), type, vp.tenantIdOrNull(),
                vp.appointmentId.toString(), payload);
    }

    /** Today, as availability and absence are judged. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The VP says until when they are away (null: present again), for every appointment they hold; melders see it
     * beside the name and may still choose them.
     */
    @Transactional
    public Optional<LocalDate> absentUntil(UUID personId, LocalDate until) {
        LocalDate today = today();
        if (until != null && (until.isBefore(today) || until.isAfter(today.plusYears(1)))) {
            throw ProblemException.invalidField("until", "a day from today to a year ahead");
        }
        List<Vertrouwenspersoon> mine = new ArrayList<>();
        for (VertrouwenspersoonKind kind : VertrouwenspersoonKind.values()) {
            mine.addAll(Vertrouwenspersoon.listOf(kind, "openPersonId", personId));
        }
        if (mine.isEmpty()) {
            throw ProblemException.notFound("No appointment", "You are not appointed as a vertrouwenspersoon today.");
        }
        mine.forEach(vp -> vp.absentUntil = until);
        return Optional.ofNullable(until);
    }

    /** Until when the VP said they are away, if they are away today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocalDate> absentUntil(UUID personId) {
        LocalDate today = today();
        for (VertrouwenspersoonKind kind : VertrouwenspersoonKind.values()) {
            for (Vertrouwenspersoon vp : Vertrouwenspersoon.listOf(kind, "openPersonId", personId)) {
                if (vp.absentOn(today)) {
                    return Optional.of(vp.absentUntil);
                }
            }
        }
        return Optional.empty();
    }

    private static ProblemException alreadyAppointed() {
        return ProblemException.conflict("Already appointed",
                "This person already holds an appointment here; renew or end it instead.");
    }

    private static ProblemException appointmentEnded() {
        return ProblemException.conflict("Appointment ended",
                "This person's appointment has ended; it can be neither renewed nor ended again.");
    }

    private static ProblemException unknown(UUID personId) {
        return ProblemException.notFound("Unknown vertrouwenspersoon",
                "No vertrouwenspersoon " + personId + " is appointed here.");
    }
}
