package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.tweedekamer.meldpunt.klacht.onboarding.TenantKind;

/** A platform administrator registers an organisation whose people use the platform. */
public record RegisterTenant(
        @NotBlank @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?", message = "must be 1-40 characters a-z, 0-9 and '-', not starting or ending with '-'") String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 40) String shortName,
        @NotNull TenantKind kind,
        @NotBlank @Size(max = 200) String employerEntity,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @Email @Size(max = 254) String hrContactEmail) {
}
