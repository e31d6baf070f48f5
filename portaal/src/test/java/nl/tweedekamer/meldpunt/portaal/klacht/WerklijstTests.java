package nl.tweedekamer.meldpunt.portaal.klacht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.portaal.klacht.KlachtDtos.KlachtRegel;
import nl.tweedekamer.meldpunt.portaal.termijn.TermijnServiceClient.Termijn;

/** The order of the commission's worklist: the most urgent case first, a lapsed term before every running one. */
class WerklijstTests {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 9);

    @Test
    void aLapsedTermComesFirstThenTheNearestDueDateThenASuspendedTermThenNoTerm() {
        KlachtRegel geen = zaak("K-2026-0001");
        KlachtRegel opgeschort = zaak("K-2026-0002");
        KlachtRegel later = zaak("K-2026-0003");
        KlachtRegel eerder = zaak("K-2026-0004");
        KlachtRegel verstreken = zaak("K-2026-0005");
        List<Termijn> lopend = List.of(
                termijn(later, "T4", "OPEN", VANDAAG.plusWeeks(6), null),
                termijn(opgeschort, "T3", "SUSPENDED", null, null),
                termijn(eerder, "T3", "OPEN", VANDAAG.plusDays(12), null),
                termijn(verstreken, "T3", "LAPSED", VANDAAG.minusDays(3), VANDAAG.minusDays(2)));

        List<Werklijst.Regel> regels = Werklijst.van(List.of(geen, opgeschort, later, eerder, verstreken), lopend);

        assertThat(regels).extracting(Werklijst.Regel::reference).containsExactly("K-2026-0005", "K-2026-0004",
                "K-2026-0003", "K-2026-0002", "K-2026-0001");
        assertThat(regels.get(0).verstreken()).isTrue();
        assertThat(regels.get(0).verstrekenOp()).isEqualTo(VANDAAG.minusDays(2));
        assertThat(regels.get(3).opgeschort()).isTrue();
        assertThat(regels.get(4).termijn()).isNull();
    }

    @Test
    void aCaseShowsItsMostUrgentTermAndTheLongestLapsedCaseComesFirst() {
        KlachtRegel a = zaak("K-2026-0010");
        KlachtRegel b = zaak("K-2026-0011");
        List<Termijn> lopend = List.of(
                termijn(a, "T5", "OPEN", VANDAAG.plusDays(2), null),
                termijn(a, "T4", "LAPSED", VANDAAG.minusDays(1), VANDAAG),
                termijn(b, "T3", "LAPSED", VANDAAG.minusWeeks(2), null));

        List<Werklijst.Regel> regels = Werklijst.van(List.of(a, b), lopend);

        assertThat(regels).extracting(Werklijst.Regel::reference).containsExactly("K-2026-0011", "K-2026-0010");
        assertThat(regels.get(1).termijn().term()).isEqualTo("T4");
        // without termijn-service's lapse day, the term lapsed the day after its due date
        assertThat(regels.get(0).verstrekenOp()).isEqualTo(VANDAAG.minusWeeks(2).plusDays(1));
    }

    @Test
    void onlyTheCasesKlachtServiceListsAppearWhateverTermsTermijnServiceReturns() {
        KlachtRegel zichtbaar = zaak("K-2026-0020");
        KlachtRegel nietVoorMij = zaak("K-2026-0021");
        List<Termijn> lopend = List.of(termijn(nietVoorMij, "T3", "LAPSED", VANDAAG.minusDays(5), null),
                termijn(zichtbaar, "T3", "OPEN", VANDAAG.plusDays(5), null));

        assertThat(Werklijst.van(List.of(zichtbaar), lopend)).extracting(Werklijst.Regel::reference)
                .containsExactly("K-2026-0020");
    }

    private static KlachtRegel zaak(String kenmerk) {
        return new KlachtRegel(UUID.randomUUID(), kenmerk, "fractie-voorbeeld", "ONTVANGEN", VANDAAG.minusWeeks(3));
    }

    private static Termijn termijn(KlachtRegel zaak, String term, String state, LocalDate dueOn, LocalDate lapsedOn) {
        return new Termijn(UUID.randomUUID(), term, "de beslissing over de ontvankelijkheid", "art 10.1", zaak.id(),
                zaak.reference(), dueOn, state, null, lapsedOn, null);
    }
}
