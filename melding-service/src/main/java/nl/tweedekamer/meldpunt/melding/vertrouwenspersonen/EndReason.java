package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

/** Why an appointment ended; carried on {@code vertrouwenspersoon-ontslagen.v1} as a code, never as text. */
public enum EndReason {
    /** The VP asked to step down. */
    AT_OWN_REQUEST,
    /** art 4.3 (seed 002 L654): plausibly involved, directly or indirectly, in unwanted behaviour; their meldingen move at once. */
    PLAUSIBLY_INVOLVED,
    /** art 4.5: the VP took a function that excludes the role (HR, the klachtencommissie). */
    INCOMPATIBLE_FUNCTION,
    /** The VP left the organisation. */
    LEFT_EMPLOYMENT,
    OTHER
}
