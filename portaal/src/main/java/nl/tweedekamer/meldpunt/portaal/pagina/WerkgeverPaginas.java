package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.time.LocalDate;
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
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.klacht.Fase;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtDtos;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient;
import nl.tweedekamer.meldpunt.portaal.klacht.WerkgeverClient;
import nl.tweedekamer.meldpunt.portaal.klacht.WerkgeverClient.Voorziening;
import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;
import nl.tweedekamer.meldpunt.portaal.taal.WerkgeverMsg;

/**
 * The employer's decider's own pages (domain.md §10.2): the complaints they decide on ({@code GET /klachten} as
 * employer: reference and stage only) and the requests for temporary measures addressed to them (art 12.4: the case's
 * reference and the request, never the dossier), with the measures taken after consulting the commission.
 */
@Path("/werkgever")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class WerkgeverPaginas {

    public static final String WERKGEVER = "employer";
    static final String KLACHTEN = "/werkgever/klachten";
    static final String VOORZIENINGEN = "/werkgever/tijdelijke-voorzieningen";

    /** A line of the list: no content, no names. */
    @TemplateData
    public record Regel(UUID id, String kenmerk, String faseSleutel, LocalDate ingediend) {
    }

    @Inject
    Template werkgeverKlachten;

    @Inject
    Template werkgeverVoorzieningen;

    @Inject
    Paginas paginas;

    @Inject
    Aanmelding aanmelding;

    @Inject
    Taal taal;

    @Inject
    @RestClient
    KlachtServiceClient klachten;

    @Inject
    @RestClient
    WerkgeverClient werkgever;

    @GET
    @Path("klachten")
    public TemplateInstance klachten() {
        TemplateInstance pagina = paginas.toon(werkgeverKlachten, KLACHTEN);
        if (!aanmelding.heeftRol(WERKGEVER)) {
            return pagina.data("regels", List.of()).data("melding", "alleenWerkgever");
        }
        try {
            List<KlachtDtos.KlachtRegel> zaken = klachten.werklijst(aanmelding.bearer());
            return pagina.data("regels", zaken.stream()
                    .map(z -> new Regel(z.id(), z.reference(), Fase.sleutel(z.status()), z.filedOn())).toList())
                    .data("melding", null);
        } catch (Weigering | ProcessingException e) {
            return pagina.data("regels", List.of()).data("melding", "klachtenNietBeschikbaar");
        }
    }

    @GET
    @Path("tijdelijke-voorzieningen")
    public Response voorzieningen(@QueryParam("gedaan") boolean gedaan) {
        return voorzieningenPagina(200, Fouten.geen(), null, null, null, gedaan);
    }

    @POST
    @Path("tijdelijke-voorzieningen/{id}/maatregelen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response maatregelen(@PathParam("id") UUID id, @RestForm String maatregelen, @RestForm String overleg) {
        WerkgeverMsg msg = MessageBundles.get(WerkgeverMsg.class, Localized.Literal.of(taal.code()));
        Fouten fouten = new Fouten();
        String veldMaatregelen = "maatregelen-" + id;
        String veldOverleg = "overleg-" + id;
        if (maatregelen == null || maatregelen.isBlank()) {
            fouten.veld(veldMaatregelen, msg.foutMaatregelenLeeg());
        } else if (maatregelen.length() > WerkgeverStappen.TEKST_MAXIMUM) {
            fouten.veld(veldMaatregelen, msg.foutTeLang());
        }
        if (overleg == null || !overleg.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            fouten.veld(veldOverleg, msg.foutOverleg());
        }
        if (!fouten.aanwezig()) {
            try {
                werkgever.maatregelen(aanmelding.bearer(), id,
                        new WerkgeverClient.Maatregelen(maatregelen.strip(), overleg.strip()));
                return Response.seeOther(URI.create(VOORZIENINGEN + "?gedaan=true")).build();
            } catch (ProcessingException onbereikbaar) {
                fouten.algemeen(msg.foutNietBereikbaar());
            } catch (Weigering w) {
                if (w.status() >= 500) {
                    fouten.algemeen(msg.foutNietBereikbaar());
                } else if (w.status() == 409) {
                    fouten.algemeen(msg.foutAlVastgelegd());
                } else if (w.status() == 400 || w.status() == 422) {
                    for (Probleem.VeldFout f : w.probleem().map(Probleem::veldFouten).orElse(List.of())) {
                        if ("commissionConsultedOn".equals(f.field())) {
                            fouten.veld(veldOverleg, msg.foutOverleg());
                        } else if ("measures".equals(f.field())) {
                            fouten.veld(veldMaatregelen, msg.foutMaatregelenLeeg());
                        }
                    }
                    if (!fouten.aanwezig()) {
                        fouten.algemeen(msg.foutAlgemeen());
                    }
                } else {
                    fouten.algemeen(msg.foutGeenToegang());
                }
            }
        }
        return voorzieningenPagina(422, fouten, id, maatregelen, overleg, false);
    }

    private Response voorzieningenPagina(int status, Fouten fouten, UUID bij, String maatregelen, String overleg,
            boolean gedaan) {
        TemplateInstance pagina = paginas.toon(werkgeverVoorzieningen, VOORZIENINGEN, fouten).data("gedaan", gedaan)
                .data("bij", bij).data("maatregelen", maatregelen).data("overleg", overleg);
        if (!aanmelding.heeftRol(WERKGEVER)) {
            return Response.status(status).entity(pagina.data("verzoeken", List.of()).data("melding", "alleenWerkgever"))
                    .build();
        }
        List<Voorziening> verzoeken;
        String melding = null;
        try {
            verzoeken = werkgever.voorzieningen(aanmelding.bearer());
        } catch (Weigering | ProcessingException e) {
            verzoeken = List.of();
            melding = "voorzieningenNietBeschikbaar";
        }
        return Response.status(status).entity(pagina.data("verzoeken", verzoeken).data("melding", melding)).build();
    }
}
