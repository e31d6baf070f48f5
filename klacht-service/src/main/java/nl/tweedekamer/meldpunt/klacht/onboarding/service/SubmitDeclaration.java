package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import nl.tweedekamer.meldpunt.klacht.onboarding.DeclarationOption;
import nl.tweedekamer.meldpunt.klacht.onboarding.VertrouwenspersoonKeuze;

/** A fractie administrator submits the declaration of applicability the employer signed. */
public record SubmitDeclaration(
        @NotBlank String regulationVersion,
        @NotNull DeclarationOption option,
        @NotNull LocalDate effectiveFrom,
        @NotBlank @Size(max = 200) String signedBy,
        @NotNull @PastOrPresent LocalDate signedOn,
        @NotNull VertrouwenspersoonKeuze vertrouwenspersoonKeuze,
        @Valid ReminderSchedule reminderSchedule,
        @Min(1) @Max(30) Integer complaintRetentionYears,
        @Min(1) @Max(52) Integer remediesPeriodWeeks) {

    /** When reminders about a term go out; the term's length itself is never configurable. */
    public record ReminderSchedule(
            @NotNull @Size(max = 5) List<@NotNull @Min(1) @Max(28) Integer> daysBefore,
            @NotNull Boolean onDueDay,
            @NotNull Boolean everyWorkingDayAfter) {
    }
}
