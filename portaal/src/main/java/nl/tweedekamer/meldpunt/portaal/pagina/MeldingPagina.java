package nl.tweedekamer.meldpunt.portaal.pagina;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.config.PortaalConfig;
import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Bericht;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Melding;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.NieuweInterventie;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Sluiting;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.ToestemmingGeven;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;
import nl.tweedekamer.meldpunt.portaal.melding.Organisatie;
import nl.tweedekamer.meldpunt.portaal.melding.OrganisatieGids;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.Msg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * One named melding, for its melder and for its vertrouwenspersoon (emails link here: {@link PortalRoutes#MELDING}).
 * Both read the melding and the messages and write to each other; the melder answers the consent questions of art
 * 5.3 one by one; the vertrouwenspersoon records interventions and hours, hands the melding over to the complaint
 * track once the melder consented, and closes it with a written confirmation (art 5.1.i). Who is who follows from
 * melding-service's answer (the melding names its VP), never from a form field; melding-service decides every right
 * and records every read. A step that succeeds redirects to the page (POST, redirect, GET), saying what was done.
 */
@Path(PortalRoutes.MELDING)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MeldingPagina {

    static final List<String> INTERVENTIES = List.of("GEHOORD", "STEUNENDE_GESPREKKEN", "ANALYSE_MET_HANDVATTEN",
            "DOORVERWIJZING", "BEGELEIDING", "BEMIDDELING", "GEEN_INTERVENTIE_OP_VERZOEK_MELDER");
    static final List<String> UITKOMSTEN = List.of("OPGELOST", "ANDERE_WERKPLEK", "DOOR_MELDER_OPGELOST",
            "JURIDISCH_ADVIES", "ONBEKEND", "KLACHT_INGEDIEND");
    /** What a redirect after a step may say; anything else in {@code ?gedaan=} is ignored. */
    static final Set<String> GEDAAN = Set.of("verstuurd", "bericht", "toestemming", "ingetrokken", "interventie",
            "overgedragen", "gesloten", "bijlage", "verstuurd_zonder_bijlage", "concept");

    @Inject
    Template melding;

    @Inject
    Template inzage;

    @Inject
    Template info;

    @Inject
    Paginas paginas;

    @Inject
    Taal taal;

    @Inject
    Aanmelding aanmelding;

    @Inject
    @RestClient
    MeldingServiceClient dienst;

    @Inject
    OrganisatieGids gids;

    @Inject
    PortaalConfig config;

    @Inject
    Concepten concepten;

    /** What the forms on the page hold, kept when one comes back with errors. */
    public record Invoer(String bericht, String interventie, String uren, boolean gedeeld, String notitie,
            String uitkomst, String bevestiging) {
        static Invoer leeg() {
            return new Invoer(null, null, null, false, null, null, null);
        }
    }

    @GET
    public Response toon(@PathParam("meldingId") UUID meldingId, @QueryParam("gedaan") String gedaan) {
        return pagina(meldingId, Invoer.leeg(), Fouten.geen(),
                gedaan != null && GEDAAN.contains(gedaan) ? "gedaan_" + gedaan : null);
    }

    @POST
    @Path("berichten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schrijf(@PathParam("meldingId") UUID meldingId, @RestForm String bericht,
            @RestForm String actie) {
        Msg msg = taal.teksten();
        Invoer invoer = new Invoer(bericht, null, null, false, null, null, null);
        String formulier = Concepten.bericht(meldingId);
        if ("bewaren".equals(actie)) {
            if (concepten.bewaar(formulier, Map.of("bericht", bericht == null ? "" : bericht))) {
                return Response.seeOther(URI.create(PortalRoutes.melding(meldingId) + "?gedaan=concept")).build();
            }
            return pagina(meldingId, invoer, new Fouten().algemeen(taal.stukTeksten().conceptBewarenMislukt()), null);
        }
        Fouten fouten = new Fouten();
        if (bericht == null || bericht.isBlank()) {
            fouten.veld("bericht", msg.foutAntwoord());
        } else if (bericht.length() > MeldingVragen.MAX_TEKST) {
            fouten.veld("bericht", msg.foutAntwoordLang());
        }
        if (fouten.aanwezig() && bericht != null && !bericht.isBlank()) {
            concepten.bewaar(formulier, Map.of("bericht", bericht));
        }
        return stap(meldingId, invoer, fouten, "bericht", Foutmeldingen.bericht(msg), () -> {
            dienst.schrijf(aanmelding.bearer(), meldingId, new Bericht(bericht));
            concepten.gooiWeg(formulier);
        });
    }

    /** A file for the melding, from its melder or its VP (melding-service checks its kind by its content). */
    @POST
    @Path("bijlagen")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response voegBijlageToe(@PathParam("meldingId") UUID meldingId, @RestForm FileUpload bijlage) {
        Fouten fouten = new Fouten();
        Bestand bestand = Bestand.lees(bijlage, "bijlage", config.bijlageMaxBytes(), fouten, taal.stukTeksten());
        if (bestand == null && !fouten.aanwezig()) {
            fouten.veld("bijlage", taal.stukTeksten().foutBijlageKies());
        }
        if (!fouten.aanwezig()) {
            try {
                dienst.voegToe(aanmelding.bearer(), meldingId, bestand.soort(), bestand.naamVoorKop(),
                        bestand.inhoud());
                return Response.seeOther(URI.create(PortalRoutes.melding(meldingId) + "?gedaan=bijlage")).build();
            } catch (RuntimeException e) {
                fouten = Bestand.vertaal(e, "bijlage", config.bijlageMaxBytes(), taal.teksten(), taal.stukTeksten());
            }
        }
        return pagina(meldingId, Invoer.leeg(), fouten, null);
    }

    /** An attachment, as a download; melding-service records who downloaded it in the audit trail. */
    @GET
    @Path("bijlagen/{bijlageId}")
    @Produces(MediaType.WILDCARD)
    public Response bijlage(@PathParam("meldingId") UUID meldingId, @PathParam("bijlageId") UUID bijlageId) {
        try {
            return Bijlagen.doorgeven(dienst.bijlage(aanmelding.bearer(), meldingId, bijlageId));
        } catch (Weigering | ProcessingException e) {
            return nietTeTonen(PortalRoutes.melding(meldingId), e);
        }
    }

    /** The melder's answer to one consent question: {@code ja} gives it, {@code intrekken} withdraws it. */
    @POST
    @Path("toestemmingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response toestemming(@PathParam("meldingId") UUID meldingId, @RestForm String scope,
            @RestForm String antwoord) {
        Msg msg = taal.teksten();
        if (!Toestemmingsvragen.bestaat(scope) || !("ja".equals(antwoord) || "intrekken".equals(antwoord))) {
            return pagina(meldingId, Invoer.leeg(), new Fouten().algemeen(msg.foutAlgemeen()), null);
        }
        boolean geven = "ja".equals(antwoord);
        return stap(meldingId, Invoer.leeg(), new Fouten(), geven ? "toestemming" : "ingetrokken", List.of(), () -> {
            if (geven) {
                dienst.geefToestemming(aanmelding.bearer(), meldingId, new ToestemmingGeven(scope));
            } else {
                dienst.trekToestemmingIn(aanmelding.bearer(), meldingId, scope);
            }
        });
    }

    @POST
    @Path("interventies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response interventie(@PathParam("meldingId") UUID meldingId, @RestForm String interventie,
            @RestForm String uren, @RestForm String gedeeld, @RestForm String notitie) {
        Msg msg = taal.teksten();
        Invoer invoer = new Invoer(null, MeldingVragen.schoon(interventie), MeldingVragen.schoon(uren),
                "ja".equals(gedeeld), notitie, null, null);
        Fouten fouten = new Fouten();
        if (invoer.interventie() == null || !INTERVENTIES.contains(invoer.interventie())) {
            fouten.veld("interventie", "interventie-" + INTERVENTIES.get(0), msg.foutInterventie());
        }
        BigDecimal aantal = uren(invoer.uren());
        if (aantal == null) {
            fouten.veld("uren", msg.foutUren());
        }
        if (notitie != null && notitie.length() > MeldingVragen.MAX_TEKST) {
            fouten.veld("notitie", msg.foutNotitieLang());
        }
        return stap(meldingId, invoer, fouten, "interventie", Foutmeldingen.interventie(msg),
                () -> dienst.legInterventieVast(aanmelding.bearer(), meldingId, new NieuweInterventie(
                        invoer.interventie(), aantal, invoer.gedeeld(), MeldingVragen.schoon(notitie))));
    }

    @POST
    @Path("overdracht")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response overdracht(@PathParam("meldingId") UUID meldingId) {
        return stap(meldingId, Invoer.leeg(), new Fouten(), "overgedragen", List.of(),
                () -> dienst.draagOver(aanmelding.bearer(), meldingId));
    }

    @POST
    @Path("sluiting")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sluit(@PathParam("meldingId") UUID meldingId, @RestForm String uitkomst,
            @RestForm String bevestiging) {
        Msg msg = taal.teksten();
        Invoer invoer = new Invoer(null, null, null, false, null, MeldingVragen.schoon(uitkomst), bevestiging);
        Fouten fouten = new Fouten();
        if (invoer.uitkomst() == null || !UITKOMSTEN.contains(invoer.uitkomst())) {
            fouten.veld("uitkomst", "uitkomst-" + UITKOMSTEN.get(0), msg.foutUitkomst());
        }
        if (bevestiging == null || bevestiging.isBlank()) {
            fouten.veld("bevestiging", msg.foutBevestiging());
        } else if (bevestiging.length() > MeldingVragen.MAX_TEKST) {
            fouten.veld("bevestiging", msg.foutAntwoordLang());
        }
        return stap(meldingId, invoer, fouten, "gesloten", Foutmeldingen.sluiting(msg),
                () -> dienst.sluit(aanmelding.bearer(), meldingId, new Sluiting(invoer.uitkomst(), bevestiging)));
    }

    /** Who read or acted on the melding, and when (no content): for its melder and its VP. */
    @GET
    @Path("inzage")
    public Response inzage(@PathParam("meldingId") UUID meldingId) {
        String pad = PortalRoutes.melding(meldingId) + "/inzage";
        try {
            return Response.ok(paginas.toon(inzage, pad).data("regels", dienst.inzage(aanmelding.bearer(), meldingId))
                    .data("terug", PortalRoutes.melding(meldingId))).build();
        } catch (Weigering | ProcessingException e) {
            return nietTeTonen(pad, e);
        }
    }

    private Response stap(UUID meldingId, Invoer invoer, Fouten fouten, String gedaan, List<Foutmeldingen.Veld> velden,
            Runnable actie) {
        if (!fouten.aanwezig()) {
            try {
                actie.run();
                return Response.seeOther(URI.create(PortalRoutes.melding(meldingId) + "?gedaan=" + gedaan)).build();
            } catch (RuntimeException e) {
                fouten = Foutmeldingen.vertaal(e, velden, null, taal.teksten());
            }
        }
        return pagina(meldingId, invoer, fouten, null);
    }

    private Response pagina(UUID meldingId, Invoer invoer, Fouten fouten, String gedaan) {
        String pad = PortalRoutes.melding(meldingId);
        Melding gelezen;
        try {
            gelezen = dienst.lees(aanmelding.bearer(), meldingId);
        } catch (Weigering | ProcessingException e) {
            return nietTeTonen(pad, e);
        }
        if (invoer.bericht() == null && !gelezen.gesloten()) {
            String bewaard = concepten.lees(Concepten.bericht(meldingId)).map(c -> c.veld("bericht")).orElse(null);
            invoer = new Invoer(bewaard, invoer.interventie(), invoer.uren(), invoer.gedeeld(), invoer.notitie(),
                    invoer.uitkomst(), invoer.bevestiging());
        }
        boolean vp = gelezen.vertrouwenspersoon() != null && aanmelding.subject()
                .map(s -> s.equalsIgnoreCase(String.valueOf(gelezen.vertrouwenspersoon().personId()))).orElse(false);
        TemplateInstance pagina = paginas.toon(melding, pad, fouten).data("m", gelezen).data("vp", vp)
                .data("gedaan", gedaan).data("invoer", invoer).data("afdeling", afdelingNaam(gelezen))
                .data("toestemmingen", gelezen.anonymous() ? Toestemmingsvragen.ANONIEM : Toestemmingsvragen.MET_NAAM)
                .data("beantwoorden", !vp && !gelezen.gesloten())
                .data("toestemmingActie", pad + "/toestemmingen")
                .data("interventies", MeldingVragen.keuzes("interventie", INTERVENTIES, invoer.interventie()))
                .data("uitkomsten", MeldingVragen.keuzes("uitkomst", UITKOMSTEN, invoer.uitkomst()))
                .data("maxKb", config.bijlageMaxBytes() / 1024).data("conceptFormulier", Concepten.bericht(meldingId))
                .data("conceptInterval", config.conceptInterval().toMillis());
        return Response.ok(pagina).build();
    }

    /** The department's name as its organisation calls it, or null when none was named (or it left the list). */
    private String afdelingNaam(Melding m) {
        if (m.department() == null || m.tenantId() == null) {
            return null;
        }
        return gids.organisatie(m.tenantId()).flatMap(o -> o.afdelingen().stream()
                .filter(a -> a.code().equals(m.department())).findFirst()).map(Organisatie.Afdeling::name).orElse(null);
    }

    /** Not this person's melding (or none at all: the two are not told apart), or the service is away. */
    private Response nietTeTonen(String pad, RuntimeException e) {
        boolean weg = e instanceof ProcessingException
                || (e instanceof Weigering w && w.status() >= 500);
        return Response.status(weg ? 503 : 404).entity(paginas.toon(info, pad)
                .data("titel", weg ? "meldingWegTitel" : "meldingNietGevondenTitel")
                .data("alineas", List.of(weg ? "meldingWegTekst" : "meldingNietGevondenTekst"))).build();
    }

    /** Hours as people type them: "1,5" or "1.5", at most two decimals, 0 to 1000. */
    static BigDecimal uren(String tekst) {
        if (tekst == null || !tekst.matches("[0-9]{1,4}([.,][0-9]{1,2})?")) {
            return null;
        }
        BigDecimal uren = new BigDecimal(tekst.replace(',', '.'));
        return uren.compareTo(BigDecimal.valueOf(1000)) > 0 ? null : uren;
    }
}
