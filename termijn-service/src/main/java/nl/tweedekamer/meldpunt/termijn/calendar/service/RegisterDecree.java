package nl.tweedekamer.meldpunt.termijn.calendar.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.tweedekamer.meldpunt.termijn.calendar.AtwKalender;

/**
 * A platform administrator enters a royal decree under Atw art 3 lid 3: its title, the years it says it
 * covers, and the days it equates with a generally recognised holiday (none is possible).
 */
public record RegisterDecree(
        @NotBlank @Size(max = 500) String title,
        @NotNull @Min(AtwKalender.FIRST_YEAR) @Max(9999) Integer coversFromYear,
        @NotNull @Min(AtwKalender.FIRST_YEAR) @Max(9999) Integer coversToYear,
        @Size(max = 255) String published,
        @NotNull @Size(max = 100) List<@NotNull @Valid Day> days) {

    public record Day(@NotNull LocalDate date, @NotBlank @Size(max = 200) String description) {
    }
}
