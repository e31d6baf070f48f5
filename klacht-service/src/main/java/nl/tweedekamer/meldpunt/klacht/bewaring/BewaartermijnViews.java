package nl.tweedekamer.meldpunt.klacht.bewaring;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the retention API shows (domain.md §7). The reason of a hold only in a case's own view, for the commission. */
public final class BewaartermijnViews {

    private BewaartermijnViews() {
    }

    /** The chair's request to place (or restate) a legal hold. */
    public record PlaceHold(
            @NotBlank(message = "required: why the file must be kept (free text, seen by the commission only)")
            @Size(max = 2000, message = "at most 2000 characters") String reason) {
    }

    /** A case's retention, in its dossier for the commission; dates null while the case has not ended. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Retention(LocalDate endDate, Integer retentionYears, LocalDate retentionEnd,
            LocalDate deletionAnnouncedOn, LocalDate deletionDueOn, Hold hold) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Hold(LocalDate placedOn, String placedBy, String reason) {
    }

    /** A line of the commission's retention overview: reference and dates only. */
    public record Line(UUID id, String reference, String tenantId, LocalDate endDate, Integer retentionYears,
            LocalDate retentionEnd, LocalDate deletionDueOn, boolean onHold, LocalDate holdPlacedOn) {
    }
}
