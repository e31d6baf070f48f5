package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import nl.tweedekamer.meldpunt.portaal.melding.Organisatie;
import nl.tweedekamer.meldpunt.portaal.melding.OrganisatieGids;

/** The start page: what a melding and a klacht are, the vertrouwenspersonen per organisation, the ways in. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StartPagina {

    @Inject
    Template start;

    @Inject
    Paginas paginas;

    @Inject
    OrganisatieGids gids;

    /** {@code gidsBekend} false: melding-service's directory cannot be read now, and the page says so. */
    @GET
    public TemplateInstance toon() {
        Optional<List<Organisatie>> organisaties = gids.gids();
        return paginas.toon(start, "/").data("organisaties", organisaties.orElse(List.of()))
                .data("gidsBekend", organisaties.isPresent());
    }
}
