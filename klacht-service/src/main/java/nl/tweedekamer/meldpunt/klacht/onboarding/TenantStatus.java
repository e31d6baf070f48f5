package nl.tweedekamer.meldpunt.klacht.onboarding;

/**
 * Decision (domain.md §1): a tenant is offboarded only after its last case was deleted under its
 * retention term; from the request on it receives no new cases.
 */
public enum TenantStatus {
    ACTIVE,
    /** Offboarding requested: no new cases; waits until its last case is deleted. */
    OFFBOARDING,
    OFFBOARDED;

    public boolean receivesNewCases() {
        return this == ACTIVE;
    }
}
