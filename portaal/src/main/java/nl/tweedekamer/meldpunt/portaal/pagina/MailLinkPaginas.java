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
 * Every route of {@link PortalRoutes} an email links to answers here, so no link in an email leads nowhere. Each says
 * that its content waits behind sign-in until the pages of the melding and complaint tracks replace these one by one
 * (the declaration confirmation already did: {@code VerklaringPagina}). Nothing of the case is fetched or shown.
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

    @GET
    @Path(PortalRoutes.PATROONSIGNALEN)
    public TemplateInstance patroonsignalen() {
        return inloggenNodig();
    }

    @GET
    @Path(PortalRoutes.TERMIJN)
    public TemplateInstance termijn() {
        return inloggenNodig();
    }

    private TemplateInstance inloggenNodig() {
        return paginas.toon(info, "/" + uri.getPath().replaceFirst("^/+", "")).data("titel", "mailLinkTitel")
                .data("alineas", List.of("mailLinkTekst"));
    }
}
