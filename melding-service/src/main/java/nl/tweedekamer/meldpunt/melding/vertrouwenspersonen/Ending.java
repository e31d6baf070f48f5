package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import jakarta.validation.constraints.NotNull;

/** The body of ending an appointment: the reason, as a code. The appointment ends on the day it is ended. */
public record Ending(@NotNull EndReason reason) {
}
