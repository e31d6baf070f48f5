package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.Map;
import java.util.stream.Collectors;

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
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;
import nl.tweedekamer.meldpunt.portaal.melding.Organisatie;
import nl.tweedekamer.meldpunt.portaal.melding.OrganisatieGids;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;

/**
 * The pattern signals an organisation received (domain.md §10.9), where the email to its HR contact links
 * ({@link PortalRoutes#PATROONSIGNALEN}): per department and year, the count as shown, the VP's advice. No melding,
 * no name. melding-service shows them to the organisation's employer and fractie administrator only.
 */
@Path(PortalRoutes.PATROONSIGNALEN)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class OrganisatieSignalenPagina {

    @Inject
    Template organisatieSignalen;

    @Inject
    Template nietTeTonen;

    @Inject
    Paginas paginas;

    @Inject
    Aanmelding aanmelding;

    @Inject
    OrganisatieGids gids;

    @Inject
    @RestClient
    MeldingServiceClient dienst;

    @GET
    public Response toon(@PathParam("tenantId") String tenantId) {
        String pad = PortalRoutes.patroonsignalen(tenantId);
        try {
            var signalen = dienst.signalenVan(aanmelding.bearer(), tenantId);
            var organisatie = gids.organisatie(tenantId);
            Map<String, String> afdelingen = organisatie.map(o -> o.afdelingen().stream()
                    .collect(Collectors.toMap(Organisatie.Afdeling::code, Organisatie.Afdeling::name, (a, b) -> a)))
                    .orElse(Map.of());
            return Response.ok(paginas.toon(organisatieSignalen, pad).data("signalen", signalen)
                    .data("organisatie", organisatie.map(Organisatie::naam).orElse(tenantId))
                    .data("afdelingen", afdelingen)).build();
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad, e);
        }
    }
}
