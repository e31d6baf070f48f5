package nl.tweedekamer.meldpunt.melding.service;

import jakarta.validation.constraints.NotNull;

import nl.tweedekamer.meldpunt.melding.EndReason;

/** The body of ending an appointment: the reason, as a code. The appointment ends on the day it is ended. */
public record Ending(@NotNull EndReason reason) {
}
