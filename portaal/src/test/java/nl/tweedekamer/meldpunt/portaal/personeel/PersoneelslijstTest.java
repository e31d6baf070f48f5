package nl.tweedekamer.meldpunt.portaal.personeel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A staff list as a spreadsheet exports it is read whatever its separator, column order and date style. */
class PersoneelslijstTest {

    @Test
    void aDutchSpreadsheetsSemicolonsQuotesAndDayFirstDatesAreRead() {
        String csv = "\uFEFFNaam;Werkadres;Functie;In dienst vanaf;Soort\r\n"
                + "\"Jansen; Piet\";piet@fractie.nl;Beleidsmedewerker;31-01-2025;kamerlid\r\n"
                + "Anna de Vries;anna@fractie.nl;;2024-06-01;\r\n\r\n";
        Personeelslijst.Uitslag uitslag = Personeelslijst.lees(csv);
        assertThat(uitslag.gelezen()).isTrue();
        assertThat(uitslag.rijen()).containsExactly(
                new Personeelslijst.Rij("Jansen; Piet", "piet@fractie.nl", null, "2025-01-31", null,
                        "Beleidsmedewerker", "KAMERLID"),
                new Personeelslijst.Rij("Anna de Vries", "anna@fractie.nl", null, "2024-06-01", null, null, null));
    }

    @Test
    void commasAndEnglishHeadersInAnyOrderAreReadToo() {
        Personeelslijst.Uitslag uitslag = Personeelslijst.lees("from,email,name,to\n1-2-2024,a@b.nl,A B,31-12-2026\n");
        assertThat(uitslag.rijen()).containsExactly(
                new Personeelslijst.Rij("A B", "a@b.nl", null, "2024-02-01", "2026-12-31", null, null));
    }

    @Test
    void aDateThatIsNoDateIsPassedOnAsWrittenForTheServiceToName() {
        assertThat(Personeelslijst.lees("naam;werkadres;vanaf\nA;a@b.nl;gisteren\n").rijen().get(0).vanaf())
                .isEqualTo("gisteren");
    }

    @Test
    void aListWithoutNameAddressOrStartColumnIsRefusedAsAWhole() {
        assertThat(Personeelslijst.lees("naam;functie\nA;B\n").fout()).isEqualTo("importKolommen");
        assertThat(Personeelslijst.lees("naam;werkadres;vanaf\n").fout()).isEqualTo("importLeeg");
        assertThat(Personeelslijst.lees("").fout()).isEqualTo("importLeeg");
    }

    @Test
    void moreThanAThousandPeopleAreRefusedAsAWhole() {
        StringBuilder csv = new StringBuilder("naam;werkadres;vanaf\n");
        for (int i = 0; i <= Personeelslijst.MAX_RIJEN; i++) {
            csv.append("P ").append(i).append(";p").append(i).append("@f.nl;2024-01-01\n");
        }
        assertThat(Personeelslijst.lees(csv.toString()).fout()).isEqualTo("importTeGroot");
    }
}
