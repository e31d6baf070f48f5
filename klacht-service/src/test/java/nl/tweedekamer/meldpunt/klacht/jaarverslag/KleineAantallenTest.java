package nl.tweedekamer.meldpunt.klacht.jaarverslag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.report.KleineAantallen;

/** Domain.md §8, Decision: no figure of the annual report identifies anyone. */
class KleineAantallenTest {

    private static final List<String> ABC = List.of("A", "B", "C");

    private static List<String> keys(Object... valueAndCount) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < valueAndCount.length; i += 2) {
            keys.addAll(Collections.nCopies((Integer) valueAndCount[i + 1], (String) valueAndCount[i]));
        }
        return keys;
    }

    @Test
    void countsFromOneToFourShowAsLessThanFiveZeroAndFiveAndUpExactly() {
        assertThat(KleineAantallen.shown(0)).isEqualTo("0");
        assertThat(KleineAantallen.shown(1)).isEqualTo("< 5");
        assertThat(KleineAantallen.shown(4)).isEqualTo("< 5");
        assertThat(KleineAantallen.shown(5)).isEqualTo("5");
        assertThat(KleineAantallen.telling(ABC, List.of()).total()).isEqualTo("0");
    }

    @Test
    void aTotalThatWouldRevealASingleHiddenCountIsHiddenToo() {
        KleineAantallen.Telling t = KleineAantallen.telling(ABC, keys("A", 9, "B", 3));
        assertThat(t.counts()).containsEntry("A", "9").containsEntry("B", "< 5").containsEntry("C", "0");
        assertThat(t.total()).isEqualTo("< 5");
    }

    @Test
    void aTotalThatWouldPinSeveralHiddenCountsIsHiddenToo() {
        // 9 + 1 + 1: the total 11 would tell that both hidden counts are 1
        assertThat(KleineAantallen.telling(ABC, keys("A", 9, "B", 1, "C", 1)).total()).isEqualTo("< 5");
        // 9 + 4 + 4: the total 17 would tell that both are 4
        assertThat(KleineAantallen.telling(ABC, keys("A", 9, "B", 4, "C", 4)).total()).isEqualTo("< 5");
    }

    @Test
    void aTotalThatCannotPinAnyHiddenCountIsShown() {
        assertThat(KleineAantallen.telling(ABC, keys("A", 9, "B", 3, "C", 2)).total()).isEqualTo("14");
        assertThat(KleineAantallen.telling(ABC, keys("A", 7)).total()).isEqualTo("7");
    }

    @Test
    void aWorksCouncilGroupIsExactOnlyWhenEachOfItsCategoriesIsExact() {
        List<String> values = List.of("A", "B", "C", "D");
        Map<String, List<String>> groups = Map.of("AB", List.of("A", "B"), "CD", List.of("C", "D"));
        KleineAantallen.Exact detailed = KleineAantallen.exact(values, keys("A", 5, "B", 6, "C", 3, "D", 3));
        KleineAantallen.Telling merged = KleineAantallen.show(KleineAantallen.merge(detailed, groups),
                KleineAantallen.totalHidden(detailed));
        // AB = 11 is derivable from the detailed edition; CD = 6 is not, so it stays hidden
        assertThat(merged.counts()).containsEntry("AB", "11").containsEntry("CD", "< 5");
        // one hidden group: the total would reveal it
        assertThat(merged.total()).isEqualTo("< 5");
        // the detailed edition, with two hidden counts the total cannot pin, shows its total
        assertThat(KleineAantallen.show(detailed, false).total()).isEqualTo("17");
    }

    @Test
    void aTotalHiddenInTheDetailedEditionIsHiddenInTheCoarserOneToo() {
        KleineAantallen.Exact detailed = KleineAantallen.exact(ABC, keys("A", 9, "B", 3));
        KleineAantallen.Exact merged = KleineAantallen.merge(detailed, Map.of("ABC", ABC));
        assertThat(KleineAantallen.show(merged, KleineAantallen.totalHidden(detailed)).total()).isEqualTo("< 5");
    }
}
