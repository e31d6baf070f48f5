package nl.tweedekamer.meldpunt.portaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.ws.rs.ProcessingException;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.pagina.Fouten;
import nl.tweedekamer.meldpunt.portaal.pagina.Foutmeldingen;
import nl.tweedekamer.meldpunt.portaal.taal.Msg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.portaal.support.NepMeldingService;

/** problem+json of melding-service, as a person reads it. */
@QuarkusTest
@WithTestResource(NepMeldingService.class)
class FoutmeldingenTests {

    private final Msg nl = Taal.teksten("nl");
    private final Msg en = Taal.teksten("en");

    private static Weigering ongeldig(String... veldEnBericht) {
        List<Probleem.VeldFout> fouten = new java.util.ArrayList<>();
        for (int i = 0; i < veldEnBericht.length; i += 2) {
            fouten.add(new Probleem.VeldFout(veldEnBericht[i], veldEnBericht[i + 1]));
        }
        return new Weigering(400, new Probleem("about:blank", "Invalid request", 400, "…", fouten), null);
    }

    @Test
    void eachRefusedFieldGetsItsOwnWordsInTheOrderOfTheForm() {
        Fouten fouten = Foutmeldingen.vertaal(ongeldig("description", "must not be blank", "vertrouwenspersoonId",
                "must not be null", "category", "required for unwanted behaviour"),
                Foutmeldingen.anoniemeMelding(nl), null, nl);
        assertThat(fouten.regels()).extracting(Fouten.Regel::anker)
                .containsExactly("vertrouwenspersoon", "categorie-INTIMIDATIE", "beschrijving");
        assertThat(fouten.voor("beschrijving")).isEqualTo("Schrijf wat er is gebeurd.");
        assertThat(fouten.voor("categorie")).isEqualTo("Kies wat voor gedrag het was.");
    }

    @Test
    void aCategoryForAnotherKindAndATooLongTextAreToldApart() {
        Fouten fouten = Foutmeldingen.vertaal(ongeldig("category", "only unwanted behaviour has a category",
                "description", "size must be between 0 and 20000"), Foutmeldingen.anoniemeMelding(nl), null, nl);
        assertThat(fouten.voor("categorie")).startsWith("Laat deze vraag leeg");
        assertThat(fouten.voor("beschrijving")).startsWith("Uw tekst is te lang");
    }

    @Test
    void aProblemAboutNoFieldOfTheFormStillSaysSomethingGeneral() {
        Fouten fouten = Foutmeldingen.vertaal(ongeldig("identity.phone", "size must be between 0 and 40"),
                Foutmeldingen.anoniemeMelding(nl), null, nl);
        assertThat(fouten.regels()).extracting(Fouten.Regel::tekst).containsExactly("Dat lukte niet. Probeer het opnieuw.");
    }

    @Test
    void rateLimitsUnknownCodesAndAnAbsentServiceInBothLanguages() {
        assertThat(Foutmeldingen.vertaal(new Weigering(429, null, 30L), List.of(), null, nl).regels())
                .extracting(Fouten.Regel::tekst).containsExactly(
                        "U heeft het te vaak geprobeerd. Wacht 1 minuten en probeer het dan opnieuw. Dit is ter bescherming van alle meldingen.");
        assertThat(Foutmeldingen.vertaal(new Weigering(404, null, null), List.of(), "code", en).voor("code"))
                .startsWith("We cannot find a report with this code");
        assertThat(Foutmeldingen.vertaal(new ProcessingException("refused"), List.of(), null, nl).regels())
                .extracting(Fouten.Regel::tekst).singleElement().asString().startsWith("Het meldpunt is nu niet bereikbaar");
    }
}
