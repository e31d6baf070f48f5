package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.klacht.CommissieKlachtClient;
import nl.tweedekamer.meldpunt.portaal.klacht.CommissieZaak;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtDtos;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;

/**
 * The commission's part of a complaint's page ({@code klachtCommissie.html}): the steps of art 9-11 as forms, each
 * offered only when the procedure allows it and only to who may take it ({@link CommissieZaak}); the posts are in
 * {@link CommissieStappen}.
 */
@RequestScoped
public class CommissieDeel implements KlachtPaginaDeel {

    /** The {@code ?gedaan=} keys of the commission's steps ({@code GedaanMsg}). */
    static final Set<String> GEDAAN = Set.of("cieOntvangstBevestigd", "cieAanvullingGevraagd", "cieSamengesteld",
            "cieOntvankelijk", "cieNietOntvankelijk", "cieHoorzittingGepland", "cieVerslag", "cieFeitenoverzicht",
            "cieAdviestermijn", "cieBemiddelingGestart", "cieBemiddelingMislukt", "cieBemiddelingGeslaagd",
            "cieAdviesVastgesteld", "cieOndertekend", "cieVrijgegeven", "cieGeschoond", "cieBezwaarToegewezen", "cieBetrokkenheidVastgelegd",
            "cieBezwaarAfgewezen", "cieVerzoekBeslist", "cieBeslisserBenoemd");

    /** A person who may take a seat of the case (art 7.1, 7.4), with the seat they hold on the commission today. */
    @TemplateData
    public record Zetelhouder(UUID id, String naam, String functie) {

        /** "Naam, voorzitter", "Naam, plaatsvervangend lid": the seat said with the name. */
        public String functieSleutel() {
            return switch (functie) {
                case "CHAIR" -> "houderVoorzitter";
                case "DEPUTY_CHAIR" -> "houderPlvVoorzitter";
                case "DEPUTY_MEMBER" -> "houderPlvLid";
                default -> "houderLid";
            };
        }
    }

    /** One choice of the composition form: its field, its label's message key and who may take that seat. */
    @TemplateData
    public record Rij(String veld, String labelSleutel, List<Zetelhouder> personen) {
    }

    /** Who may sit on the case today: chair or deputy chair, and the (deputy) members of each side (art 7.4). */
    @TemplateData
    public record Keuzes(List<Rij> rijen) {
    }

    /** A ground of inadmissibility (art 9.5, 10.2) with the message key of its words. */
    @TemplateData
    public record Grond(String waarde, String sleutel) {
    }

    static final List<Grond> GRONDEN = CommissieStappen.GRONDEN.stream()
            .map(g -> new Grond(g, "grond" + g.replace("_", ""))).toList();

    @Inject
    Aanmelding aanmelding;

    @Inject
    @RestClient
    CommissieKlachtClient klachten;

    @Override
    public void vul(TemplateInstance pagina, KlachtDtos.Dossier dossier, JsonNode json) {
        CommissieZaak zaak = CommissieZaak.van(json);
        pagina.data("cie", zaak).data("cieInvoer", CommissieInvoer.leeg()).data("cieGronden", GRONDEN);
        if (zaak == null) {
            return;
        }
        if (zaak.samenstellen()) {
            pagina.data("cieKeuzes", keuzes());
        }
        if (zaak.lopend()) {
            lijsten(pagina, zaak);
        }
    }

    /**
     * What waits for the commission's decision on this case: documents to release to the accused (art 10.3, the
     * secretary's), objections to a member (art 7.8, the chair's) and requests to be heard separately (art 11.5). Each
     * list is read only for whom it has a step; a list klacht-service cannot give now is left out and said.
     */
    private void lijsten(TemplateInstance pagina, CommissieZaak zaak) {
        String bearer = aanmelding.bearer();
        boolean onvolledig = false;
        if (zaak.secretaris() && zaak.vrijgeven()) {
            try {
                pagina.data("cieDocumenten", klachten.bijlagen(bearer, zaak.id()).stream()
                        .filter(CommissieKlachtClient.Document::wachtOpVrijgave).toList());
            } catch (Weigering | ProcessingException e) {
                onvolledig = true;
            }
        }
        try {
            pagina.data("cieBezwaren", klachten.bezwaren(bearer, zaak.id()).stream()
                    .filter(CommissieKlachtClient.Bezwaar::open).toList());
            pagina.data("cieVerzoeken", klachten.verzoeken(bearer, zaak.id()).stream()
                    .filter(CommissieKlachtClient.Verzoek::openApartHoren).toList());
        } catch (Weigering | ProcessingException e) {
            onvolledig = true;
        }
        pagina.data("cieLijstenOnvolledig", onvolledig);
    }

    @Override
    public Set<String> gedaan() {
        return GEDAAN;
    }

    /** Today's commission's seats for the composition form; null when klacht-service cannot say (the page says so). */
    Keuzes keuzes() {
        try {
            List<CommissieKlachtClient.Zetel> zetels = klachten.commissie(aanmelding.bearer()).seats();
            if (zetels == null) {
                return null;
            }
            return new Keuzes(List.of(
                    new Rij("cie-voorzitter", "veldVoorzitter", houders(zetels, Set.of("CHAIR", "DEPUTY_CHAIR"), null)),
                    new Rij("cie-lid-ambtelijk", "veldLidAmbtelijk",
                            houders(zetels, Set.of("MEMBER", "DEPUTY_MEMBER"), "CIVIL_SERVICE")),
                    new Rij("cie-lid-politiek", "veldLidPolitiek",
                            houders(zetels, Set.of("MEMBER", "DEPUTY_MEMBER"), "POLITICAL"))));
        } catch (Weigering | ProcessingException e) {
            return null;
        }
    }

    private static List<Zetelhouder> houders(List<CommissieKlachtClient.Zetel> zetels, Set<String> functies,
            String zijde) {
        return zetels.stream()
                .filter(z -> z.appointee() != null && z.appointee().personId() != null && functies.contains(z.function())
                        && (zijde == null || zijde.equals(z.side())))
                .map(z -> new Zetelhouder(z.appointee().personId(), z.appointee().name() == null ? "-" : z.appointee().name(),
                        z.function()))
                .toList();
    }
}
