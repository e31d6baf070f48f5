package nl.tweedekamer.meldpunt.portaal.pagina;


import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

import nl.tweedekamer.meldpunt.portaal.config.PortaalConfig;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.AnoniemeMelding;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Ontvangst;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;
import nl.tweedekamer.meldpunt.portaal.melding.OrganisatieGids;
import nl.tweedekamer.meldpunt.portaal.pagina.MeldingVragen.Invoer;
import nl.tweedekamer.meldpunt.portaal.taal.Msg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The anonymous melding: choose a vertrouwenspersoon (within an organisation), say what it is about, write, send.
 * The answer shows the receipt code once, in the answer to the POST: it is never put in a URL, and nothing here is
 * cached (no-store on every page).
 */
@Path("/anoniem-melden")
@Produces(MediaType.TEXT_HTML)
public class AnoniemMeldenPagina {

    static final String PAD = "/anoniem-melden";

    @Inject
    @Location("anoniem-melden")
    Template anoniemMelden;

    @Inject
    Template ontvangen;

    @Inject
    Template afdrukken;

    @Inject
    Paginas paginas;

    @Inject
    Taal taal;

    @Inject
    OrganisatieGids gids;

    @Inject
    PortaalConfig config;

    @Inject
    @RestClient
    MeldingServiceClient melding;

    @Context
    HttpServerRequest request;

    @GET
    public TemplateInstance formulier() {
        return formulier(Invoer.leeg(), Fouten.geen());
    }

    /**
     * The melding, and the file chosen with it (checked first, so that a refused file sends nothing). A file the
     * service refuses after the melding went is told on the receipt page: the code is shown all the same.
     */
    @POST
    @Consumes({ MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED })
    public TemplateInstance verstuur(@RestForm String vertrouwenspersoon, @RestForm String soort,
            @RestForm String categorie, @RestForm String relatie, @RestForm String afdeling,
            @RestForm String beschrijving, @RestForm FileUpload bijlage) {
        Invoer invoer = Invoer.van(vertrouwenspersoon, soort, categorie, relatie, afdeling, beschrijving);
        Msg msg = taal.teksten();
        Fouten fouten = MeldingVragen.controleer(invoer, gids.organisaties(), msg);
        Bestand bestand = Bestand.lees(bijlage, "bijlage", config.bijlageMaxBytes(), fouten, taal.stukTeksten());
        if (fouten.aanwezig()) {
            return formulier(invoer, fouten);
        }
        AnoniemeMelding body = new AnoniemeMelding(invoer.organisatie(), invoer.vertrouwenspersoonId(),
                invoer.soort(), invoer.categorieVoorDienst(), invoer.relatieVoorDienst(),
                invoer.afdelingVoorDienst(), invoer.beschrijving());
        String beller = Beller.adres(request);
        Ontvangst ontvangst;
        try {
            ontvangst = melding.meldAnoniem(beller, body);
        } catch (RuntimeException e) {
            return formulier(invoer, Foutmeldingen.vertaal(e, Foutmeldingen.anoniemeMelding(msg), null, msg));
        }
        String bijlageFout = null;
        if (bestand != null) {
            try {
                melding.voegToeAnoniem(beller, ontvangst.receiptCode(), bestand.soort(), bestand.naamVoorKop(),
                        bestand.inhoud());
            } catch (RuntimeException e) {
                bijlageFout = Bestand.vertaal(e, "bijlage", config.bijlageMaxBytes(), msg, taal.stukTeksten())
                        .regels().get(0).tekst();
            }
        }
        return paginas.toon(ontvangen, null).data("code", ontvangst.receiptCode())
                .data("kenmerk", ontvangst.reference()).data("bijlageFout", bijlageFout);
    }

    /** The code once more, to print: only from the receipt page's form (POST), never from a link. */
    @POST
    @Path("afdrukken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance afdrukken(@RestForm String code, @RestForm String kenmerk) {
        return paginas.toon(afdrukken, null).data("code", code == null ? "" : code)
                .data("kenmerk", kenmerk == null ? "" : kenmerk);
    }

    private TemplateInstance formulier(Invoer invoer, Fouten fouten) {
        return MeldingVragen.vul(paginas.toon(anoniemMelden, PAD, fouten), invoer, gids.organisaties())
                .data("maxKb", config.bijlageMaxBytes() / 1024);
    }
}
