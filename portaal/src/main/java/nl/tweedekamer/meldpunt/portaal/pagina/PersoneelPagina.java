package nl.tweedekamer.meldpunt.portaal.pagina;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Bevestigingen;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Import;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.ImportRij;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Importuitslag;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Medewerker;
import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.personeel.Personeelslijst;
import nl.tweedekamer.meldpunt.portaal.taal.BeheerMsg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The organisation's staff list for its fractie administrator: who is on it, one person added, or a list imported from a
 * spreadsheet's CSV — shown first with every row's outcome as klacht-service judges it (nothing changes), then added
 * whole with one button. The preview carries the file's text in its form, so nothing of the list stays in the portal.
 * klacht-service decides, with the administrator's own token, whose list it is.
 */
@Path("/organisaties/{tenantId}/personeel")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PersoneelPagina {

    static final String FRACTIEBEHEERDER = "fractie-admin";

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
    Template personeel;

    @Inject
    Template personeelVoorbeeld;

    @Inject
    Template nietTeTonen;

    /** The form of one person, as typed. */
    public record Invoer(String naam, String werkadres, String functie, String soort, String vanaf) {
        static Invoer leeg() {
            return new Invoer(null, null, null, "MEDEWERKER", null);
        }
    }

    /** One radio button of the kind of person. */
    public record Soortkeuze(String waarde, String label, boolean gekozen) {
    }

    /** One row of the preview: what the file says and what klacht-service would do with it, in words. */
    public record Voorbeeldrij(int rij, Personeelslijst.Rij inhoud, String uitkomst, boolean fout, List<String> fouten) {
    }

    @GET
    public Response toon(@PathParam("tenantId") String tenantId, @QueryParam("toegevoegd") Integer toegevoegd,
            @QueryParam("gedaan") String gedaan) {
        if (!aanmelding.heeftRol(FRACTIEBEHEERDER)) {
            return alleenBeheerder(tenantId);
        }
        BeheerMsg msg = teksten();
        String melding = toegevoegd != null ? msg.importGedaan(toegevoegd)
                : "een".equals(gedaan) ? msg.toegevoegd() : "al".equals(gedaan) ? msg.alOpDeLijst() : null;
        return lijst(tenantId, Invoer.leeg(), Fouten.geen(), melding, 200);
    }

    /** One person, through the same check as a list of one: every fault named at its field. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voegToe(@PathParam("tenantId") String tenantId, @RestForm String naam, @RestForm String werkadres,
            @RestForm String functie, @RestForm String soort, @RestForm String vanaf) {
        if (!aanmelding.heeftRol(FRACTIEBEHEERDER)) {
            return alleenBeheerder(tenantId);
        }
        Invoer invoer = new Invoer(naam, werkadres, functie, soort, vanaf);
        ImportRij rij = new ImportRij(naam, werkadres, null, Personeelslijst.datumVoorDienst(vanaf), null, functie,
                soort);
        try {
            Importuitslag uitslag = klacht.importeer(aanmelding.bearer(), tenantId, new Import(List.of(rij), false));
            String gedaan = uitslag.added() == 1 ? "een" : "al";
            return Response.seeOther(URI.create(pad(tenantId) + "?gedaan=" + gedaan)).build();
        } catch (Weigering weigering) {
            if (weigering.status() == 422) {
                return lijst(tenantId, invoer, veldfouten(weigering), null, 422);
            }
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(tenantId), weigering);
        } catch (ProcessingException onbereikbaar) {
            return lijst(tenantId, invoer, Fouten.geen().algemeen(teksten().dienstWeg()), null, 503);
        }
    }

    /** A file chosen: read, judged by klacht-service without changing anything, and shown row by row. */
    @POST
    @Path("voorbeeld")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response voorbeeld(@PathParam("tenantId") String tenantId, @RestForm FileUpload bestand) {
        if (!aanmelding.heeftRol(FRACTIEBEHEERDER)) {
            return alleenBeheerder(tenantId);
        }
        BeheerMsg msg = teksten();
        if (bestand == null || bestand.size() == 0) {
            return lijst(tenantId, Invoer.leeg(), Fouten.geen().veld("bestand", msg.importGeenBestand()), null, 400);
        }
        String tekst;
        try {
            tekst = Files.readString(bestand.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return lijst(tenantId, Invoer.leeg(), Fouten.geen().veld("bestand", msg.importOnleesbaar()), null, 400);
        }
        return voorbeeldVan(tenantId, tekst);
    }

    /** The previewed list, sent back by its form: added whole, or shown again when it changed meanwhile. */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importeer(@PathParam("tenantId") String tenantId, @RestForm String lijst) {
        if (!aanmelding.heeftRol(FRACTIEBEHEERDER)) {
            return alleenBeheerder(tenantId);
        }
        Personeelslijst.Uitslag gelezen = Personeelslijst.lees(lijst);
        if (!gelezen.gelezen()) {
            return lijst(tenantId, Invoer.leeg(), Fouten.geen().veld("bestand", tekst(gelezen.fout())), null, 400);
        }
        try {
            Importuitslag uitslag = klacht.importeer(aanmelding.bearer(), tenantId,
                    new Import(rijenVoorDienst(gelezen.rijen()), false));
            return Response.seeOther(URI.create(pad(tenantId) + "?toegevoegd=" + uitslag.added())).build();
        } catch (Weigering weigering) {
            if (weigering.status() == 422) {
                return voorbeeldVan(tenantId, lijst);
            }
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(tenantId), weigering);
        } catch (ProcessingException onbereikbaar) {
            return lijst(tenantId, Invoer.leeg(), Fouten.geen().algemeen(teksten().dienstWeg()), null, 503);
        }
    }

    private Response voorbeeldVan(String tenantId, String tekst) {
        BeheerMsg msg = teksten();
        Personeelslijst.Uitslag gelezen = Personeelslijst.lees(tekst);
        if (!gelezen.gelezen()) {
            return lijst(tenantId, Invoer.leeg(), Fouten.geen().veld("bestand", tekst(gelezen.fout())), null, 400);
        }
        Importuitslag uitslag;
        try {
            uitslag = klacht.importeer(aanmelding.bearer(), tenantId, new Import(rijenVoorDienst(gelezen.rijen()), true));
        } catch (Weigering weigering) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(tenantId), weigering);
        } catch (ProcessingException onbereikbaar) {
            return lijst(tenantId, Invoer.leeg(), Fouten.geen().algemeen(msg.dienstWeg()), null, 503);
        }
        List<Voorbeeldrij> rijen = new ArrayList<>();
        int nieuw = 0;
        for (KlachtServiceClient.RijUitslag r : uitslag.rows()) {
            Personeelslijst.Rij inhoud = gelezen.rijen().get(r.row() - 1);
            List<String> fouten = r.errors() == null ? List.of()
                    : r.errors().stream().map(f -> foutTekst(f.field(), f.message())).distinct().toList();
            String uitkomst = switch (r.outcome()) {
                case "NEW" -> msg.uitkomstNieuw();
                case "ALREADY_ON_ROSTER" -> msg.uitkomstBestaand();
                default -> msg.uitkomstFout();
            };
            nieuw += "NEW".equals(r.outcome()) ? 1 : 0;
            rijen.add(new Voorbeeldrij(r.row(), inhoud, uitkomst, !fouten.isEmpty(), fouten));
        }
        TemplateInstance pagina = paginas.toon(personeelVoorbeeld, pad(tenantId)).data("tenantId", tenantId)
                .data("organisatie", organisatie(tenantId)).data("rijen", rijen).data("lijst", tekst)
                .data("samenvatting", msg.voorbeeldSamenvatting(nieuw, uitslag.alreadyOnRoster(), uitslag.invalid()))
                .data("metFouten", uitslag.invalid() > 0).data("nieuw", nieuw);
        return Response.ok(pagina).build();
    }

    private Response lijst(String tenantId, Invoer invoer, Fouten fouten, String melding, int status) {
        List<Medewerker> mensen;
        try {
            mensen = klacht.personeel(aanmelding.bearer(), tenantId);
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(tenantId), e);
        }
        // who confirmed the declaration in force (none in force: no column)
        Map<UUID, OffsetDateTime> bevestigd = new HashMap<>();
        boolean verklaringVanKracht;
        try {
            Bevestigingen bevestigingen = klacht.bevestigingen(aanmelding.bearer(), tenantId);
            bevestigingen.confirmed().forEach(b -> bevestigd.put(b.personId(), b.confirmedAt()));
            verklaringVanKracht = true;
        } catch (Weigering geen) {
            verklaringVanKracht = false;
        } catch (ProcessingException onbereikbaar) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(tenantId), onbereikbaar);
        }
        BeheerMsg msg = teksten();
        Map<String, String> soorten = Map.of("MEDEWERKER", msg.soortMedewerker(), "KAMERLID", msg.soortKamerlid(),
                "EXTERN", msg.soortExtern());
        String gekozen = invoer.soort() == null ? "MEDEWERKER" : invoer.soort();
        List<Soortkeuze> soortKeuzes = List.of("MEDEWERKER", "KAMERLID", "EXTERN").stream()
                .map(s -> new Soortkeuze(s, soorten.get(s), s.equals(gekozen))).toList();
        TemplateInstance pagina = paginas.toon(personeel, pad(tenantId), fouten).data("tenantId", tenantId)
                .data("organisatie", organisatie(tenantId)).data("mensen", mensen).data("soorten", soorten)
                .data("soortKeuzes", soortKeuzes).data("invoer", invoer)
                .data("melding", melding).data("verklaringVanKracht", verklaringVanKracht)
                .data("bevestigd", bevestigd).data("aantalBevestigd", bevestigd.size());
        return Response.status(status).entity(pagina).build();
    }

    private Response alleenBeheerder(String tenantId) {
        return Response.status(Response.Status.FORBIDDEN).entity(paginas.toon(nietTeTonen, pad(tenantId))
                .data("weg", false)).build();
    }

    /** klacht-service's faults of the one-person form, at the form's fields. */
    private Fouten veldfouten(Weigering weigering) {
        Fouten fouten = new Fouten();
        for (Probleem.VeldFout f : weigering.probleem().map(Probleem::veldFouten).orElse(List.of())) {
            String veld = f.field().replaceFirst("^people\\[\\d+\\]\\.", "");
            String formulierveld = switch (veld) {
                case "name" -> "naam";
                case "workEmail" -> "werkadres";
                case "function" -> "functie";
                case "kind" -> "soort";
                default -> "vanaf";
            };
            fouten.veld(formulierveld, foutTekst(veld, f.message()));
        }
        return fouten.aanwezig() ? fouten : fouten.algemeen(teksten().dienstWeg());
    }

    /** A field fault of klacht-service's import in the administrator's words. */
    private String foutTekst(String veld, String bericht) {
        BeheerMsg msg = teksten();
        String kaal = veld.replaceFirst("^people\\[\\d+\\]\\.", "");
        String tekst = bericht == null ? "" : bericht;
        java.util.regex.Matcher dubbel = java.util.regex.Pattern.compile("also row (\\d+)").matcher(tekst);
        if (dubbel.find()) {
            return msg.foutDubbel(dubbel.group(1));
        }
        return switch (kaal) {
            case "name" -> msg.foutNaam();
            case "workEmail" -> msg.foutWerkadres();
            case "from" -> msg.foutVanaf();
            case "to" -> msg.foutTot();
            case "kind" -> msg.foutSoort();
            case "subject" -> msg.foutAccount();
            default -> msg.foutFunctie();
        };
    }

    private String tekst(String sleutel) {
        BeheerMsg msg = teksten();
        return switch (sleutel) {
            case "importOnleesbaar" -> msg.importOnleesbaar();
            case "importKolommen" -> msg.importKolommen();
            case "importTeGroot" -> msg.importTeGroot();
            default -> msg.importLeeg();
        };
    }

    private static List<ImportRij> rijenVoorDienst(List<Personeelslijst.Rij> rijen) {
        return rijen.stream().map(r -> new ImportRij(r.naam(), r.werkadres(), r.account(), r.vanaf(), r.tot(),
                r.functie(), r.soort())).toList();
    }

    private String organisatie(String tenantId) {
        return organisatieNaam.van(tenantId);
    }

    private BeheerMsg teksten() {
        return MessageBundles.get(BeheerMsg.class, Localized.Literal.of(taal.code()));
    }

    static String pad(String tenantId) {
        return "/organisaties/" + tenantId + "/personeel";
    }
}
