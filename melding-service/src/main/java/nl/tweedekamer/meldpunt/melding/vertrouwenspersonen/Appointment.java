package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of an appointment. {@code personId} is the VP's pseudonymous id, the {@code sub} of their token;
 * {@code functionCategory} states the function they hold (art 4.5 excludes HR staff).
 */
public record Appointment(
        @NotNull UUID personId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull FunctionCategory functionCategory,
        @NotNull LocalDate appointedFrom) {
}
