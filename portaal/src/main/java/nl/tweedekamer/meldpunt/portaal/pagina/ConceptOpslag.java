package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.security.Authenticated;

/**
 * Where the page's script saves a draft while someone types ({@code /js/concept.js}; a form without JavaScript saves
 * through its own button). Only the portal's own forms and their own fields are kept: a draft is never anything else.
 * A melding's drafts go to melding-service, a complaint's long texts ({@code klacht-{id}-zienswijze} …) to
 * klacht-service. Answers 204 when saved, 502 when the service did not take it.
 */
@Path("/concepten/{formulier}")
@Authenticated
public class ConceptOpslag {

    private static final Pattern BERICHT = Pattern.compile("bericht-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    @Inject
    Concepten concepten;

    @Inject
    TekstConcepten tekstConcepten;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bewaar(@PathParam("formulier") String formulier, @RestForm String vertrouwenspersoon,
            @RestForm String soort, @RestForm String categorie, @RestForm String relatie, @RestForm String afdeling,
            @RestForm String beschrijving, @RestForm String naam, @RestForm String email, @RestForm String telefoon,
            @RestForm String emailGewenst, @RestForm String bericht, @RestForm String correctie,
            @RestForm String zienswijze, @RestForm String besluit) {
        java.util.Optional<TekstConcepten.Formulier> klachtTekst = TekstConcepten.Formulier.van(formulier);
        if (klachtTekst.isPresent()) {
            TekstConcepten.Formulier f = klachtTekst.get();
            String tekst = switch (f.soort()) {
                case "CORRECTIE" -> correctie;
                case "ZIENSWIJZE" -> zienswijze;
                default -> besluit;
            };
            return tekstConcepten.bewaarAutomatisch(f, tekst) ? Response.noContent().build()
                    : Response.status(Response.Status.BAD_GATEWAY).build();
        }
        Map<String, String> velden = new LinkedHashMap<>();
        if (Concepten.NIEUWE_MELDING.equals(formulier)) {
            velden.put("vertrouwenspersoon", vertrouwenspersoon);
            velden.put("soort", soort);
            velden.put("categorie", categorie);
            velden.put("relatie", relatie);
            velden.put("afdeling", afdeling);
            velden.put("beschrijving", beschrijving);
            velden.put("naam", naam);
            velden.put("email", email);
            velden.put("telefoon", telefoon);
            velden.put("emailGewenst", emailGewenst);
        } else if (BERICHT.matcher(formulier).matches()) {
            velden.put("bericht", bericht);
            formulier = Concepten.bericht(UUID.fromString(formulier.substring("bericht-".length())));
        } else {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return concepten.bewaar(formulier, velden) ? Response.noContent().build()
                : Response.status(Response.Status.BAD_GATEWAY).build();
    }
}
