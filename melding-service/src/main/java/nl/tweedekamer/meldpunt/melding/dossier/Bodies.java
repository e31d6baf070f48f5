package nl.tweedekamer.meldpunt.melding.dossier;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tweedekamer.meldpunt.melding.interventie.InterventieSoort;

/** Request bodies of the steps in a melding. */
public final class Bodies {

    private Bodies() {
    }

    public record Message(@NotBlank @Size(max = 20000) String text) {
    }

    public record Consent(@NotNull Toestemming.Scope scope) {
    }

    /** {@code detailsShared}: for a referral, whether the melder's details go to the third party. */
    public record Intervention(@NotNull InterventieSoort kind,
            @NotNull @DecimalMin("0.00") @DecimalMax("1000.00") @Digits(integer = 4, fraction = 2) BigDecimal hours,
            boolean detailsShared, @Size(max = 20000) String note) {
    }

    /** The written confirmation to the melder (art 5.1.i) and how the melding ended. */
    public record Closure(@NotNull Melding.Uitkomst outcome, @NotBlank @Size(max = 20000) String confirmation) {
    }
}
