package nl.tweedekamer.meldpunt.melding.jaarverslag.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.melding.dossier.Categorie;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingSoort;
import nl.tweedekamer.meldpunt.melding.dossier.Relatie;
import nl.tweedekamer.meldpunt.melding.interventie.InterventieSoort;
import nl.tweedekamer.meldpunt.platform.report.KleineAantallen;

/**
 * Domain.md §8, Decision: counts from 1 to 4 show as "< 5", and no hidden count can be derived from anything else
 * in the VPs' annual report — not from the overall number of meldingen, which origin and kind both break down, nor
 * from the number about unwanted behaviour, which category and relation both break down.
 */
class JaarverslagSuppressionTest {

    private static final String SMALL = "< 5";

    /** n meldingen received with this origin, kind, category and relation (the last two null unless behaviour). */
    private record Rows(String origin, String kind, String category, String relation, int n) {
    }

    private static Rows behaviour(String origin, String category, String relation, int n) {
        return new Rows(origin, "ONGEWENSTE_OMGANGSVORMEN", category, relation, n);
    }

    private static Jaarverslag.Report report(Rows... rows) {
        List<String> origins = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        for (Rows r : rows) {
            origins.addAll(Collections.nCopies(r.n(), r.origin()));
            kinds.addAll(Collections.nCopies(r.n(), r.kind()));
            if (r.category() != null) {
                categories.addAll(Collections.nCopies(r.n(), r.category()));
                relations.addAll(Collections.nCopies(r.n(), r.relation()));
            }
        }
        return Jaarverslag.shown(2025, "POOL", new Jaarverslag.Figures(
                KleineAantallen.exact(Jaarverslag.ORIGINS, origins),
                KleineAantallen.exact(names(MeldingSoort.values()), kinds),
                KleineAantallen.exact(names(Categorie.values()), categories),
                KleineAantallen.exact(names(Relatie.values()), relations),
                KleineAantallen.exact(names(InterventieSoort.values()), List.of()), 0,
                KleineAantallen.exact(Jaarverslag.STATUSES, Collections.nCopies(origins.size(), "IN_BEHANDELING")),
                KleineAantallen.exact(names(Melding.Uitkomst.values()), List.of()), BigDecimal.ZERO));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The figures about all meldingen received: the overall number and every breakdown summing to it. */
    private static List<String> overall(Jaarverslag.Report r) {
        List<String> all = new ArrayList<>(List.of(r.meldingen(), r.origin().total(), r.kinds().total(),
                r.statusAtYearEnd().total()));
        all.addAll(r.origin().counts().values());
        all.addAll(r.kinds().counts().values());
        return all;
    }

    @Test
    void countsFromOneToFourShowAsLessThanFiveZeroAndFiveAndUpAsThemselves() {
        assertThat(Jaarverslag.shown(0)).isEqualTo("0");
        assertThat(Jaarverslag.shown(1)).isEqualTo(SMALL);
        assertThat(Jaarverslag.shown(4)).isEqualTo(SMALL);
        assertThat(Jaarverslag.shown(5)).isEqualTo("5");
    }

    @Test
    void aReportWithEveryCountFiveOrMoreShowsEverythingExactly() {
        Jaarverslag.Report r = report(behaviour("FRACTIE", "PESTEN", "COLLEGA", 6),
                behaviour("AMBTELIJKE_ORGANISATIE", "INTIMIDATIE", "LEIDINGGEVENDE", 5),
                new Rows("FRACTIE", "ADVIESVRAAG", null, null, 7));
        assertThat(r.meldingen()).isEqualTo("18");
        assertThat(r.origin().counts()).containsEntry("FRACTIE", "13").containsEntry("AMBTELIJKE_ORGANISATIE", "5");
        assertThat(r.origin().total()).isEqualTo("18");
        assertThat(r.kinds().counts()).containsEntry("ONGEWENSTE_OMGANGSVORMEN", "11").containsEntry("ADVIESVRAAG", "7")
                .containsEntry("INTEGRITEITSVRAAG", "0");
        assertThat(r.categories().counts()).containsEntry("PESTEN", "6").containsEntry("INTIMIDATIE", "5");
        assertThat(r.categories().total()).isEqualTo("11");
        assertThat(r.relations().counts()).containsEntry("COLLEGA", "6").containsEntry("LEIDINGGEVENDE", "5");
        assertThat(r.relations().total()).isEqualTo("11");
        assertThat(overall(r)).doesNotContain(SMALL);
    }

    @Test
    void aSingleHiddenCountCannotBeDerivedFromTheOverallNumberOfMeldingen() {
        // 9 from fracties and 3 from the civil service: with 12 and 9 shown, 3 would follow
        Jaarverslag.Report r = report(behaviour("FRACTIE", "PESTEN", "COLLEGA", 9),
                behaviour("AMBTELIJKE_ORGANISATIE", "PESTEN", "COLLEGA", 3));
        assertThat(r.origin().counts()).containsEntry("AMBTELIJKE_ORGANISATIE", SMALL).containsEntry("FRACTIE", SMALL);
        // the overall number stays the same figure wherever it appears, so no breakdown gives away another's
        assertThat(List.of(r.meldingen(), r.origin().total(), r.kinds().total(), r.categories().total()))
                .containsOnly("12");
        assertThat(r.categories().counts().get("PESTEN")).isEqualTo("12");
    }

    @Test
    void aSingleHiddenCategoryCannotBeDerivedFromTheNumberAboutUnwantedBehaviour() {
        // the old gap: 8 meldingen shown, 5 for intimidation shown, so bullying's 3 followed
        Jaarverslag.Report r = report(behaviour("FRACTIE", "INTIMIDATIE", "COLLEGA", 5),
                behaviour("FRACTIE", "PESTEN", "COLLEGA", 3));
        assertThat(r.categories().counts()).containsEntry("PESTEN", SMALL).containsEntry("INTIMIDATIE", SMALL)
                .containsEntry("STALKEN", "0");
        assertThat(r.meldingen()).isEqualTo("8");
        assertThat(r.kinds().counts()).containsEntry("ONGEWENSTE_OMGANGSVORMEN", "8");
    }

    @Test
    void hiddenCountsThatTheTotalWouldPinTogetherAreNotShownBesideIt() {
        // 9 + 1 + 1: with 11 and 9 shown, both hidden counts would be 1
        Jaarverslag.Report r = report(behaviour("FRACTIE", "PESTEN", "COLLEGA", 9),
                behaviour("FRACTIE", "STALKEN", "COLLEGA", 1), behaviour("FRACTIE", "EXTREMISME", "COLLEGA", 1));
        assertThat(r.categories().counts()).containsEntry("PESTEN", SMALL).containsEntry("STALKEN", SMALL)
                .containsEntry("EXTREMISME", SMALL);
        assertThat(r.categories().total()).isEqualTo("11");
    }

    @Test
    void aTotalPinningHiddenCountsWithNothingElseToHideIsHiddenWhereverItAppears() {
        // five categories of 1 each: a total of 5 would tell every one of them; nothing shown is left to hide
        Jaarverslag.Report r = report(behaviour("FRACTIE", "PESTEN", "COLLEGA", 1),
                behaviour("FRACTIE", "STALKEN", "COLLEGA", 1), behaviour("FRACTIE", "EXTREMISME", "COLLEGA", 1),
                behaviour("FRACTIE", "DISCRIMINATIE", "COLLEGA", 1), behaviour("FRACTIE", "INTIMIDATIE", "COLLEGA", 1),
                new Rows("FRACTIE", "ADVIESVRAAG", null, null, 6));
        assertThat(r.categories().total()).isEqualTo(SMALL);
        assertThat(r.relations().total()).isEqualTo(SMALL);
        assertThat(r.relations().counts()).containsEntry("COLLEGA", SMALL);
        // nor can it come back as the overall number minus the other kinds
        assertThat(r.kinds().counts()).containsEntry("ONGEWENSTE_OMGANGSVORMEN", SMALL).containsEntry("ADVIESVRAAG", SMALL);
        assertThat(r.meldingen()).isEqualTo("11");
        assertThat(r.origin().counts()).containsEntry("FRACTIE", "11");
    }

    @Test
    void whenNothingElseCanBeHiddenTheOverallNumberIsHiddenEverywhereWithEveryBreakdownOfIt() {
        // 4 + 4 from fracties and the civil service: 8 would tell both are 4
        Jaarverslag.Report r = report(behaviour("FRACTIE", "PESTEN", "COLLEGA", 4),
                new Rows("AMBTELIJKE_ORGANISATIE", "ADVIESVRAAG", null, null, 4));
        assertThat(r.meldingen()).isEqualTo(SMALL);
        assertThat(r.origin().total()).isEqualTo(SMALL);
        assertThat(r.kinds().total()).isEqualTo(SMALL);
        assertThat(r.kinds().counts()).containsEntry("ONGEWENSTE_OMGANGSVORMEN", SMALL).containsEntry("ADVIESVRAAG", SMALL)
                .containsEntry("INTEGRITEITSVRAAG", "0");
        // with nothing from earlier years, the status at year end counts the same 8 meldingen
        assertThat(r.statusAtYearEnd().total()).isEqualTo(SMALL);
        assertThat(r.statusAtYearEnd().counts()).containsEntry("IN_BEHANDELING", SMALL);
    }

    @Test
    void zeroStaysZero() {
        Jaarverslag.Report empty = report();
        assertThat(overall(empty)).containsOnly("0");
        assertThat(empty.categories().total()).isEqualTo("0");
        assertThat(empty.outcomes().total()).isEqualTo("0");
        assertThat(empty.closed()).isEqualTo("0");
        Jaarverslag.Report r = report(behaviour("FRACTIE", "PESTEN", "COLLEGA", 2));
        assertThat(r.categories().counts()).containsEntry("PESTEN", SMALL).containsEntry("STALKEN", "0");
        assertThat(r.origin().counts()).containsEntry("AMBTELIJKE_ORGANISATIE", "0");
    }
}
