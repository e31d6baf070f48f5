package nl.tweedekamer.meldpunt.melding.afsluiting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tweedekamer.meldpunt.melding.dossier.Melding;

/** The body of closing a file: the written confirmation to the melder (art 5.1.i) and how the melding ended. */
public record ClosureBody(@NotNull Melding.Uitkomst outcome, @NotBlank @Size(max = 20000) String confirmation) {
}
