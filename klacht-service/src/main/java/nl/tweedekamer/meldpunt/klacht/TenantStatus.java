package nl.tweedekamer.meldpunt.klacht;

public enum TenantStatus {
    ACTIVE,
    /** Decision (domain.md §1): only after its last case was deleted; receives no new cases. */
    OFFBOARDED
}
