package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** Pages of text only: the privacy statement, the accessibility statement, and sign-in (not yet there). */
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

    /** Sign-in comes with the identity provider (OIDC code flow); until then this page says so. */
    @GET
    @Path("inloggen")
    public TemplateInstance inloggen() {
        return pagina("/inloggen", "inloggenTitel", "inloggenTekst");
    }

    private TemplateInstance pagina(String pad, String titel, String... alineas) {
        return paginas.toon(info, pad).data("titel", titel).data("alineas", List.of(alineas));
    }
}
