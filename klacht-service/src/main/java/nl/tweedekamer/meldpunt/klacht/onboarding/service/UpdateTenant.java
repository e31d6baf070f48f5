package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The organisation's details; its id and kind never change. */
public record UpdateTenant(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 40) String shortName,
        @NotBlank @Size(max = 200) String employerEntity,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @Email @Size(max = 254) String hrContactEmail) {
}
