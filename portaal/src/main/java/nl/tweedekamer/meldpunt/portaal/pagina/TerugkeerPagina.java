package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;

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
        return metCode(code, (beller, schoon) -> new Uitkomst(Fouten.geen(), null, null));
    }

    @POST
    @Path("antwoord")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance antwoord(@RestForm String code, @RestForm String antwoord) {
        return metCode(code, (beller, schoon) -> {
            Msg msg = taal.teksten();
            Fouten fouten = new Fouten();
            if (antwoord == null || antwoord.isBlank()) {
                fouten.veld("antwoord", msg.foutAntwoord());
            } else if (antwoord.length() > 20000) {
                fouten.veld("antwoord", msg.foutAntwoordLang());
            }
            if (!fouten.aanwezig()) {
                try {
                    melding.antwoord(beller, schoon, new Bericht(antwoord));
                    return new Uitkomst(fouten, "antwoordVerstuurd", null);
                } catch (RuntimeException e) {
                    fouten = Foutmeldingen.vertaal(e, Foutmeldingen.antwoord(msg), null, msg);
                }
            }
            return new Uitkomst(fouten, null, antwoord);
        });
    }

    /** The anonymous melder's answer to one consent question (art 5.3): {@code ja} gives it, {@code intrekken} withdraws. */
    @POST
    @Path("toestemming")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance toestemming(@RestForm String code, @RestForm String scope, @RestForm String antwoord) {
        return metCode(code, (beller, schoon) -> {
            Msg msg = taal.teksten();
            boolean geven = "ja".equals(antwoord);
            if (Toestemmingsvragen.ANONIEM.stream().noneMatch(v -> v.scope().equals(scope))
                    || !(geven || "intrekken".equals(antwoord))) {
                return new Uitkomst(new Fouten().algemeen(msg.foutAlgemeen()), null, null);
            }
            try {
                if (geven) {
                    melding.geefToestemmingAnoniem(beller, schoon, new ToestemmingGeven(scope));
                } else {
                    melding.trekToestemmingInAnoniem(beller, schoon, scope);
                }
                return new Uitkomst(Fouten.geen(), geven ? "gedaan_toestemming" : "gedaan_ingetrokken", null);
            } catch (RuntimeException e) {
                return new Uitkomst(Foutmeldingen.vertaal(e, List.of(), null, msg), null, null);
            }
        });
    }

    /** A file for the melding the code opens. */
    @POST
    @Path("bijlagen")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance bijlage(@RestForm String code, @RestForm FileUpload bijlage) {
        return metCode(code, (beller, schoon) -> {
            Fouten fouten = new Fouten();
            Bestand bestand = Bestand.lees(bijlage, "bijlage", config.bijlageMaxBytes(), fouten, taal.stukTeksten());
            if (bestand == null && !fouten.aanwezig()) {
                fouten.veld("bijlage", taal.stukTeksten().foutBijlageKies());
            }
            if (fouten.aanwezig()) {
                return new Uitkomst(fouten, null, null);
            }
            try {
                melding.voegToeAnoniem(beller, schoon, bestand.soort(), bestand.naamVoorKop(), bestand.inhoud());
                return new Uitkomst(Fouten.geen(), "gedaan_bijlage", null);
            } catch (RuntimeException e) {
                return new Uitkomst(Bestand.vertaal(e, "bijlage", config.bijlageMaxBytes(), taal.teksten(),
                        taal.stukTeksten()), null, null);
            }
        });
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

    /** What a step did: what went wrong, what to say was done (a message key, or null), the reply to keep. */
    private record Uitkomst(Fouten fouten, String gedaan, String antwoord) {
    }

    /**
     * A step with the code from the form (pasted or typed; never in a URL): the step is taken with the caller's
     * address and the cleaned code, then the conversation is shown again, as it now stands, with the step's outcome.
     */
    private TemplateInstance metCode(String code, BiFunction<String, String, Uitkomst> stap) {
        Msg msg = taal.teksten();
        String schoon = normaliseer(code);
        if (schoon.isEmpty()) {
            return paginas.toon(terugkeren, PAD, new Fouten().veld("code", msg.foutCode()));
        }
        String beller = Beller.adres(request);
        Uitkomst uitkomst = stap.apply(beller, schoon);
        try {
            return gesprek(melding.openMailbox(beller, schoon), schoon, uitkomst);
        } catch (RuntimeException e) {
            return paginas.toon(terugkeren, PAD, Foutmeldingen.vertaal(e, List.of(), "code", msg));
        }
    }

    private TemplateInstance gesprek(Dossier dossier, String code, Uitkomst uitkomst) {
        return paginas.toon(gesprek, null, uitkomst.fouten()).data("dossier", dossier).data("code", code)
                .data("antwoord", uitkomst.antwoord()).data("gedaan", uitkomst.gedaan())
                .data("vragen", Toestemmingsvragen.ANONIEM).data("beantwoorden", !dossier.gesloten())
                .data("toestemmingActie", PAD + "/toestemming").data("maxKb", config.bijlageMaxBytes() / 1024);
    }

    /** As people copy it: spaces, line breaks and lower case do not matter. */
    static String normaliseer(String code) {
        return code == null ? "" : code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
