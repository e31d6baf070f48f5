package nl.tweedekamer.meldpunt.portaal.pagina;

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
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.MeldingRegel;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;

/**
 * The vertrouwenspersoon's inbox: the meldingen addressed to them, sorted by whose turn it is (new, waiting for me,
 * waiting for the melder, closed). The list carries no content, and listing is not reading: melding-service records
 * a read only when a melding is opened.
 */
@Path(VertrouwenspersoonPagina.PAD)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class VertrouwenspersoonPagina {

    static final String PAD = "/vertrouwenspersoon/meldingen";

    @Inject
    Template vertrouwenspersoonMeldingen;

    @Inject
    Paginas paginas;

    @Inject
    Aanmelding aanmelding;

    @Inject
    @RestClient
    MeldingServiceClient dienst;

    @GET
    public Response inbox() {
        if (!aanmelding.heeftRol(Aanmelding.VERTROUWENSPERSOON)) {
            return Response.status(Response.Status.FORBIDDEN).entity(pagina(List.of(), "inboxAlleenVp")).build();
        }
        try {
            return Response.ok(pagina(dienst.aanMijGericht(aanmelding.bearer()), null)).build();
        } catch (Weigering | ProcessingException onbereikbaar) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(pagina(List.of(), "inboxNietBeschikbaar")).build();
        }
    }

    private io.quarkus.qute.TemplateInstance pagina(List<MeldingRegel> meldingen, String melding) {
        return paginas.toon(vertrouwenspersoonMeldingen, PAD).data("melding", melding)
                .data("nieuw", meldingen.stream().filter(MeldingRegel::nieuw).toList())
                .data("wachtOpMij", meldingen.stream().filter(MeldingRegel::wachtOpVertrouwenspersoon).toList())
                .data("wachtOpMelder", meldingen.stream().filter(MeldingRegel::wachtOpMelder).toList())
                .data("gesloten", meldingen.stream().filter(MeldingRegel::gesloten).toList());
    }
}
