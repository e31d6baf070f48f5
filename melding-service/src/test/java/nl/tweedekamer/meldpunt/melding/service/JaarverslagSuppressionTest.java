package nl.tweedekamer.meldpunt.melding.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Domain.md §8: figures must not identify anyone; counts from 1 to 4 show as "< 5", and so may a total. */
class JaarverslagSuppressionTest {

    private static List<String> keys(Object... valueAndCount) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < valueAndCount.length; i += 2) {
            keys.addAll(Collections.nCopies((Integer) valueAndCount[i + 1], (String) valueAndCount[i]));
        }
        return keys;
    }

    @Test
    void countsFromOneToFourShowAsLessThanFiveZeroAndFiveAndUpAsThemselves() {
        assertThat(Jaarverslag.shown(0)).isEqualTo("0");
        assertThat(Jaarverslag.shown(1)).isEqualTo("< 5");
        assertThat(Jaarverslag.shown(4)).isEqualTo("< 5");
        assertThat(Jaarverslag.shown(5)).isEqualTo("5");
    }

    @Test
    void aTotalFromWhichASingleSuppressedCountCouldBeDerivedIsSuppressedToo() {
        Jaarverslag.Breakdown b = Jaarverslag.breakdownOf(List.of("A", "B", "C"), keys("A", 9, "B", 3));
        assertThat(b.counts()).containsEntry("A", "9").containsEntry("B", "< 5").containsEntry("C", "0");
        assertThat(b.total()).isEqualTo("< 5");
    }

    @Test
    void withTwoSuppressedCountsTheTotalRevealsNeitherAndIsShown() {
        Jaarverslag.Breakdown b = Jaarverslag.breakdownOf(List.of("A", "B", "C"), keys("A", 9, "B", 3, "C", 2));
        assertThat(b.total()).isEqualTo("14");
        assertThat(Jaarverslag.breakdownOf(List.of("A"), keys("A", 7)).total()).isEqualTo("7");
    }
}
