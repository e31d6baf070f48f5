package nl.tweedekamer.meldpunt.klacht.bewaring.service;

import jakarta.enterprise.context.ApplicationScoped;

import nl.tweedekamer.meldpunt.klacht.onboarding.service.RemainingCases;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtStatus;

/**
 * The request's tenant's complaints that were filed and are not yet deleted under their retention term: deleting a
 * case ({@link KlachtVernietiging}) removes its row, so this counts down to zero as the retention runs delete them,
 * and offboarding waits for that (domain.md §1; {@link BewaartermijnJob} completes it after the last deletion).
 * A draft that was never filed is not a case.
 */
@ApplicationScoped
public class KlachtRemainingCases implements RemainingCases {

    @Override
    public long count() {
        return Klacht.count("status <> ?1", KlachtStatus.CONCEPT);
    }
}
