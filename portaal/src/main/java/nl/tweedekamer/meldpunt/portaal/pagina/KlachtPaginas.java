package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.All;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.beveiliging.Beveiligingskoppen;
import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtDtos;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient;
import nl.tweedekamer.meldpunt.portaal.klacht.VolgendeStap;
import nl.tweedekamer.meldpunt.portaal.klacht.Werklijst;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.termijn.TermijnServiceClient;

/**
 * The complaint pages: the commission's worklist ({@code /commissie/klachten}) and a complaint's page
 * ({@link PortalRoutes#KLACHT}, where the emails link), with its printable acts. klacht-service decides who sees which
 * complaint and which parts of it, termijn-service which terms; the portal only puts their answers into words.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class KlachtPaginas {

    public static final String WERKLIJST = "/commissie/klachten";
    /** The roles of the commission in the token; klacht-service checks the seat held today. */
    static final Set<String> COMMISSIE = Set.of("commission-member", "commission-secretary");
    /** The printable acts klacht-service renders (its {@code AkteResource}). */
    static final Set<String> AKTEN = Set.of("ontvangstbevestiging", "advies", "besluit");

    @Inject
    Template commissieKlachten;

    @Inject
    Template klacht;

    @Inject
    Template nietTeTonen;

    @Inject
    Paginas paginas;

    @Inject
    ObjectMapper mapper;

    @Inject
    @All
    List<KlachtPaginaDeel> delen;

    @Inject
    Aanmelding aanmelding;

    @Inject
    @RestClient
    KlachtServiceClient klachten;

    @Inject
    @RestClient
    TermijnServiceClient termijnen;

    static boolean commissie(Aanmelding aanmelding) {
        return aanmelding.rollen().stream().anyMatch(COMMISSIE::contains);
    }

    @GET
    @Path("commissie/klachten")
    public TemplateInstance werklijst() {
        TemplateInstance pagina = paginas.toon(commissieKlachten, WERKLIJST);
        if (!commissie(aanmelding)) {
            return pagina.data("regels", List.of()).data("melding", "werklijstAlleenCommissie");
        }
        List<KlachtDtos.KlachtRegel> zaken;
        try {
            zaken = klachten.werklijst(aanmelding.bearer());
        } catch (Weigering | ProcessingException e) {
            return pagina.data("regels", List.of()).data("melding", "werklijstNietBeschikbaar");
        }
        List<TermijnServiceClient.Termijn> lopend;
        String melding = null;
        try {
            lopend = termijnen.lopend(aanmelding.bearer());
        } catch (Weigering | ProcessingException e) {
            // the cases still show, without their terms; the page says so
            lopend = List.of();
            melding = "werklijstTermijnenNietBeschikbaar";
        }
        return pagina.data("regels", Werklijst.van(zaken, lopend)).data("melding", melding);
    }

    @GET
    @Path("klachten/{klachtId}")
    public Response klacht(@PathParam("klachtId") UUID klachtId, @QueryParam("gedaan") String gedaan) {
        // only what a step of this page says after its redirect; anything else in ?gedaan= is ignored
        String bekend = gedaan != null && delen.stream().anyMatch(deel -> deel.gedaan().contains(gedaan)) ? gedaan : null;
        return pagina(klachtId, 200, Fouten.geen(), p -> p.data("gedaan", bekend));
    }

    /**
     * The complaint's page with {@code status} (200, or 422 when a step's form comes back with its {@code fouten}),
     * the data of every {@link KlachtPaginaDeel}, and what the caller adds (what was typed).
     */
    public Response pagina(UUID klachtId, int status, Fouten fouten, Consumer<TemplateInstance> extra) {
        String pad = PortalRoutes.klacht(klachtId);
        try {
            JsonNode json = klachten.dossier(aanmelding.bearer(), klachtId);
            KlachtDtos.Dossier dossier = mapper.convertValue(json, KlachtDtos.Dossier.class);
            TemplateInstance pagina = paginas.toon(klacht, pad, fouten).data("d", dossier).data("stap", VolgendeStap.van(dossier))
                    .data("commissie", commissie(aanmelding)).data("gedaan", null);
            for (KlachtPaginaDeel deel : delen) {
                deel.vul(pagina, dossier, json);
            }
            extra.accept(pagina);
            return Response.status(status).entity(pagina).build();
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad, e);
        }
    }

    /**
     * A printable act, as klacht-service renders it for this reader (every copy recorded there); served with the
     * act's own policy: its inline style, nothing to load or run ({@link Beveiligingskoppen}).
     */
    @GET
    @Path("klachten/{klachtId}/akten/{akte}")
    public Response akte(@PathParam("klachtId") UUID klachtId, @PathParam("akte") String akte) {
        String pad = PortalRoutes.klacht(klachtId);
        if (!AKTEN.contains(akte)) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad, new Weigering(404, null, null));
        }
        try {
            return Response.ok(klachten.akte(aanmelding.bearer(), klachtId, akte),
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad, e);
        }
    }
}
