package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import java.time.LocalDate;

import nl.tweedekamer.meldpunt.klacht.onboarding.PersonKind;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member of staff on the tenant's roster; without a kind, a medewerker. */
public record RosterPerson(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String workEmail,
        @Size(max = 255) String subject,
        @NotNull LocalDate from,
        LocalDate to,
        @Size(max = 200) String function,
        PersonKind kind) {
}
