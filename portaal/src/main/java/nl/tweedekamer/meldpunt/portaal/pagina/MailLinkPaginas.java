package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;

/**
 * The one route of {@link PortalRoutes} that has no page of its own yet, the complaint's: it answers here, so no link in
 * an email leads nowhere, and says that its content waits behind sign-in. Nothing of the case is fetched or shown.
 * The other routes have their pages ({@code MeldingPagina}, {@code VerklaringPagina}, {@code TermijnPagina},
 * {@code OrganisatieSignalenPagina}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class MailLinkPaginas {

    @Inject
    Template info;

    @Inject
    Paginas paginas;

    @Context
    UriInfo uri;

    @GET
    @Path(PortalRoutes.KLACHT)
    public TemplateInstance klacht() {
        return inloggenNodig();
    }

    private TemplateInstance inloggenNodig() {
        return paginas.toon(info, "/" + uri.getPath().replaceFirst("^/+", "")).data("titel", "mailLinkTitel")
                .data("alineas", List.of("mailLinkTekst"));
    }
}
