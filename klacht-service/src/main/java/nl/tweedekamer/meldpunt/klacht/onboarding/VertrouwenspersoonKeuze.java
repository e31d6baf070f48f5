package nl.tweedekamer.meldpunt.klacht.onboarding;

/** Which vertrouwenspersonen the tenant's staff can turn to (seed 003 L4663). */
public enum VertrouwenspersoonKeuze {
    /** The shared pool of the Tweede Kamer. */
    POOL,
    /** The fractie's own vertrouwenspersoon only. */
    EIGEN,
    BEIDE
}
