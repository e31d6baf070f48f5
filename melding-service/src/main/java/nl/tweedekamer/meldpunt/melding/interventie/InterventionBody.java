package nl.tweedekamer.meldpunt.melding.interventie;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of recording an intervention. {@code detailsShared}: for a referral, whether the melder's details go to
 * the third party.
 */
public record InterventionBody(@NotNull InterventieSoort kind,
        @NotNull @DecimalMin("0.00") @DecimalMax("1000.00") @Digits(integer = 4, fraction = 2) BigDecimal hours,
        boolean detailsShared, @Size(max = 20000) String note) {
}
