package nl.tweedekamer.meldpunt.klacht.commissie.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tweedekamer.meldpunt.klacht.commissie.CommissionFunction;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionSide;

/**
 * The body of an appointment to the commission. {@code personId} is the person's pseudonymous id, the
 * {@code sub} of their token; {@code woman} is asked only for art 7.5; {@code side} only for (deputy) members.
 * The term of a (deputy) chair or (deputy) member follows from art 6.2 (four years), so it is not asked; the
 * secretary's appointment (art 8) has no term in the regulation, and {@code appointedUntil} may set one.
 */
public record AppointCommissielid(
        @NotNull CommissionFunction function,
        CommissionSide side,
        @NotNull UUID personId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String workEmail,
        @NotNull Boolean woman,
        @NotNull LocalDate appointedFrom,
        LocalDate appointedUntil) {
}
