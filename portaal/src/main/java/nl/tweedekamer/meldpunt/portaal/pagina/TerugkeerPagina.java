package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

import nl.tweedekamer.meldpunt.portaal.config.PortaalConfig;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Bericht;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Dossier;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.ToestemmingGeven;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;
import nl.tweedekamer.meldpunt.portaal.taal.Msg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The anonymous melder's return: the receipt code (pasted or typed, sent in the body of a POST, never in a URL)
 * opens the melding and its messages; a reply goes with the code in the body again. The portal keeps nothing.
 */
@Path("/terugkeren")
@Produces(MediaType.TEXT_HTML)
public class TerugkeerPagina {

    static final String PAD = "/terugkeren";

    @Inject
    Template terugkeren;

    @Inject
    Template gesprek;

    @Inject
    Paginas paginas;

    @Inject
    Taal taal;

    @Inject
    PortaalConfig config;

    @Inject
    @RestClient
    MeldingServiceClient melding;

    @Context
    HttpServerRequest request;

    @GET
    public TemplateInstance formulier() {
        return paginas.toon(terugkeren, PAD);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance open(@RestForm String code) {
        Msg msg = taal.teksten();
        String schoon = normaliseer(code);
        if (schoon.isEmpty()) {
            return paginas.toon(terugkeren, PAD, new Fouten().veld("code", msg.foutCode()));
        }
        try {
            Dossier dossier = melding.openMailbox(Beller.adres(request), schoon);
            return gesprek(dossier, schoon, null, false, Fouten.geen());
        } catch (RuntimeException e) {
            return paginas.toon(terugkeren, PAD, Foutmeldingen.vertaal(e, List.of(), "code", msg));
        }
    }

    @POST
    @Path("antwoord")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance antwoord(@RestForm String code, @RestForm String antwoord) {
        Msg msg = taal.teksten();
        String schoon = normaliseer(code);
        if (schoon.isEmpty()) {
            return paginas.toon(terugkeren, PAD, new Fouten().veld("code", msg.foutCode()));
        }
        Fouten fouten = new Fouten();
        if (antwoord == null || antwoord.isBlank()) {
            fouten.veld("antwoord", msg.foutAntwoord());
        } else if (antwoord.length() > 20000) {
            fouten.veld("antwoord", msg.foutAntwoordLang());
        }
        String beller = Beller.adres(request);
        boolean verstuurd = false;
        if (!fouten.aanwezig()) {
            try {
                melding.antwoord(beller, schoon, new Bericht(antwoord));
                verstuurd = true;
            } catch (RuntimeException e) {
                fouten = Foutmeldingen.vertaal(e, Foutmeldingen.antwoord(msg), null, msg);
            }
        }
        try {
            Dossier dossier = melding.openMailbox(beller, schoon);
            return gesprek(dossier, schoon, verstuurd ? null : antwoord, verstuurd, fouten);
        } catch (RuntimeException e) {
            return paginas.toon(terugkeren, PAD, Foutmeldingen.vertaal(e, List.of(), "code", msg));
        }
    }

    /** The anonymous melder's answer to one consent question (art 5.3): {@code ja} gives it, {@code intrekken} withdraws. */
    @POST
    @Path("toestemming")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance toestemming(@RestForm String code, @RestForm String scope, @RestForm String antwoord) {
        Msg msg = taal.teksten();
        String schoon = normaliseer(code);
        if (schoon.isEmpty()) {
            return paginas.toon(terugkeren, PAD, new Fouten().veld("code", msg.foutCode()));
        }
        String beller = Beller.adres(request);
        Fouten fouten = new Fouten();
        String gedaan = null;
        boolean geven = "ja".equals(antwoord);
        if (Toestemmingsvragen.ANONIEM.stream().noneMatch(v -> v.scope().equals(scope))
                || !(geven || "intrekken".equals(antwoord))) {
            fouten.algemeen(msg.foutAlgemeen());
        } else {
            try {
                if (geven) {
                    melding.geefToestemmingAnoniem(beller, schoon, new ToestemmingGeven(scope));
                } else {
                    melding.trekToestemmingInAnoniem(beller, schoon, scope);
                }
                gedaan = geven ? "gedaan_toestemming" : "gedaan_ingetrokken";
            } catch (RuntimeException e) {
                fouten = Foutmeldingen.vertaal(e, List.of(), null, msg);
            }
        }
        try {
            return gesprek(melding.openMailbox(beller, schoon), schoon, null, false, fouten).data("gedaan", gedaan);
        } catch (RuntimeException e) {
            return paginas.toon(terugkeren, PAD, Foutmeldingen.vertaal(e, List.of(), "code", msg));
        }
    }

    /** A file for the melding the code opens. */
    @POST
    @Path("bijlagen")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance bijlage(@RestForm String code, @RestForm FileUpload bijlage) {
        Msg msg = taal.teksten();
        String schoon = normaliseer(code);
        if (schoon.isEmpty()) {
            return paginas.toon(terugkeren, PAD, new Fouten().veld("code", msg.foutCode()));
        }
        String beller = Beller.adres(request);
        Fouten fouten = new Fouten();
        Bestand bestand = Bestand.lees(bijlage, "bijlage", config.bijlageMaxBytes(), fouten, taal.stukTeksten());
        if (bestand == null && !fouten.aanwezig()) {
            fouten.veld("bijlage", taal.stukTeksten().foutBijlageKies());
        }
        String gedaan = null;
        if (!fouten.aanwezig()) {
            try {
                melding.voegToeAnoniem(beller, schoon, bestand.soort(), bestand.naamVoorKop(), bestand.inhoud());
                gedaan = "gedaan_bijlage";
            } catch (RuntimeException e) {
                fouten = Bestand.vertaal(e, "bijlage", config.bijlageMaxBytes(), msg, taal.stukTeksten());
            }
        }
        try {
            return gesprek(melding.openMailbox(beller, schoon), schoon, null, false, fouten).data("gedaan", gedaan);
        } catch (RuntimeException e) {
            return paginas.toon(terugkeren, PAD, Foutmeldingen.vertaal(e, List.of(), "code", msg));
        }
    }

    /** An attachment to download: asked by POST, so that the code stays out of every URL. */
    @POST
    @Path("bijlage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.WILDCARD)
    public Response download(@RestForm String code, @RestForm String bijlage) {
        Msg msg = taal.teksten();
        String schoon = normaliseer(code);
        UUID id = Bijlagen.id(bijlage);
        if (schoon.isEmpty() || id == null) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(paginas.toon(terugkeren, PAD, new Fouten().veld("code", msg.foutCode()))).build();
        }
        try {
            return Bijlagen.doorgeven(melding.bijlageAnoniem(Beller.adres(request), schoon, id));
        } catch (RuntimeException e) {
            return Response.status(Bijlagen.status(e)).type(MediaType.TEXT_HTML_TYPE).entity(paginas.toon(terugkeren,
                    PAD, Foutmeldingen.vertaal(e, List.of(), "code", msg))).build();
        }
    }

    private TemplateInstance gesprek(Dossier dossier, String code, String antwoord, boolean verstuurd, Fouten fouten) {
        return paginas.toon(gesprek, null, fouten).data("dossier", dossier).data("code", code)
                .data("antwoord", antwoord).data("verstuurd", verstuurd).data("gedaan", null)
                .data("vragen", Toestemmingsvragen.ANONIEM).data("beantwoorden", !dossier.gesloten())
                .data("toestemmingActie", PAD + "/toestemming").data("maxKb", config.bijlageMaxBytes() / 1024);
    }

    /** As people copy it: spaces, line breaks and lower case do not matter. */
    static String normaliseer(String code) {
        return code == null ? "" : code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
