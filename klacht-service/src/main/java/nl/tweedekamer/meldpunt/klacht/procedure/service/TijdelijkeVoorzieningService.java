package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.event.KlachtEventPayloads;
import nl.tweedekamer.meldpunt.klacht.event.KlachtEvents;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.TijdelijkeVoorziening;
import nl.tweedekamer.meldpunt.klacht.procedure.mapping.KlachtViews;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;

/**
 * The employer's side of art 12.4: it sees the case reference and the request only, never the dossier, and
 * records the measures it took after consulting the commission.
 */
@ApplicationScoped
@Transactional
public class TijdelijkeVoorzieningService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    KlachtEvents events;

    /** Call with the request's tenant set to the case's tenant (the measure's row lives there). */
    public KlachtViews.TemporaryMeasureRequest recordMeasures(UUID requestId, KlachtInput.Maatregelen input) {
        TijdelijkeVoorziening v = TijdelijkeVoorziening.<TijdelijkeVoorziening>find("id = ?1 and employerTenantId = ?2",
                requestId, caller.tenantId()).firstResult();
        if (v == null) {
            throw ProblemException.notFound("Unknown request", "There is no request " + requestId
                    + " for temporary measures that you may access.");
        }
        if (v.measuresOn != null) {
            throw ProblemException.conflict("Measures recorded", "The measures were recorded on " + v.measuresOn + ".");
        }
        LocalDate today = LocalDate.now(clock);
        if (input.commissionConsultedOn().isBefore(v.requestedOn) || input.commissionConsultedOn().isAfter(today)) {
            throw ProblemException.invalidField("commissionConsultedOn",
                    "the commission is consulted after the request and before the measures (art 12.4)");
        }
        v.measuresText = input.measures();
        v.commissionConsultedOn = input.commissionConsultedOn();
        v.measuresOn = today;
        Klacht k = Klacht.<Klacht>find("id", v.klachtId).firstResult();
        events.publish(k, KlachtEventPayloads.TijdelijkeVoorzieningGetroffen.TYPE,
                new KlachtEventPayloads.TijdelijkeVoorzieningGetroffen(k.id, k.reference, k.tenantId, v.id,
                        v.employerTenantId, v.commissionConsultedOn, v.measuresOn));
        return view(v);
    }

    private KlachtViews.TemporaryMeasureRequest view(TijdelijkeVoorziening v) {
        Klacht k = Klacht.<Klacht>find("id", v.klachtId).firstResult();
        return new KlachtViews.TemporaryMeasureRequest(v.id, v.klachtId, k.reference, v.concerns.name(),
                v.reason.name(), v.requestText, v.requestedOn, v.measuresText, v.commissionConsultedOn, v.measuresOn);
    }
}
