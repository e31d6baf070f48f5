package nl.tweedekamer.meldpunt.klacht.bewaring.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.bewaring.Bewaartermijn;
import nl.tweedekamer.meldpunt.klacht.bewaring.BewaartermijnViews;
import nl.tweedekamer.meldpunt.klacht.bewaring.Bewaring;
import nl.tweedekamer.meldpunt.klacht.bewaring.VernietigingAankondiging;
import nl.tweedekamer.meldpunt.klacht.bewaring.repository.BewaartermijnOverzicht;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionFunction;
import nl.tweedekamer.meldpunt.klacht.commissie.service.CommissionComposition;
import nl.tweedekamer.meldpunt.klacht.onboarding.Declaration;
import nl.tweedekamer.meldpunt.klacht.onboarding.ReminderDefaults;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.service.DossierBewaring;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtToegang;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;

/**
 * The legal hold (domain.md §7: "a legal hold can stop deletion") and what the commission sees of a case's retention.
 * Only the chair places or lifts a hold: the commission's chair of today, or the chair recorded for the case (the
 * deputy chair when the chair is absent or replaced, art 7.1, 7.8). A hold may be placed on a case that has not ended
 * yet; it stands until the chair lifts it. Its reason stays in this service's database.
 */
@ApplicationScoped
@Transactional
public class BewaringService implements DossierBewaring {

    private static final Logger LOG = Logger.getLogger(BewaringService.class);

    @Inject
    KlachtToegang toegang;

    @Inject
    CommissionComposition composition;

    @Inject
    BewaartermijnOverzicht overzicht;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public BewaartermijnViews.Retention place(UUID caseId, String reason) {
        Klacht klacht = toegang.load(caseId);
        requireChair(klacht);
        Bewaring hold = Bewaring.of(caseId).orElseGet(() -> {
            Bewaring created = new Bewaring();
            created.klachtId = caseId;
            return created;
        });
        boolean isNew = !hold.isPersistent();
        hold.reason = reason.strip();
        hold.placedBy = caller.subject();
        hold.placedAt = OffsetDateTime.now(clock);
        if (isNew) {
            hold.persist();
            LOG.infof("Complaint file %s: legal hold placed", klacht.reference);
        }
        return retention(klacht, hold);
    }

    public void lift(UUID caseId) {
        Klacht klacht = toegang.load(caseId);
        requireChair(klacht);
        Bewaring.of(caseId).ifPresent(hold -> {
            hold.delete();
            LOG.infof("Complaint file %s: legal hold lifted", klacht.reference);
        });
    }

    /** The case's retention for its dossier: only for the commission (members and secretary), else null. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public BewaartermijnViews.Retention forDossier(Klacht klacht, Betrokkenheid as) {
        if (!as.commission()) {
            return null;
        }
        return retention(klacht, Bewaring.of(klacht.id).orElse(null));
    }

    /** The commission's overview across tenants: reference and dates only. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<BewaartermijnViews.Line> overview() {
        UUID me = toegang.person().orElse(null);
        if (me == null || !(toegang.servesAsMember() || toegang.servesAsSecretary())) {
            throw new ProblemException(403, null, "Forbidden",
                    "Only the commission of today (its members and secretary) sees the retention of complaint files.",
                    null);
        }
        return overzicht.forCommission(me).stream().map(r -> {
            int years = r.declarationYears() == null ? ReminderDefaults.COMPLAINT_RETENTION_YEARS
                    : r.declarationYears();
            return new BewaartermijnViews.Line(r.id(), r.reference(), r.tenantId(), r.endDate(),
                    r.endDate() == null ? null : years,
                    r.endDate() == null ? null : Bewaartermijn.einde(r.endDate(), years), r.deletionDueOn(),
                    r.holdPlacedAt() != null, r.holdPlacedAt() == null ? null : day(r.holdPlacedAt()));
        }).toList();
    }

    private BewaartermijnViews.Retention retention(Klacht klacht, Bewaring hold) {
        Declaration declaration = klacht.declarationId == null ? null
                : Declaration.<Declaration>find("id", klacht.declarationId).firstResult();
        Bewaartermijn.Basis basis = Bewaartermijn.Basis.of(declaration);
        LocalDate retentionEnd = Bewaartermijn.einde(klacht, basis).orElse(null);
        VernietigingAankondiging announced = VernietigingAankondiging.of(klacht.id).orElse(null);
        return new BewaartermijnViews.Retention(klacht.endDate, retentionEnd == null ? null : basis.years(),
                retentionEnd, announced == null ? null : announced.announcedOn,
                announced == null ? null : announced.deletionDueOn,
                hold == null ? null : new BewaartermijnViews.Hold(day(hold.placedAt), hold.placedBy, hold.reason));
    }

    private void requireChair(Klacht klacht) {
        List<Betrokkenheid> ways = toegang.of(klacht);
        if (ways.isEmpty()) {
            throw KlachtToegang.unknown(klacht.id);
        }
        boolean chairOfCommission = ways.contains(Betrokkenheid.COMMISSIE) && toegang.person()
                .flatMap(composition::currentAppointmentOf).filter(a -> a.function() == CommissionFunction.CHAIR)
                .isPresent();
        if (!ways.contains(Betrokkenheid.VOORZITTER) && !chairOfCommission) {
            throw new ProblemException(403, null, "Forbidden",
                    "Only the chair of the commission places or lifts a legal hold on a complaint file (domain.md §7).",
                    null);
        }
    }

    private LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).toLocalDate();
    }
}
