package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Onderschrijving;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Verklaring;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;

/**
 * The declaration confirmation (onderschrijven, domain.md §1: "each employee is asked to confirm by reply"): the
 * declaration in force of the person's organisation in words, and one button. klacht-service decides, with the
 * person's own token, whether they are on the roster and what they confirmed; the portal only shows it. The email
 * that asks for the confirmation links here ({@link PortalRoutes#VERKLARING}).
 */
@Path(PortalRoutes.VERKLARING)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class VerklaringPagina {


    @Inject
    @RestClient
    KlachtServiceClient klacht;

    @Inject
    Aanmelding aanmelding;

    @Inject
    Paginas paginas;

    @Inject
    Template verklaring;

    @GET
    public TemplateInstance toon(@PathParam("tenantId") String tenantId, @QueryParam("klaar") boolean klaar) {
        String pad = PortalRoutes.verklaring(tenantId);
        if (!aanmelding.heeftRol(Aanmelding.WERKNEMER)) {
            return melding(pad, "verklaringAlleenMedewerkers");
        }
        try {
            Onderschrijving onderschrijving = klacht.mijnOnderschrijving(aanmelding.bearer(), tenantId);
            Verklaring inhoud = klacht.verklaringVanKracht(aanmelding.bearer(), tenantId);
            return paginas.toon(verklaring, pad).data("tenantId", tenantId).data("verklaring", inhoud)
                    .data("onderschrijving", onderschrijving).data("klaar", klaar && onderschrijving.onderschreven())
                    .data("melding", null);
        } catch (Weigering weigering) {
            return melding(pad, weigering.status() == 404 ? "verklaringGeen" : "verklaringNietBeschikbaar");
        } catch (ProcessingException onbereikbaar) {
            return melding(pad, "verklaringDienstWeg");
        }
    }

    /** One button: confirms, then shows the page again (POST, redirect, GET), now saying it is confirmed. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response onderschrijf(@PathParam("tenantId") String tenantId, @FormParam("verklaring") UUID verklaringId) {
        String pad = PortalRoutes.verklaring(tenantId);
        if (!aanmelding.heeftRol(Aanmelding.WERKNEMER)) {
            return Response.status(Response.Status.FORBIDDEN).entity(melding(pad, "verklaringAlleenMedewerkers"))
                    .build();
        }
        if (verklaringId == null) {
            return Response.status(Response.Status.BAD_REQUEST).entity(melding(pad, "verklaringNietBeschikbaar"))
                    .build();
        }
        try {
            klacht.onderschrijf(aanmelding.bearer(), tenantId, verklaringId);
        } catch (Weigering weigering) {
            return Response.status(weigering.status() == 409 ? 409 : 502)
                    .entity(melding(pad, weigering.status() == 409 ? "verklaringVervangen" : "verklaringNietBeschikbaar"))
                    .build();
        } catch (ProcessingException onbereikbaar) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(melding(pad, "verklaringDienstWeg"))
                    .build();
        }
        return Response.seeOther(URI.create(pad + "?klaar=true")).build();
    }

    private TemplateInstance melding(String pad, String sleutel) {
        return paginas.toon(verklaring, pad).data("tenantId", null).data("verklaring", null)
                .data("onderschrijving", null).data("klaar", false).data("melding", sleutel);
    }
}
