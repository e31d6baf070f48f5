package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.NieuweOrganisatie;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Organisatie;
import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.PlatformMsg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The organisations on the platform, for the platform administrator (Stafdienst HR): who joined, in which state, and
 * registering one that joins (it then declares the regulation applicable through its own fractie administrator) or
 * offboarding one (no new cases from then on; gone once its last case is deleted under its retention term).
 * klacht-service keeps the organisations and decides.
 */
@Path("/beheer/organisaties")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class OrganisatiesPagina {

    static final String PLATFORMBEHEERDER = "platform-admin";
    static final String PAD = "/beheer/organisaties";
    private static final List<String> SOORTEN = List.of("FRACTIE", "AMBTELIJKE_ORGANISATIE");

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
    Template organisaties;

    @Inject
    Template afmelden;

    @Inject
    Template nietTeTonen;

    /** The registration form as typed. */
    public record Invoer(String id, String naam, String afkorting, String soort, String rechtspersoon,
            String contactadres, String hradres) {
        static Invoer leeg() {
            return new Invoer(null, null, null, "FRACTIE", null, null, null);
        }
    }

    /** One line of the list, its kind and state in words. */
    public record Regel(Organisatie o, String soort, String stand, boolean actief) {
    }

    @GET
    public Response toon(@QueryParam("gedaan") String gedaan) {
        if (!aanmelding.heeftRol(PLATFORMBEHEERDER)) {
            return alleenBeheerder(PAD);
        }
        PlatformMsg msg = teksten();
        String melding = "geregistreerd".equals(gedaan) ? msg.organisatieGeregistreerd()
                : "afgemeld".equals(gedaan) ? msg.organisatieAfgemeld() : null;
        return lijst(Invoer.leeg(), Fouten.geen(), melding, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registreer(@RestForm String id, @RestForm String naam, @RestForm String afkorting,
            @RestForm String soort, @RestForm String rechtspersoon, @RestForm String contactadres,
            @RestForm String hradres) {
        if (!aanmelding.heeftRol(PLATFORMBEHEERDER)) {
            return alleenBeheerder(PAD);
        }
        Invoer invoer = new Invoer(id, naam, afkorting, soort, rechtspersoon, contactadres, hradres);
        PlatformMsg msg = teksten();
        Fouten fouten = new Fouten();
        if (Velden.leeg(id)) {
            fouten.veld("id", msg.foutId());
        }
        if (Velden.leeg(naam)) {
            fouten.veld("naam", msg.foutNaam());
        }
        if (Velden.leeg(afkorting)) {
            fouten.veld("afkorting", msg.foutAfkorting());
        }
        if (soort == null || !SOORTEN.contains(soort)) {
            fouten.veld("soort", msg.foutSoort());
        }
        if (Velden.leeg(rechtspersoon)) {
            fouten.veld("rechtspersoon", msg.foutRechtspersoon());
        }
        if (Velden.leeg(contactadres)) {
            fouten.veld("contactadres", msg.foutAdres());
        }
        if (fouten.aanwezig()) {
            return lijst(invoer, fouten, null, 400);
        }
        try {
            klacht.registreer(aanmelding.bearer(), new NieuweOrganisatie(id.strip().toLowerCase(Locale.ROOT),
                    naam.strip(), afkorting.strip(), soort, rechtspersoon.strip(), contactadres.strip(),
                    Velden.leeg(hradres) ? null : hradres.strip()));
        } catch (Weigering weigering) {
            if (weigering.status() == 409) {
                return lijst(invoer, fouten.veld("id", msg.foutIdBestaat()), null, 409);
            }
            if (weigering.status() == 400 || weigering.status() == 422) {
                return lijst(invoer, veldfouten(weigering, msg), null, 422);
            }
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, weigering);
        } catch (ProcessingException onbereikbaar) {
            return lijst(invoer, fouten.algemeen(msg.dienstWeg()), null, 503);
        }
        return Response.seeOther(URI.create(PAD + "?gedaan=geregistreerd")).build();
    }

    /** What offboarding means, before it is done: it cannot be undone here. */
    @GET
    @Path("{tenantId}/afmelden")
    public Response afmeldenVragen(@PathParam("tenantId") String tenantId) {
        if (!aanmelding.heeftRol(PLATFORMBEHEERDER)) {
            return alleenBeheerder(PAD);
        }
        try {
            Organisatie o = klacht.organisaties(aanmelding.bearer()).stream().filter(t -> t.id().equals(tenantId))
                    .findFirst().orElseThrow(() -> new Weigering(404, null, null));
            return Response.ok(paginas.toon(afmelden, PAD + "/" + tenantId + "/afmelden").data("o", o)
                    .data("actief", "ACTIVE".equals(o.status()))).build();
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, e);
        }
    }

    @POST
    @Path("{tenantId}/afmelden")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response afmelden(@PathParam("tenantId") String tenantId) {
        if (!aanmelding.heeftRol(PLATFORMBEHEERDER)) {
            return alleenBeheerder(PAD);
        }
        try {
            klacht.afmelden(aanmelding.bearer(), tenantId);
        } catch (Weigering weigering) {
            if (weigering.status() == 409) {
                // offboarded meanwhile: the list says its state
                return Response.seeOther(URI.create(PAD)).build();
            }
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, weigering);
        } catch (ProcessingException onbereikbaar) {
            return lijst(Invoer.leeg(), Fouten.geen().algemeen(teksten().dienstWeg()), null, 503);
        }
        return Response.seeOther(URI.create(PAD + "?gedaan=afgemeld")).build();
    }

    private Response lijst(Invoer invoer, Fouten fouten, String melding, int status) {
        PlatformMsg msg = teksten();
        List<Organisatie> alle;
        try {
            alle = klacht.organisaties(aanmelding.bearer());
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, e);
        }
        List<Regel> regels = alle.stream().sorted(Comparator.comparing(Organisatie::name, String.CASE_INSENSITIVE_ORDER))
                .map(o -> new Regel(o, soort(o.kind(), msg), stand(o.status(), msg), "ACTIVE".equals(o.status())))
                .toList();
        String gekozen = invoer.soort() == null ? "FRACTIE" : invoer.soort();
        List<RegelingPagina.Keus> soortKeuzes = SOORTEN.stream()
                .map(s -> new RegelingPagina.Keus(s, soort(s, msg), null, s.equals(gekozen))).toList();
        return Response.status(status).entity(paginas.toon(organisaties, PAD, fouten).data("regels", regels)
                .data("invoer", invoer).data("soortKeuzes", soortKeuzes).data("melding", melding)).build();
    }

    /** klacht-service's faults of the registration, at the form's fields. */
    private static Fouten veldfouten(Weigering weigering, PlatformMsg msg) {
        Fouten fouten = new Fouten();
        for (Probleem.VeldFout f : weigering.probleem().map(Probleem::veldFouten).orElse(List.of())) {
            String veld = f.field() == null ? "" : f.field().replaceFirst("^.*\\.", "");
            switch (veld) {
                case "id" -> fouten.veld("id", msg.foutId());
                case "name" -> fouten.veld("naam", msg.foutNaam());
                case "shortName" -> fouten.veld("afkorting", msg.foutAfkorting());
                case "kind" -> fouten.veld("soort", msg.foutSoort());
                case "employerEntity" -> fouten.veld("rechtspersoon", msg.foutRechtspersoon());
                case "contactEmail" -> fouten.veld("contactadres", msg.foutAdres());
                case "hrContactEmail" -> fouten.veld("hradres", msg.foutAdres());
                default -> fouten.algemeen(msg.foutGeweigerd());
            }
        }
        return fouten.aanwezig() ? fouten : fouten.algemeen(msg.foutGeweigerd());
    }

    private static String soort(String kind, PlatformMsg msg) {
        return "AMBTELIJKE_ORGANISATIE".equals(kind) ? msg.soortAmbtelijk() : msg.soortFractie();
    }

    private static String stand(String status, PlatformMsg msg) {
        return switch (status == null ? "" : status) {
            case "ACTIVE" -> msg.standActief();
            case "OFFBOARDING" -> msg.standAfmelden();
            default -> msg.standAfgemeld();
        };
    }

    private Response alleenBeheerder(String pad) {
        return Response.status(Response.Status.FORBIDDEN).entity(paginas.toon(nietTeTonen, pad).data("weg", false))
                .build();
    }

    private PlatformMsg teksten() {
        return MessageBundles.get(PlatformMsg.class, Localized.Literal.of(taal.code()));
    }
}
