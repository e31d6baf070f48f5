package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.tweedekamer.meldpunt.klacht.procedure.Categorie;
import nl.tweedekamer.meldpunt.klacht.procedure.NietOntvankelijkheidsgrond;
import nl.tweedekamer.meldpunt.klacht.procedure.Relatie;
import nl.tweedekamer.meldpunt.klacht.procedure.Stem;
import nl.tweedekamer.meldpunt.klacht.procedure.Stuk;
import nl.tweedekamer.meldpunt.klacht.procedure.TijdelijkeVoorziening;

/** What the complaint API accepts. Text is bounded; its content never leaves this service. */
public final class KlachtInput {

    private static final int TEXT = 20_000;

    private KlachtInput() {
    }

    /** The klaagschrift of art 9.1; a draft may leave anything open, and so may a filed one (domain.md §10.7). */
    public record Klaagschrift(Categorie category, @Size(max = TEXT) String behaviour,
            @Size(max = 2000) String place, @Size(max = 2000) String when, LocalDate firstBehaviourOn,
            LocalDate latestBehaviourOn, @Size(max = TEXT) String witnesses, @Valid Klager complainant,
            @Valid @Size(max = 20) List<@Valid @NotNull Beschuldigde> accused, @Size(max = TEXT) String stepsTaken) {
    }

    public record Klager(@Size(max = 200) String name, @Size(max = 1000) String address,
            @Size(max = 200) String function, @Email @Size(max = 254) String email) {
    }

    public record Beschuldigde(@NotBlank @Size(max = 200) String name, @Size(max = 200) String function,
            @NotNull Relatie relation,
            @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?") String employerTenantId) {
    }

    /** Art 9.1.e, 2.k: signed and dated by the complainant. */
    public record Ondertekening(@NotBlank @Size(max = 200) String name, @NotNull LocalDate signedOn) {
    }

    /**
     * A klaagschrift received on paper, registered by the secretary on the complainant's behalf, with the day the
     * secretary received it: its filing date (domain.md §10.6).
     */
    public record Papier(@NotBlank @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?") String tenantId,
            UUID complainantId, @NotNull @Valid Klaagschrift klaagschrift, @NotNull @Valid Ondertekening signature,
            @NotNull LocalDate receivedOn) {
    }

    public record Tekst(@NotBlank @Size(max = TEXT) String text) {
    }

    public record OptioneleTekst(@Size(max = TEXT) String text) {
    }

    /** Art 9.3: the complainant's answer; may correct the latest date of the behaviour. */
    public record Aanvulling(@NotBlank @Size(max = TEXT) String text, LocalDate latestBehaviourOn) {
    }

    /** Art 11.4, 7.8: who sits, and who is replaced by the deputy from the same side. */
    public record Samenstelling(@NotNull UUID chairId, @NotEmpty @Size(max = 6) List<@NotNull UUID> memberIds,
            @Size(max = 6) List<@Valid @NotNull Vervanging> replacements) {
    }

    /** Art 7.8: an objection to a member who sits on the case, with its reason (case content: API only). */
    public record Bezwaar(@NotNull UUID memberId, @NotBlank @Size(max = 4000) String reason) {
    }

    /** Art 7.8: upheld — the member is found involved and replaced — or dismissed. */
    public record BezwaarBeslissing(@NotNull Boolean upheld) {
    }

    /** The side may be left out: it comes from the commission; when sent it must agree (art 7.4, 7.8, ZetelKeuze). */
    public record Vervanging(@NotNull UUID excludedId, @NotNull UUID deputyId,
            @Pattern(regexp = "AMBTELIJK|POLITIEK") String side) {
    }

    /** Domain.md §10.3: linking an admitted accused again, after a wrong link was undone. */
    public record Persoon(@NotNull UUID personId, @Email @Size(max = 254) String email) {
    }

    public record Koppeling(@NotNull UUID accusedId, @NotNull UUID personId, @Email @Size(max = 254) String email) {
    }

    /**
     * Art 10: admissible, or not on one or more grounds; whether mediation was explored with the complainant; the
     * members of the case who took part with its chair (10.1).
     */
    public record Ontvankelijkheid(@NotNull Boolean admissible, @Size(max = 8) List<@NotNull NietOntvankelijkheidsgrond> grounds,
            @NotNull Boolean mediationExplored, @NotBlank @Size(max = TEXT) String reasons,
            @Size(max = 20) List<@Valid @NotNull Koppeling> accusedLinks, @Size(max = 6) List<@NotNull UUID> memberIds,
            @Size(max = 20) List<@Valid @NotNull Beslisser> deciders) {
    }

    /** Domain.md §10.2: the person who decides for this employer in this case, instead of its standing decider. */
    public record Beslisser(@NotBlank @Size(max = 40) String employerTenantId, @NotNull UUID personId) {
    }

    /** Domain.md §10.2: the commission confirms or names the decider of one employer of the case. */
    public record BeslisserBenoeming(@NotNull UUID personId) {
    }

    /** Art 11.4: the day, and the start and place the invitation names (optional for the API's older callers). */
    public record Hoorzitting(@NotNull LocalDate hearingOn, LocalTime startsAt, @Size(max = 500) String location,
            @NotNull Boolean partiesTogether, LocalDate documentsDueOn, @Size(max = 2000) String otherInvitees,
            @Size(max = 2000) String counsel) {
    }

    public record Verslag(@NotNull Stuk.Soort kind, @NotBlank @Size(max = TEXT) String text) {
    }

    public record Feitenoverzicht(@NotBlank @Size(max = TEXT) String text, @NotNull LocalDate correctionsDueOn) {
    }

    /** Art 12.1, 12.5: a correction or view has a text; waiving corrections ({@code AFSTAND_CORRECTIE}) need not. */
    public record Reactie(@NotNull Stuk.Soort kind, @Size(max = TEXT) String text) {
    }

    public record NieuweTermijn(@NotNull LocalDate newDueOn, @NotBlank @Size(max = TEXT) String reasons) {
    }

    public record StemInput(@NotNull UUID personId, @NotNull Stem.Keuze vote) {
    }

    /** Art 12.5, 12.7. */
    public record Advies(@NotNull @Pattern(regexp = "PREVENTIEF|CORRECTIEF|PREVENTIEF_EN_CORRECTIEF") String nature,
            @NotBlank @Size(max = TEXT) String text, @NotEmpty @Size(max = 8) List<@Valid @NotNull StemInput> votes,
            @Size(max = TEXT) String minorityPosition, Boolean omitHearingReport,
            @Size(max = TEXT) String weightyReasons) {
    }

    public record Bemiddeling(@NotNull @Pattern(regexp = "START|MISLUKT|GESLAAGD") String action,
            @Size(max = TEXT) String note) {
    }

    /** Art 13.3: an extension with written reasons. */
    public record Verdaging(@NotNull @Min(1) @Max(28) Integer days, @NotBlank @Size(max = TEXT) String reasons) {
    }

    /** Art 12.4. */
    public record TijdelijkeVoorzieningVerzoek(@NotNull TijdelijkeVoorziening.Betreft concerns, UUID accusedId,
            @NotNull TijdelijkeVoorziening.Reden reason, @NotBlank @Size(max = TEXT) String request) {
    }

    public record Maatregelen(@NotBlank @Size(max = TEXT) String measures, @NotNull LocalDate commissionConsultedOn) {
    }
}
