package nl.tweedekamer.meldpunt.klacht.service;

import jakarta.enterprise.context.ApplicationScoped;

import nl.tweedekamer.meldpunt.klacht.Klacht;
import nl.tweedekamer.meldpunt.klacht.KlachtStatus;

/**
 * The request's tenant's complaints that were filed and are not yet deleted under their retention term
 * (deletion comes with retention, a later issue): offboarding waits for them (domain.md §1).
 */
@ApplicationScoped
public class KlachtRemainingCases implements RemainingCases {

    @Override
    public long count() {
        return Klacht.count("status <> ?1", KlachtStatus.CONCEPT);
    }
}
