package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.util.Comparator;
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
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Beeindiging;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Benoeming;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.NieuweBenoeming;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Samenstelling;
import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.personeel.Personeelslijst;
import nl.tweedekamer.meldpunt.portaal.taal.PlatformMsg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The complaints commission's composition, kept by the platform administrator (art 6–8): who holds each seat today
 * and what falls short, every appointment with its term, and appointing, renewing (art 6.2) and ending one.
 * klacht-service holds the rules (one holder per seat, an external chair, at least one woman, no vertrouwenspersoon);
 * its refusals are said here in words, with their article.
 */
@Path("/beheer/commissie")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class BeheerCommissiePagina {

    static final String PAD = "/beheer/commissie";
    private static final List<String> FUNCTIES = List.of("CHAIR", "DEPUTY_CHAIR", "MEMBER", "DEPUTY_MEMBER",
            "SECRETARY");
    private static final List<String> ZIJDEN = List.of("CIVIL_SERVICE", "POLITICAL");
    private static final List<String> REDENEN = List.of("AT_OWN_REQUEST", "PLAUSIBLY_INVOLVED",
            "INCOMPATIBLE_FUNCTION", "DISMISSED", "CANCELLED", "OTHER");

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
    Template beheerCommissie;

    @Inject
    Template nietTeTonen;

    /** The appointment form as typed. */
    public record Invoer(String functie, String zijde, String persoon, String naam, String werkadres, String vrouw,
            String vanaf, String tot) {
        static Invoer leeg() {
            return new Invoer(null, null, null, null, null, null, null, null);
        }
    }

    /** A seat today in words: the function (and side) and who holds it, or that it is vacant. */
    public record Zetelregel(String zetel, String houder, boolean vacant) {
    }

    /** An appointment in words, with what may still be done with it. */
    public record Benoemingregel(Benoeming b, String zetel, String stand, boolean lopend, boolean verlengbaar) {
    }

    @GET
    public Response toon(@QueryParam("gedaan") String gedaan) {
        if (!aanmelding.heeftRol(OrganisatiesPagina.PLATFORMBEHEERDER)) {
            return alleenBeheerder();
        }
        PlatformMsg msg = teksten();
        String melding = switch (gedaan == null ? "" : gedaan) {
            case "benoemd" -> msg.commissieBenoemd();
            case "verlengd" -> msg.commissieVerlengd();
            case "beeindigd" -> msg.commissieBeeindigd();
            default -> null;
        };
        return pagina(Invoer.leeg(), Fouten.geen(), melding, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response benoem(@RestForm String functie, @RestForm String zijde, @RestForm String persoon,
            @RestForm String naam, @RestForm String werkadres, @RestForm String vrouw, @RestForm String vanaf,
            @RestForm String tot) {
        if (!aanmelding.heeftRol(OrganisatiesPagina.PLATFORMBEHEERDER)) {
            return alleenBeheerder();
        }
        PlatformMsg msg = teksten();
        Invoer invoer = new Invoer(functie, zijde, persoon, naam, werkadres, vrouw, vanaf, tot);
        Fouten fouten = new Fouten();
        boolean metZijde = "MEMBER".equals(functie) || "DEPUTY_MEMBER".equals(functie);
        if (functie == null || !FUNCTIES.contains(functie)) {
            fouten.veld("functie", msg.foutFunctie());
        }
        if (metZijde && (zijde == null || !ZIJDEN.contains(zijde))) {
            fouten.veld("zijde", msg.foutZijde());
        }
        if (Velden.uuid(persoon) == null) {
            fouten.veld("persoon", msg.foutPersoon());
        }
        if (Velden.leeg(naam)) {
            fouten.veld("naam", msg.foutNaam());
        }
        if (Velden.leeg(werkadres)) {
            fouten.veld("werkadres", msg.foutAdres());
        }
        if (!"ja".equals(vrouw) && !"nee".equals(vrouw)) {
            fouten.veld("vrouw", msg.foutVrouw());
        }
        if (Velden.leeg(vanaf)) {
            fouten.veld("vanaf", msg.foutVanaf());
        }
        if (!Velden.leeg(tot) && !"SECRETARY".equals(functie)) {
            fouten.veld("tot", msg.foutTotAlleenSecretaris());
        }
        if (fouten.aanwezig()) {
            return pagina(invoer, fouten, null, 400);
        }
        try {
            klacht.benoem(aanmelding.bearer(), new NieuweBenoeming(functie, metZijde ? zijde : null,
                    Velden.uuid(persoon).toString(), naam.strip(), werkadres.strip(), "ja".equals(vrouw),
                    Personeelslijst.datumVoorDienst(vanaf), Velden.leeg(tot) ? null : Personeelslijst.datumVoorDienst(tot)));
        } catch (Weigering weigering) {
            if (weigering.status() == 400 || weigering.status() == 409 || weigering.status() == 422) {
                return pagina(invoer, weigeringFouten(weigering, msg), null, weigering.status());
            }
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, weigering);
        } catch (ProcessingException onbereikbaar) {
            return pagina(invoer, fouten.algemeen(msg.commissieDienstWeg()), null, 503);
        }
        return Response.seeOther(URI.create(PAD + "?gedaan=benoemd")).build();
    }

    @POST
    @Path("{benoeming}/verlenging")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verleng(@PathParam("benoeming") UUID benoeming) {
        if (!aanmelding.heeftRol(OrganisatiesPagina.PLATFORMBEHEERDER)) {
            return alleenBeheerder();
        }
        return stap(() -> klacht.verleng(aanmelding.bearer(), benoeming), "verlengd");
    }

    @POST
    @Path("{benoeming}/einde")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response beeindig(@PathParam("benoeming") UUID benoeming, @RestForm String reden) {
        if (!aanmelding.heeftRol(OrganisatiesPagina.PLATFORMBEHEERDER)) {
            return alleenBeheerder();
        }
        if (reden == null || !REDENEN.contains(reden)) {
            return pagina(Invoer.leeg(), Fouten.geen().algemeen(teksten().foutReden()), null, 400);
        }
        return stap(() -> klacht.beeindig(aanmelding.bearer(), benoeming, new Beeindiging(reden, null)), "beeindigd");
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
            return pagina(Invoer.leeg(), Fouten.geen().algemeen(msg.commissieDienstWeg()), null, 503);
        }
        return Response.seeOther(URI.create(PAD + "?gedaan=" + gedaan)).build();
    }

    private Response pagina(Invoer invoer, Fouten fouten, String melding, int status) {
        PlatformMsg msg = teksten();
        Samenstelling vandaag;
        List<Benoeming> alle;
        try {
            vandaag = klacht.commissie(aanmelding.bearer());
            alle = klacht.benoemingen(aanmelding.bearer());
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, e);
        }
        List<Zetelregel> zetels = vandaag.seats().stream().map(z -> new Zetelregel(zetel(z.function(), z.side(), msg),
                z.appointee() == null ? msg.zetelVacant() : z.appointee().name(), z.appointee() == null)).toList();
        boolean zonderVrouw = vandaag.issues() != null
                && vandaag.issues().stream().anyMatch(i -> i.article() != null && i.article().contains("7.5"));
        List<Benoemingregel> benoemingen = alle.stream()
                .sorted(Comparator.comparing((Benoeming b) -> FUNCTIES.indexOf(b.function()))
                        .thenComparing(Benoeming::appointedFrom, Comparator.reverseOrder()))
                .map(b -> new Benoemingregel(b, zetel(b.function(), b.side(), msg), stand(b.status(), msg),
                        "SERVING".equals(b.status()) || "UPCOMING".equals(b.status()),
                        "SERVING".equals(b.status()) && !"SECRETARY".equals(b.function())))
                .toList();
        String gekozenFunctie = invoer.functie();
        List<RegelingPagina.Keus> functies = FUNCTIES.stream()
                .map(f -> new RegelingPagina.Keus(f, functie(f, msg), null, f.equals(gekozenFunctie))).toList();
        List<RegelingPagina.Keus> zijden = ZIJDEN.stream()
                .map(z -> new RegelingPagina.Keus(z, zijde(z, msg), null, z.equals(invoer.zijde()))).toList();
        List<RegelingPagina.Keus> vrouw = List.of(
                new RegelingPagina.Keus("ja", msg.ja(), null, "ja".equals(invoer.vrouw())),
                new RegelingPagina.Keus("nee", msg.nee(), null, "nee".equals(invoer.vrouw())));
        List<RegelingPagina.Keus> redenen = REDENEN.stream()
                .map(r -> new RegelingPagina.Keus(r, reden(r, msg), null, false)).toList();
        return Response.status(status).entity(paginas.toon(beheerCommissie, PAD, fouten).data("zetels", zetels)
                .data("voltallig", vandaag.complete()).data("zonderVrouw", zonderVrouw).data("benoemingen", benoemingen)
                .data("invoer", invoer).data("functies", functies).data("zijden", zijden).data("vrouwKeuzes", vrouw)
                .data("redenen", redenen).data("melding", melding)).build();
    }

    /** klacht-service's refusal in words: a rule of the regulation with its article, or a field. */
    private static Fouten weigeringFouten(Weigering weigering, PlatformMsg msg) {
        Fouten fouten = new Fouten();
        String type = weigering.probleem().map(Probleem::type).orElse("");
        String regel = type.substring(type.lastIndexOf('/') + 1);
        switch (regel) {
            case "commissie-zetel-bezet" -> fouten.algemeen(msg.foutZetelBezet());
            case "commissie-externe-voorzitter" -> fouten.algemeen(msg.foutExterneVoorzitter());
            case "commissie-een-functie" -> fouten.algemeen(msg.foutEenFunctie());
            case "commissie-vertrouwenspersoon" -> fouten.algemeen(msg.foutVertrouwenspersoon());
            case "commissie-ten-minste-een-vrouw" -> fouten.algemeen(msg.foutTenMinsteEenVrouw());
            case "commissie-benoeming-beeindigd" -> fouten.algemeen(msg.foutBenoemingBeeindigd());
            case "commissie-geen-termijn" -> fouten.algemeen(msg.foutGeenTermijn());
            case "commissie-termijn-verstreken" -> fouten.algemeen(msg.foutTermijnVerstreken());
            default -> {
                for (Probleem.VeldFout f : weigering.probleem().map(Probleem::veldFouten).orElse(List.of())) {
                    String veld = f.field() == null ? "" : f.field().replaceFirst("^.*\\.", "");
                    switch (veld) {
                        case "workEmail" -> fouten.veld("werkadres", msg.foutAdres());
                        case "name" -> fouten.veld("naam", msg.foutNaam());
                        case "appointedFrom" -> fouten.veld("vanaf", msg.foutVanaf());
                        case "appointedUntil" -> fouten.veld("tot", msg.foutVanaf());
                        case "side" -> fouten.veld("zijde", msg.foutZijde());
                        default -> fouten.algemeen(msg.foutBenoemingGeweigerd());
                    }
                }
            }
        }
        return fouten.aanwezig() ? fouten : fouten.algemeen(msg.foutBenoemingGeweigerd());
    }

    private static String zetel(String functie, String zijde, PlatformMsg msg) {
        return zijde == null ? functie(functie, msg) : msg.zetelMetZijde(functie(functie, msg), zijde(zijde, msg));
    }

    private static String functie(String functie, PlatformMsg msg) {
        return switch (functie == null ? "" : functie) {
            case "CHAIR" -> msg.functieVoorzitter();
            case "DEPUTY_CHAIR" -> msg.functiePlvVoorzitter();
            case "MEMBER" -> msg.functieLid();
            case "DEPUTY_MEMBER" -> msg.functiePlvLid();
            default -> msg.functieSecretaris();
        };
    }

    private static String zijde(String zijde, PlatformMsg msg) {
        return "POLITICAL".equals(zijde) ? msg.zijdePolitiek() : msg.zijdeAmbtelijk();
    }

    private static String stand(String status, PlatformMsg msg) {
        return switch (status == null ? "" : status) {
            case "UPCOMING" -> msg.benoemingKomend();
            case "SERVING" -> msg.benoemingLopend();
            case "LAPSED" -> msg.benoemingVerlopen();
            default -> msg.benoemingBeeindigd();
        };
    }

    private static String reden(String reden, PlatformMsg msg) {
        return switch (reden) {
            case "AT_OWN_REQUEST" -> msg.redenEigenVerzoek();
            case "PLAUSIBLY_INVOLVED" -> msg.redenBetrokken();
            case "INCOMPATIBLE_FUNCTION" -> msg.redenVertrouwenspersoon();
            case "DISMISSED" -> msg.redenOntslagen();
            case "CANCELLED" -> msg.redenVergissing();
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
