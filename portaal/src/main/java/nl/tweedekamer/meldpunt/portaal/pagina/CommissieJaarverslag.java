package nl.tweedekamer.meldpunt.portaal.pagina;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import nl.tweedekamer.meldpunt.portaal.beveiliging.Beveiligingskoppen;
import nl.tweedekamer.meldpunt.portaal.klacht.CommissieKlachtClient;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;

/**
 * The commission's annual report (art 14), confidential and anonymised, over every employer: klacht-service renders it
 * as a printable page (small numbers shown as "< 5"), the portal passes it on as it does a complaint's act, with the
 * act's own policy ({@link Beveiligingskoppen}); {@code ?editie=ondernemingsraad} gives the works council's edition.
 */
@Path("/commissie/jaarverslag")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CommissieJaarverslag {

    @Inject
    Aanmelding aanmelding;

    @Inject
    Paginas paginas;

    @Inject
    Template nietTeTonen;

    @Inject
    @RestClient
    CommissieKlachtClient klachten;

    /** The last year that is over: the one the commission reports on (klacht-service refuses the running year). */
    @io.quarkus.qute.TemplateGlobal
    static String cieVorigJaar() {
        return String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear() - 1);
    }

    @GET
    @Path("{jaar: [0-9]{4}}")
    public Response jaarverslag(@PathParam("jaar") int jaar, @QueryParam("editie") String editie) {
        String pad = "/commissie/jaarverslag/" + jaar;
        try {
            String html = klachten.jaarverslag(aanmelding.bearer(), jaar,
                    "ondernemingsraad".equals(editie) ? "ondernemingsraad" : null);
            return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad, e);
        }
    }
}
