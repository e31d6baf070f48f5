package nl.tweedekamer.meldpunt.klacht.onboarding.service;

/**
 * Counts the cases of the request's tenant that have not yet been deleted under their retention term.
 * Each kind of case the platform keeps contributes one implementation; offboarding waits for all to be zero.
 */
public interface RemainingCases {

    long count();
}
