package nl.tweedekamer.meldpunt.klacht.commissie;

/** Why a commission appointment ended early; carried on {@code commissielid-ontslagen.v1} as a code, never as text. */
public enum CommissionEndReason {
    /** The member asked to step down. */
    AT_OWN_REQUEST,
    /** art 7.8: plausibly involved, directly or indirectly, in unwanted behaviour. */
    PLAUSIBLY_INVOLVED,
    /** art 4.5: the person became a vertrouwenspersoon, which excludes a commission seat. */
    INCOMPATIBLE_FUNCTION,
    /** art 7.2: dismissed ("ontslagen") by the Presidium. */
    DISMISSED,
    /** Appointed by mistake, before the term began. */
    CANCELLED,
    OTHER
}
