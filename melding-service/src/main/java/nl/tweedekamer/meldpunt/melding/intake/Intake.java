package nl.tweedekamer.meldpunt.melding.intake;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.tweedekamer.meldpunt.melding.dossier.Categorie;
import nl.tweedekamer.meldpunt.melding.dossier.Identity;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingSoort;
import nl.tweedekamer.meldpunt.melding.dossier.Relatie;

/**
 * What a melder tells when they turn to a VP. {@code tenantId} is the organisation an anonymous melder picks
 * (a named melder's is their token's). {@code category} and {@code relation} are required for unwanted
 * behaviour (domain.md §3); {@code department} is a code of the organisation's list of departments, never free
 * text, and optional: absent (or {@value Melding#AFDELING_ONBEKEND}) when the melder does not know or would rather not say;
 * {@code identity} is what a named melder chooses to tell about themselves ({@link Identity}).
 */
public record Intake(
        @Pattern(regexp = "[a-z0-9-]{1,64}") String tenantId,
        @NotNull UUID vertrouwenspersoonId,
        @NotNull MeldingSoort kind,
        Categorie category,
        Relatie relation,
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,63}", message = "a department code: upper-case letters, digits, '_' and '-'") String department,
        @NotBlank @Size(max = 20000) String description,
        @Valid Identity identity,
        boolean emailWanted) {

    /** The department as stored: the code given, or {@value Melding#AFDELING_ONBEKEND}. */
    public String departmentOrUnknown() {
        return department == null || department.isBlank() ? Melding.AFDELING_ONBEKEND : department;
    }
}
