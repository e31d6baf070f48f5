package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Aangemaakt;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Concept;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Contact;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.NieuweMelding;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;
import nl.tweedekamer.meldpunt.portaal.melding.Organisatie;
import nl.tweedekamer.meldpunt.portaal.melding.OrganisatieGids;
import nl.tweedekamer.meldpunt.portaal.pagina.MeldingVragen.Invoer;
import nl.tweedekamer.meldpunt.portaal.taal.Msg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * A named melding: a member of staff turns to a vertrouwenspersoon of their own organisation or the shared pool, with
 * their name (the token's). How to be reached is up to them: every contact field is optional, and an email arrives
 * only when they ask for it. Sent, it opens the melding's own page.
 */
@Path(NieuweMeldingPagina.PAD)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class NieuweMeldingPagina {

    static final String PAD = "/mijn/meldingen/nieuw";

    @Inject
    Template nieuweMelding;

    @Inject
    Paginas paginas;

    @Inject
    Taal taal;

    @Inject
    Aanmelding aanmelding;

    @Inject
    OrganisatieGids gids;

    @Inject
    PortaalConfig config;

    @Inject
    Concepten concepten;

    @Inject
    @RestClient
    MeldingServiceClient melding;

    /** How the melder may be reached, kept with the form when it comes back with errors. */
    public record Bereikbaar(String naam, String email, String telefoon, boolean emailGewenst) {
        static Bereikbaar leeg() {
            return new Bereikbaar(null, null, null, false);
        }
    }

    /** The form, filled with the person's draft when they saved one ({@code ?gedaan=bewaard} right after). */
    @GET
    public Response formulier(@QueryParam("gedaan") String gedaan) {
        if (!aanmelding.heeftRol(Aanmelding.WERKNEMER)) {
            return Response.status(Response.Status.FORBIDDEN).entity(alleenMedewerkers()).build();
        }
        Optional<Concept> concept = concepten.lees(Concepten.NIEUWE_MELDING);
        Invoer invoer = concept.map(c -> Invoer.van(c.veld("vertrouwenspersoon"), c.veld("soort"),
                c.veld("categorie"), c.veld("relatie"), c.veld("afdeling"), c.veld("beschrijving"))).orElse(Invoer.leeg());
        Bereikbaar bereikbaar = concept.map(c -> new Bereikbaar(c.veld("naam"), c.veld("email"), c.veld("telefoon"),
                "ja".equals(c.veld("emailGewenst")))).orElse(Bereikbaar.leeg());
        return Response.ok(formulier(invoer, bereikbaar, Fouten.geen())
                .data("concept", concept.map(Concept::savedAt).orElse(null))
                .data("gedaan", "bewaard".equals(gedaan) ? "conceptBewaard" : null)).build();
    }

    /**
     * The melding, then the file chosen with it (checked first, so that a refused file sends nothing); a file the
     * service still refuses is asked for again on the melding's page, which says so.
     */
    @POST
    @Consumes({ MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED })
    public Response verstuur(@RestForm String vertrouwenspersoon, @RestForm String soort, @RestForm String categorie,
            @RestForm String relatie, @RestForm String afdeling, @RestForm String beschrijving, @RestForm String naam,
            @RestForm String email, @RestForm String telefoon, @RestForm String emailGewenst,
            @RestForm FileUpload bijlage, @RestForm String actie) {
        if (!aanmelding.heeftRol(Aanmelding.WERKNEMER)) {
            return Response.status(Response.Status.FORBIDDEN).entity(alleenMedewerkers()).build();
        }
        Invoer invoer = Invoer.van(vertrouwenspersoon, soort, categorie, relatie, afdeling, beschrijving);
        Bereikbaar bereikbaar = new Bereikbaar(MeldingVragen.schoon(naam), MeldingVragen.schoon(email),
                MeldingVragen.schoon(telefoon), "ja".equals(emailGewenst));
        if ("weggooien".equals(actie)) {
            concepten.gooiWeg(Concepten.NIEUWE_MELDING);
            return Response.seeOther(URI.create(PAD)).build();
        }
        if ("bewaren".equals(actie)) {
            if (concepten.bewaar(Concepten.NIEUWE_MELDING, velden(invoer, bereikbaar))) {
                return Response.seeOther(URI.create(PAD + "?gedaan=bewaard")).build();
            }
            return Response.ok(formulier(invoer, bereikbaar,
                    new Fouten().algemeen(taal.stukTeksten().conceptBewarenMislukt()))).build();
        }
        Msg msg = taal.teksten();
        Fouten fouten = MeldingVragen.controleer(invoer, eigenOrganisatie(), msg);
        if (!fouten.heeft("vertrouwenspersoon") && !aanmelding.tenant().orElse("").equals(invoer.organisatie())) {
            fouten.veld("vertrouwenspersoon", msg.foutVp());
        }
        controleer(bereikbaar, fouten, msg);
        Bestand bestand = Bestand.lees(bijlage, "bijlage", config.bijlageMaxBytes(), fouten, taal.stukTeksten());
        if (fouten.aanwezig()) {
            // what was typed is kept on the server too: leaving the page now loses nothing
            concepten.bewaar(Concepten.NIEUWE_MELDING, velden(invoer, bereikbaar));
            return Response.ok(formulier(invoer, bereikbaar, fouten)).build();
        }
        NieuweMelding body = new NieuweMelding(invoer.vertrouwenspersoonId(), invoer.soort(),
                invoer.categorieVoorDienst(), invoer.relatieVoorDienst(), invoer.afdelingVoorDienst(),
                invoer.beschrijving(), contact(bereikbaar), bereikbaar.emailGewenst());
        Aangemaakt aangemaakt;
        try {
            aangemaakt = melding.meld(aanmelding.bearer(), body);
        } catch (RuntimeException e) {
            concepten.bewaar(Concepten.NIEUWE_MELDING, velden(invoer, bereikbaar));
            return Response.ok(formulier(invoer, bereikbaar,
                    Foutmeldingen.vertaal(e, Foutmeldingen.nieuweMelding(msg), null, msg))).build();
        }
        concepten.gooiWeg(Concepten.NIEUWE_MELDING);
        String gedaan = "verstuurd";
        if (bestand != null) {
            try {
                melding.voegToe(aanmelding.bearer(), aangemaakt.meldingId(), bestand.soort(), bestand.naamVoorKop(),
                        bestand.inhoud());
            } catch (RuntimeException e) {
                gedaan = "verstuurd_zonder_bijlage";
            }
        }
        return Response.seeOther(URI.create(PortalRoutes.melding(aangemaakt.meldingId()) + "?gedaan=" + gedaan))
                .build();
    }

    /** The form's fields by name, as a draft keeps them (a file is not kept: it is chosen when sending). */
    private static Map<String, String> velden(Invoer invoer, Bereikbaar bereikbaar) {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("vertrouwenspersoon", invoer.vertrouwenspersoon());
        velden.put("soort", invoer.soort());
        velden.put("categorie", invoer.categorie());
        velden.put("relatie", invoer.relatie());
        velden.put("afdeling", invoer.afdeling());
        velden.put("beschrijving", invoer.beschrijving());
        velden.put("naam", bereikbaar.naam());
        velden.put("email", bereikbaar.email());
        velden.put("telefoon", bereikbaar.telefoon());
        velden.put("emailGewenst", bereikbaar.emailGewenst() ? "ja" : null);
        return velden;
    }

    private static void controleer(Bereikbaar bereikbaar, Fouten fouten, Msg msg) {
        if (bereikbaar.naam() != null && bereikbaar.naam().length() > 200) {
            fouten.veld("naam", msg.foutNaamLang());
        }
        if (bereikbaar.email() != null && !bereikbaar.email().matches("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}")) {
            fouten.veld("email", msg.foutEmail());
        } else if (bereikbaar.emailGewenst() && bereikbaar.email() == null) {
            fouten.veld("email", msg.foutEmailNodig());
        }
        if (bereikbaar.telefoon() != null && !bereikbaar.telefoon().matches("[0-9+()\\- ]{6,40}")) {
            fouten.veld("telefoon", msg.foutTelefoon());
        }
    }

    private static Contact contact(Bereikbaar b) {
        return b.naam() == null && b.email() == null && b.telefoon() == null ? null
                : new Contact(b.naam(), b.email(), b.telefoon());
    }

    private TemplateInstance formulier(Invoer invoer, Bereikbaar bereikbaar, Fouten fouten) {
        return MeldingVragen.vul(paginas.toon(nieuweMelding, PAD, fouten), invoer, eigenOrganisatie())
                .data("bereikbaar", bereikbaar).data("melding", null).data("maxKb", config.bijlageMaxBytes() / 1024)
                .data("concept", null).data("gedaan", null).data("conceptFormulier", Concepten.NIEUWE_MELDING)
                .data("conceptInterval", config.conceptInterval().toMillis());
    }

    /** A named melding stays within the melder's own organisation (their token's). */
    private List<Organisatie> eigenOrganisatie() {
        return aanmelding.tenant().flatMap(gids::organisatie).map(List::of).orElse(List.of());
    }

    private TemplateInstance alleenMedewerkers() {
        return MeldingVragen.vul(paginas.toon(nieuweMelding, PAD), Invoer.leeg(), List.of())
                .data("bereikbaar", Bereikbaar.leeg()).data("melding", "mijnMeldingenAlleenMedewerkers")
                .data("maxKb", config.bijlageMaxBytes() / 1024).data("concept", null).data("gedaan", null)
                .data("conceptFormulier", Concepten.NIEUWE_MELDING)
                .data("conceptInterval", config.conceptInterval().toMillis());
    }
}
