package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Afdeling;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Afdelingen;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.BeheerMsg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The organisation's departments, kept by its fractie administrator: a melder may name one with a melding, and a
 * vertrouwenspersoon's pattern signal counts per department. klacht-service keeps the list (replaced as a whole) and
 * passes it on to melding-service; the portal adds or removes one department at a time.
 */
@Path("/organisaties/{tenantId}/afdelingen")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AfdelingenPagina {

    /** klacht-service's department code: upper-case letters, digits, '_' and '-', at most 64. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,63}");
    private static final int NAAM_MAX = 120;
    private static final int LIJST_MAX = 200;

    @Inject
    @RestClient
    KlachtServiceClient klacht;

    @Inject
    Aanmelding aanmelding;

    @Inject
    OrganisatieNaam organisatieNaam;

    @Inject
    Paginas paginas;

    @Inject
    Taal taal;

    @Inject
    Template afdelingen;

    @Inject
    Template nietTeTonen;

    /** The add form as typed. */
    public record Invoer(String naam, String code) {
    }

    @GET
    public Response toon(@PathParam("tenantId") String tenantId, @QueryParam("gedaan") String gedaan) {
        if (!aanmelding.heeftRol(PersoneelPagina.FRACTIEBEHEERDER)) {
            return alleenBeheerder(tenantId);
        }
        BeheerMsg msg = teksten();
        String melding = "toegevoegd".equals(gedaan) ? msg.afdelingToegevoegd()
                : "verwijderd".equals(gedaan) ? msg.afdelingVerwijderd() : null;
        return pagina(tenantId, new Invoer(null, null), Fouten.geen(), melding, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voegToe(@PathParam("tenantId") String tenantId, @RestForm String naam, @RestForm String code) {
        if (!aanmelding.heeftRol(PersoneelPagina.FRACTIEBEHEERDER)) {
            return alleenBeheerder(tenantId);
        }
        BeheerMsg msg = teksten();
        Invoer invoer = new Invoer(naam, code);
        String schoon = naam == null ? "" : naam.strip();
        String gekozenCode = code == null || code.isBlank() ? codeUit(schoon) : code.strip().toUpperCase(Locale.ROOT);
        List<Afdeling> nu;
        try {
            nu = klacht.afdelingen(aanmelding.bearer(), tenantId);
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(tenantId), e);
        }
        Fouten fouten = new Fouten();
        if (schoon.isEmpty() || schoon.length() > NAAM_MAX) {
            fouten.veld("naam", msg.foutAfdelingNaam());
        } else if (nu.stream().anyMatch(a -> a.name().equalsIgnoreCase(schoon))) {
            fouten.veld("naam", msg.foutAfdelingNaamBestaat());
        }
        if (!schoon.isEmpty() && !CODE.matcher(gekozenCode).matches()) {
            fouten.veld("code", msg.foutAfdelingCode());
        } else if (nu.stream().anyMatch(a -> a.code().equals(gekozenCode))) {
            fouten.veld("code", msg.foutAfdelingCodeBestaat(gekozenCode));
        }
        if (!fouten.aanwezig() && nu.size() >= LIJST_MAX) {
            fouten.algemeen(msg.foutAfdelingenVol(LIJST_MAX));
        }
        if (fouten.aanwezig()) {
            return pagina(tenantId, invoer, fouten, null, 400);
        }
        List<Afdeling> nieuw = new ArrayList<>(nu);
        nieuw.add(new Afdeling(gekozenCode, schoon));
        return vervang(tenantId, nieuw, invoer, "toegevoegd");
    }

    @POST
    @Path("verwijderen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verwijder(@PathParam("tenantId") String tenantId, @RestForm String code) {
        if (!aanmelding.heeftRol(PersoneelPagina.FRACTIEBEHEERDER)) {
            return alleenBeheerder(tenantId);
        }
        List<Afdeling> nu;
        try {
            nu = klacht.afdelingen(aanmelding.bearer(), tenantId);
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(tenantId), e);
        }
        List<Afdeling> over = nu.stream().filter(a -> !a.code().equals(code)).toList();
        if (over.size() == nu.size()) {
            // removed meanwhile (another tab, another administrator): nothing to do
            return Response.seeOther(URI.create(pad(tenantId) + "?gedaan=verwijderd")).build();
        }
        return vervang(tenantId, over, new Invoer(null, null), "verwijderd");
    }

    private Response vervang(String tenantId, List<Afdeling> lijst, Invoer invoer, String gedaan) {
        try {
            klacht.vervangAfdelingen(aanmelding.bearer(), tenantId, new Afdelingen(lijst));
        } catch (Weigering weigering) {
            if (weigering.status() == 400 || weigering.status() == 422) {
                return pagina(tenantId, invoer, Fouten.geen().algemeen(teksten().foutAfdelingGeweigerd()), null, 422);
            }
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(tenantId), weigering);
        } catch (ProcessingException onbereikbaar) {
            return pagina(tenantId, invoer, Fouten.geen().algemeen(teksten().afdelingDienstWeg()), null, 503);
        }
        return Response.seeOther(URI.create(pad(tenantId) + "?gedaan=" + gedaan)).build();
    }

    private Response pagina(String tenantId, Invoer invoer, Fouten fouten, String melding, int status) {
        List<Afdeling> lijst;
        try {
            lijst = klacht.afdelingen(aanmelding.bearer(), tenantId);
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(tenantId), e);
        }
        return Response.status(status).entity(paginas.toon(afdelingen, pad(tenantId), fouten)
                .data("tenantId", tenantId).data("organisatie", organisatieNaam.van(tenantId))
                .data("lijst", lijst).data("invoer", invoer).data("melding", melding)).build();
    }

    /** A code made from the department's name: "Financiën & Control" becomes FINANCIEN-CONTROL. */
    static String codeUit(String naam) {
        String zonderTekens = Normalizer.normalize(naam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = zonderTekens.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        return code.length() > 64 ? code.substring(0, 64).replaceAll("-+$", "") : code;
    }

    private Response alleenBeheerder(String tenantId) {
        return Response.status(Response.Status.FORBIDDEN).entity(paginas.toon(nietTeTonen, pad(tenantId))
                .data("weg", false)).build();
    }

    private BeheerMsg teksten() {
        return MessageBundles.get(BeheerMsg.class, Localized.Literal.of(taal.code()));
    }

    static String pad(String tenantId) {
        return "/organisaties/" + tenantId + "/afdelingen";
    }
}
