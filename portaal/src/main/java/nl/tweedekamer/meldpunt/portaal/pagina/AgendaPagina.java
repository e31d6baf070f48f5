package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.termijn.TermijnServiceClient;
import nl.tweedekamer.meldpunt.portaal.termijn.TermijnServiceClient.Agenda;

/**
 * A commission member's personal calendar feed of the commission's running terms (case reference, term, due date;
 * no name, no content): termijn-service makes a secret URL, shown once in the answer to the POST that made it (never
 * in a link or a redirect), and revokes one; it answers only while its owner holds a seat.
 */
@Path("/commissie/agenda")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AgendaPagina {

    static final String PAD = "/commissie/agenda";

    @Inject
    @RestClient
    TermijnServiceClient termijn;

    @Inject
    Aanmelding aanmelding;

    @Inject
    Paginas paginas;

    @Inject
    Template agenda;

    @Inject
    Template nietTeTonen;

    @GET
    public Response toon(@QueryParam("ingetrokken") boolean ingetrokken) {
        return pagina(null, ingetrokken, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response maak() {
        if (!KlachtPaginas.commissie(aanmelding)) {
            return alleenCommissie();
        }
        try {
            return pagina(termijn.nieuweAgenda(aanmelding.bearer()).url(), false, 200);
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, e);
        }
    }

    @POST
    @Path("{feed}/intrekken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response trekIn(@PathParam("feed") UUID feed) {
        if (!KlachtPaginas.commissie(aanmelding)) {
            return alleenCommissie();
        }
        try {
            termijn.trekAgendaIn(aanmelding.bearer(), feed);
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, e);
        }
        return Response.seeOther(URI.create(PAD + "?ingetrokken=true")).build();
    }

    private Response pagina(String nieuweUrl, boolean ingetrokken, int status) {
        if (!KlachtPaginas.commissie(aanmelding)) {
            return alleenCommissie();
        }
        List<Agenda> feeds;
        try {
            feeds = termijn.agendas(aanmelding.bearer());
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, e);
        }
        return Response.status(status).entity(paginas.toon(agenda, PAD).data("feeds", feeds).data("nieuweUrl", nieuweUrl)
                .data("ingetrokken", ingetrokken)).build();
    }

    private Response alleenCommissie() {
        return Response.status(Response.Status.FORBIDDEN).entity(paginas.toon(nietTeTonen, PAD).data("weg", false))
                .build();
    }
}
