package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;

/**
 * Sign-in and the signed-in person's own start page. {@code /inloggen} needs sign-in, so the identity provider's login
 * comes first (authorization code flow with PKCE); back here it leads on to {@code /mijn}, which offers what the
 * person's roles allow. Sign-out is {@code /uitloggen} (handled by quarkus-oidc: it ends the identity provider's
 * session too).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MijnPagina {

    @Inject
    Aanmelding aanmelding;

    @Inject
    Paginas paginas;

    @Inject
    Template mijn;

    @Inject
    Template mijnMeldingen;

    @Inject
    @RestClient
    MeldingServiceClient melding;

    @GET
    @Path("inloggen")
    public Response inloggen() {
        return Response.seeOther(URI.create("/mijn")).build();
    }

    @GET
    @Path("mijn")
    public TemplateInstance overzicht() {
        String verklaring = aanmelding.heeftRol(Aanmelding.WERKNEMER)
                ? aanmelding.tenant().map(PortalRoutes::verklaring).orElse(null)
                : null;
        return paginas.toon(mijn, "/mijn").data("naam", aanmelding.naam()).data("verklaring", verklaring)
                .data("melder", aanmelding.heeftRol(Aanmelding.WERKNEMER))
                .data("vertrouwenspersoon", aanmelding.heeftRol(Aanmelding.VERTROUWENSPERSOON))
                .data("personeel", aanmelding.heeftRol(PersoneelPagina.FRACTIEBEHEERDER)
                        ? aanmelding.tenant().orElse(null)
                        : null)
                .data("commissie", KlachtPaginas.commissie(aanmelding))
                .data("platform", aanmelding.heeftRol(OrganisatiesPagina.PLATFORMBEHEERDER))
                .data("techniek", aanmelding.heeftRol(BezorgingPagina.BEHEERDER_TECHNIEK));
    }

    /** The melder's own named meldingen, as melding-service lists them for the person's own token. */
    @GET
    @Path("mijn/meldingen")
    public TemplateInstance meldingen() {
        TemplateInstance pagina = paginas.toon(mijnMeldingen, "/mijn/meldingen");
        if (!aanmelding.heeftRol(Aanmelding.WERKNEMER)) {
            return pagina.data("meldingen", List.of()).data("melding", "mijnMeldingenAlleenMedewerkers");
        }
        try {
            return pagina.data("meldingen", melding.mijnMeldingen(aanmelding.bearer())).data("melding", null);
        } catch (Weigering | ProcessingException onbereikbaar) {
            return pagina.data("meldingen", List.of()).data("melding", "mijnMeldingenNietBeschikbaar");
        }
    }
}
