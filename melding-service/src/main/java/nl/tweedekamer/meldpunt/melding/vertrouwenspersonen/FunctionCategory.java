package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

/**
 * The category of the function a candidate VP holds, stated on appointment. Only {@link #HR} matters to
 * the regulation (art 4.5); the others are recorded as stated.
 */
public enum FunctionCategory {
    /** HR staff: the Stafdienst HR of the civil service, or a fractie's HR. Cannot be appointed (art 4.5). */
    HR,
    /** A member of staff without HR or management duties. */
    STAFF,
    /** A manager (leidinggevende). */
    MANAGEMENT,
    /** From outside the organisation, e.g. an external bureau (JA21, 004). */
    EXTERNAL
}
