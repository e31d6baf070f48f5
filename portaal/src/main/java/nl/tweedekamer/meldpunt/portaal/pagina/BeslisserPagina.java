package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Beslisser;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Beslissing;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Medewerker;
import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.BeheerMsg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The organisation's standing decider and deputy (domain.md §10.2), named by its fractie administrator from its staff
 * list: who decides for it as the employer on a complaint's advice (art 13) unless the commission names another.
 * klacht-service decides who may be named (on the roster, employed today, not external, with a login).
 */
@Path("/organisaties/{tenantId}/beslisser")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class BeslisserPagina {

    @Inject
    @RestClient
    KlachtServiceClient klacht;

    @Inject
    Aanmelding aanmelding;

    @Inject
    Paginas paginas;

    @Inject
    Taal taal;

    @Inject
    Clock clock;

    @Inject
    Template beslisser;

    @Inject
    Template nietTeTonen;

    /** A person who may be chosen: the login klacht-service names them by, and their name with function. */
    public record Persoon(String id, String naam) {
    }

    @GET
    public Response toon(@PathParam("tenantId") String tenantId, @QueryParam("gedaan") boolean gedaan) {
        if (!aanmelding.heeftRol(PersoneelPagina.FRACTIEBEHEERDER)) {
            return Response.status(403).entity(paginas.toon(nietTeTonen, pad(tenantId)).data("weg", false)).build();
        }
        return pagina(tenantId, null, null, Fouten.geen(), gedaan, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response benoem(@PathParam("tenantId") String tenantId, @RestForm String beslisser,
            @RestForm String plaatsvervanger) {
        if (!aanmelding.heeftRol(PersoneelPagina.FRACTIEBEHEERDER)) {
            return Response.status(403).entity(paginas.toon(nietTeTonen, pad(tenantId)).data("weg", false)).build();
        }
        BeheerMsg msg = teksten();
        Fouten fouten = new Fouten();
        UUID besluiter = Velden.uuid(beslisser);
        UUID vervanger = Velden.uuid(plaatsvervanger);
        if (besluiter == null) {
            fouten.veld("beslisser", msg.foutKiesIemand());
        }
        if (vervanger == null) {
            fouten.veld("plaatsvervanger", msg.foutKiesIemand());
        } else if (vervanger.equals(besluiter)) {
            fouten.veld("plaatsvervanger", msg.foutZelfdePersoon());
        }
        if (fouten.aanwezig()) {
            return pagina(tenantId, beslisser, plaatsvervanger, fouten, false, 400);
        }
        try {
            klacht.benoemBeslisser(aanmelding.bearer(), tenantId, new Beslissing(besluiter, vervanger));
        } catch (Weigering weigering) {
            if (weigering.status() == 400 || weigering.status() == 422) {
                for (Probleem.VeldFout f : weigering.probleem().map(Probleem::veldFouten).orElse(List.of())) {
                    fouten.veld("deputyId".equals(f.field()) ? "plaatsvervanger" : "beslisser", msg.foutNietBenoembaar());
                }
                if (!fouten.aanwezig()) {
                    fouten.algemeen(msg.foutNietBenoembaar());
                }
                return pagina(tenantId, beslisser, plaatsvervanger, fouten, false, 422);
            }
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(tenantId), weigering);
        } catch (ProcessingException onbereikbaar) {
            return pagina(tenantId, beslisser, plaatsvervanger, fouten.algemeen(msg.dienstWeg()), false, 503);
        }
        return Response.seeOther(URI.create(pad(tenantId) + "?gedaan=true")).build();
    }

    private Response pagina(String tenantId, String gekozenBeslisser, String gekozenPlaatsvervanger, Fouten fouten,
            boolean gedaan, int status) {
        List<Medewerker> personeel;
        Beslisser huidig = null;
        try {
            personeel = klacht.personeel(aanmelding.bearer(), tenantId);
            try {
                huidig = klacht.beslisser(aanmelding.bearer(), tenantId);
            } catch (Weigering geen) {
                if (geen.status() != 404) {
                    throw geen;
                }
            }
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(tenantId), e);
        }
        LocalDate vandaag = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        List<Persoon> personen = personeel.stream().filter(m -> kanBeslissen(m, vandaag))
                .map(m -> new Persoon(m.subject(), m.function() == null ? m.name() : m.name() + ", " + m.function()))
                .toList();
        String beslisserNu = gekozenBeslisser != null ? gekozenBeslisser
                : huidig == null ? null : String.valueOf(huidig.deciderId());
        String vervangerNu = gekozenPlaatsvervanger != null ? gekozenPlaatsvervanger
                : huidig == null ? null : String.valueOf(huidig.deputyId());
        return Response.status(status).entity(paginas.toon(beslisser, pad(tenantId), fouten).data("tenantId", tenantId)
                .data("huidig", huidig).data("personen", personen).data("gekozenBeslisser", beslisserNu)
                .data("gekozenPlaatsvervanger", vervangerNu).data("gedaan", gedaan)).build();
    }

    /** The people klacht-service would accept (domain.md §10.2), offered so that a choice rarely comes back refused. */
    private static boolean kanBeslissen(Medewerker m, LocalDate vandaag) {
        return Velden.uuid(m.subject()) != null && !"EXTERN".equals(m.kind()) && (m.from() == null || !m.from().isAfter(vandaag))
                && (m.to() == null || !m.to().isBefore(vandaag));
    }

    private BeheerMsg teksten() {
        return MessageBundles.get(BeheerMsg.class, Localized.Literal.of(taal.code()));
    }

    static String pad(String tenantId) {
        return "/organisaties/" + tenantId + "/beslisser";
    }
}
