package nl.tweedekamer.meldpunt.klacht.commissie;

/** Where an appointment stands on a day. */
public enum AppointmentStatus {
    /** Appointed from a later day. */
    UPCOMING,
    SERVING,
    /** Its term ran out (art 6.2: four years) without renewal. */
    LAPSED,
    /** Ended early, with a reason. */
    ENDED
}
