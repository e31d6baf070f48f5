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
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient.NieuwePoolBenoeming;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient.PoolBenoeming;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient.PoolEinde;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient.PoolOverdracht;
import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.personeel.Personeelslijst;
import nl.tweedekamer.meldpunt.portaal.taal.PlatformMsg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The shared pool of vertrouwenspersonen, kept by the platform administrator (art 4): who serves and until when,
 * appointing for four years (not HR staff, art 4.5), renewing once (4.2), ending with a reason, and handing an ended
 * VP's files to a successor (5.7; how many moved, never what). melding-service holds the rules and decides.
 */
@Path("/beheer/vertrouwenspersonen")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PoolPagina {

    static final String PAD = "/beheer/vertrouwenspersonen";
    private static final List<String> CATEGORIEEN = List.of("STAFF", "MANAGEMENT", "EXTERNAL", "HR");
    private static final List<String> REDENEN = List.of("AT_OWN_REQUEST", "PLAUSIBLY_INVOLVED",
            "INCOMPATIBLE_FUNCTION", "LEFT_EMPLOYMENT", "OTHER");

    @Inject
    @RestClient
    MeldingServiceClient melding;

    @Inject
    Aanmelding aanmelding;

    @Inject
    Paginas paginas;

    @Inject
    Taal taal;

    @Inject
    Clock clock;

    @Inject
    Template pool;

    @Inject
    Template nietTeTonen;

    /** The appointment form as typed. */
    public record Invoer(String persoon, String naam, String adres, String categorie, String vanaf) {
        static Invoer leeg() {
            return new Invoer(null, null, null, null, null);
        }
    }

    /** An appointment in words, with what may still be done with it. */
    public record Regel(PoolBenoeming b, String stand, boolean lopend, boolean verlengbaar, boolean overdraagbaar) {
    }

    @GET
    public Response toon(@QueryParam("gedaan") String gedaan, @QueryParam("verplaatst") Integer verplaatst) {
        if (!aanmelding.heeftRol(OrganisatiesPagina.PLATFORMBEHEERDER)) {
            return alleenBeheerder();
        }
        PlatformMsg msg = teksten();
        String melding = switch (gedaan == null ? "" : gedaan) {
            case "benoemd" -> msg.poolBenoemd();
            case "verlengd" -> msg.poolVerlengd();
            case "beeindigd" -> msg.poolBeeindigd();
            case "overgedragen" -> msg.poolOvergedragen(verplaatst == null ? 0 : verplaatst);
            default -> null;
        };
        return pagina(Invoer.leeg(), Fouten.geen(), melding, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response benoem(@RestForm String persoon, @RestForm String naam, @RestForm String adres,
            @RestForm String categorie, @RestForm String vanaf) {
        if (!aanmelding.heeftRol(OrganisatiesPagina.PLATFORMBEHEERDER)) {
            return alleenBeheerder();
        }
        PlatformMsg msg = teksten();
        Invoer invoer = new Invoer(persoon, naam, adres, categorie, vanaf);
        Fouten fouten = new Fouten();
        if (Velden.uuid(persoon) == null) {
            fouten.veld("persoon", msg.foutPersoon());
        }
        if (Velden.leeg(naam)) {
            fouten.veld("naam", msg.foutNaam());
        }
        if (Velden.leeg(adres)) {
            fouten.veld("adres", msg.foutAdres());
        }
        if (categorie == null || !CATEGORIEEN.contains(categorie)) {
            fouten.veld("categorie", msg.foutCategorie());
        } else if ("HR".equals(categorie)) {
            // art 4.5: HR staff cannot be vertrouwenspersoon; said before melding-service refuses it too
            fouten.veld("categorie", msg.foutPoolHr());
        }
        if (Velden.leeg(vanaf)) {
            fouten.veld("vanaf", msg.foutVanaf());
        }
        if (fouten.aanwezig()) {
            return pagina(invoer, fouten, null, 400);
        }
        try {
            melding.benoemInPool(aanmelding.bearer(), new NieuwePoolBenoeming(Velden.uuid(persoon).toString(), naam.strip(),
                    adres.strip(), categorie, Personeelslijst.datumVoorDienst(vanaf)));
        } catch (Weigering weigering) {
            if (weigering.status() == 400 || weigering.status() == 409 || weigering.status() == 422) {
                return pagina(invoer, weigeringFouten(weigering, msg), null, weigering.status());
            }
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, weigering);
        } catch (ProcessingException onbereikbaar) {
            return pagina(invoer, fouten.algemeen(msg.poolDienstWeg()), null, 503);
        }
        return Response.seeOther(URI.create(PAD + "?gedaan=benoemd")).build();
    }

    @POST
    @Path("{persoon}/verlenging")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verleng(@PathParam("persoon") UUID persoon) {
        if (!aanmelding.heeftRol(OrganisatiesPagina.PLATFORMBEHEERDER)) {
            return alleenBeheerder();
        }
        return stap(() -> melding.verlengPool(aanmelding.bearer(), persoon), "verlengd");
    }

    @POST
    @Path("{persoon}/einde")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response beeindig(@PathParam("persoon") UUID persoon, @RestForm String reden) {
        if (!aanmelding.heeftRol(OrganisatiesPagina.PLATFORMBEHEERDER)) {
            return alleenBeheerder();
        }
        if (reden == null || !REDENEN.contains(reden)) {
            return pagina(Invoer.leeg(), Fouten.geen().algemeen(teksten().foutReden()), null, 400);
        }
        return stap(() -> melding.beeindigPool(aanmelding.bearer(), persoon, new PoolEinde(reden)), "beeindigd");
    }

    @POST
    @Path("{persoon}/overdracht")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draagOver(@PathParam("persoon") UUID persoon, @RestForm String opvolger) {
        if (!aanmelding.heeftRol(OrganisatiesPagina.PLATFORMBEHEERDER)) {
            return alleenBeheerder();
        }
        PlatformMsg msg = teksten();
        UUID nieuw = Velden.uuid(opvolger);
        if (nieuw == null) {
            return pagina(Invoer.leeg(), Fouten.geen().algemeen(msg.foutOpvolger()), null, 400);
        }
        int verplaatst;
        try {
            verplaatst = melding.draagPoolOver(aanmelding.bearer(), persoon, new PoolOverdracht(nieuw))
                    .getOrDefault("moved", 0);
        } catch (Weigering weigering) {
            if (weigering.status() == 400 || weigering.status() == 409 || weigering.status() == 422) {
                return pagina(Invoer.leeg(), weigeringFouten(weigering, msg), null, weigering.status());
            }
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, weigering);
        } catch (ProcessingException onbereikbaar) {
            return pagina(Invoer.leeg(), Fouten.geen().algemeen(msg.poolDienstWeg()), null, 503);
        }
        return Response.seeOther(URI.create(PAD + "?gedaan=overgedragen&verplaatst=" + verplaatst)).build();
    }

    private Response stap(Runnable stap, String gedaan) {
        PlatformMsg msg = teksten();
        try {
            stap.run();
        } catch (Weigering weigering) {
            if (weigering.status() == 400 || weigering.status() == 409 || weigering.status() == 422) {
                return pagina(Invoer.leeg(), weigeringFouten(weigering, msg), null, weigering.status());
            }
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, weigering);
        } catch (ProcessingException onbereikbaar) {
            return pagina(Invoer.leeg(), Fouten.geen().algemeen(msg.poolDienstWeg()), null, 503);
        }
        return Response.seeOther(URI.create(PAD + "?gedaan=" + gedaan)).build();
    }

    private Response pagina(Invoer invoer, Fouten fouten, String melding, int status) {
        PlatformMsg msg = teksten();
        List<PoolBenoeming> alle;
        try {
            alle = this.melding.poolBenoemingen(aanmelding.bearer());
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, e);
        }
        LocalDate vandaag = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        List<Regel> regels = alle.stream().map(b -> {
            boolean lopend = b.endedOn() == null && !b.appointedUntil().isBefore(vandaag);
            String stand = b.endedOn() != null ? msg.benoemingBeeindigd()
                    : b.appointedFrom().isAfter(vandaag) ? msg.benoemingKomend()
                    : lopend ? msg.benoemingLopend() : msg.benoemingVerlopen();
            return new Regel(b, stand, lopend, lopend && b.renewals() == 0, !lopend);
        }).toList();
        List<RegelingPagina.Keus> opvolgers = regels.stream().filter(Regel::lopend)
                .map(r -> new RegelingPagina.Keus(r.b().personId().toString(), r.b().name(), null, false)).toList();
        List<RegelingPagina.Keus> categorieen = CATEGORIEEN.stream()
                .map(c -> new RegelingPagina.Keus(c, categorie(c, msg), null, c.equals(invoer.categorie()))).toList();
        List<RegelingPagina.Keus> redenen = REDENEN.stream()
                .map(r -> new RegelingPagina.Keus(r, reden(r, msg), null, false)).toList();
        return Response.status(status).entity(paginas.toon(pool, PAD, fouten).data("regels", regels)
                .data("opvolgers", opvolgers).data("categorieen", categorieen).data("redenen", redenen)
                .data("invoer", invoer).data("melding", melding)).build();
    }

    /** melding-service's refusal in words: a field, or the rule of the regulation it refers to. */
    private static Fouten weigeringFouten(Weigering weigering, PlatformMsg msg) {
        Fouten fouten = new Fouten();
        for (Probleem.VeldFout f : weigering.probleem().map(Probleem::veldFouten).orElse(List.of())) {
            String veld = f.field() == null ? "" : f.field().replaceFirst("^.*\\.", "");
            switch (veld) {
                case "email" -> fouten.veld("adres", msg.foutAdres());
                case "name" -> fouten.veld("naam", msg.foutNaam());
                case "appointedFrom" -> fouten.veld("vanaf", msg.foutPoolVanaf());
                case "functionCategory" -> fouten.veld("categorie", msg.foutPoolHr());
                default -> fouten.algemeen(msg.foutPoolGeweigerd());
            }
        }
        if (!fouten.aanwezig()) {
            String detail = weigering.probleem().map(Probleem::detail).orElse("");
            fouten.algemeen(detail.contains("4.5") ? msg.foutPoolHr()
                    : detail.contains("4.2") ? msg.foutPoolEenmaalVerlengen() : msg.foutPoolGeweigerd());
        }
        return fouten;
    }

    private static String categorie(String c, PlatformMsg msg) {
        return switch (c) {
            case "STAFF" -> msg.categorieMedewerker();
            case "MANAGEMENT" -> msg.categorieLeidinggevende();
            case "EXTERNAL" -> msg.categorieExtern();
            default -> msg.categorieHr();
        };
    }

    private static String reden(String r, PlatformMsg msg) {
        return switch (r) {
            case "AT_OWN_REQUEST" -> msg.redenEigenVerzoek();
            case "PLAUSIBLY_INVOLVED" -> msg.redenPoolBetrokken();
            case "INCOMPATIBLE_FUNCTION" -> msg.redenPoolFunctie();
            case "LEFT_EMPLOYMENT" -> msg.redenUitDienst();
            default -> msg.redenAnders();
        };
    }


    private Response alleenBeheerder() {
        return Response.status(Response.Status.FORBIDDEN).entity(paginas.toon(nietTeTonen, PAD).data("weg", false))
                .build();
    }

    private PlatformMsg teksten() {
        return MessageBundles.get(PlatformMsg.class, Localized.Literal.of(taal.code()));
    }
}
