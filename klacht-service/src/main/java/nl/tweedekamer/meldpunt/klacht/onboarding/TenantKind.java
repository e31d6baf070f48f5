package nl.tweedekamer.meldpunt.klacht.onboarding;

/** Domain.md §1: the civil service is one employer; each fractie is an independent employer. */
public enum TenantKind {
    AMBTELIJKE_ORGANISATIE,
    FRACTIE
}
