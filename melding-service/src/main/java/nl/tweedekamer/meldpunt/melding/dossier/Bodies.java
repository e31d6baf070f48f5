package nl.tweedekamer.meldpunt.melding.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the dossier's own steps: a message, a consent. */
public final class Bodies {

    private Bodies() {
    }

    public record Message(@NotBlank @Size(max = 20000) String text) {
    }

    public record Consent(@NotNull Toestemming.Scope scope) {
    }
}
