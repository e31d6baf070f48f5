package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** Pages of text only: the privacy statement, and the accessibility statement. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class InfoPaginas {

    @Inject
    Template info;

    @Inject
    Paginas paginas;

    @GET
    @Path("privacy")
    public TemplateInstance privacy() {
        return pagina("/privacy", "privacyTitel", "privacyTekst1", "privacyTekst2", "privacyTekst3", "privacyNogNiet");
    }

    @GET
    @Path("toegankelijkheid")
    public TemplateInstance toegankelijkheid() {
        return pagina("/toegankelijkheid", "toegankelijkheidTitel", "toegankelijkheidTekst1", "toegankelijkheidTekst2",
                "toegankelijkheidTekst3");
    }

    private TemplateInstance pagina(String pad, String titel, String... alineas) {
        return paginas.toon(info, pad).data("titel", titel).data("alineas", List.of(alineas));
    }
}
