package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.termijn.TermijnServiceClient;

/**
 * One statutory term, where a reminder email links ({@link PortalRoutes#TERMIJN}): what must happen by when, in
 * termijn-service's own words, its state, and the melding or complaint it belongs to. termijn-service decides who may
 * see it (the commission's seat, the named decider, the VP concerned); anyone else finds nothing.
 */
@Path(PortalRoutes.TERMIJN)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TermijnPagina {

    @Inject
    Template termijn;

    @Inject
    Template nietTeTonen;

    @Inject
    Paginas paginas;

    @Inject
    Aanmelding aanmelding;

    @Inject
    @RestClient
    TermijnServiceClient termijnen;

    @GET
    public Response toon(@PathParam("termijnId") UUID termijnId) {
        String pad = PortalRoutes.termijn(termijnId);
        try {
            return Response.ok(paginas.toon(termijn, pad)
                    .data("t", termijnen.termijn(aanmelding.bearer(), termijnId).termijn())).build();
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad, e);
        }
    }
}
