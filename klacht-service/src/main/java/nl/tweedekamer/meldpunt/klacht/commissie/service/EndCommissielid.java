package nl.tweedekamer.meldpunt.klacht.commissie.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import nl.tweedekamer.meldpunt.klacht.commissie.CommissionEndReason;

/**
 * The body of ending an appointment: the reason, as a code, and optionally the first day the person no longer
 * serves (default: today; a later day schedules the end, so that a successor can be appointed from it).
 */
public record EndCommissielid(@NotNull CommissionEndReason reason, LocalDate endedOn) {
}
