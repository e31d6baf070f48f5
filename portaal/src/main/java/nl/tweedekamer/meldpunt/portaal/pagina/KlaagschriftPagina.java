package nl.tweedekamer.meldpunt.portaal.pagina;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.config.PortaalConfig;
import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftClient;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftDtos.Beschuldigde;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftDtos.Bijlage;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftDtos.Concept;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftDtos.Inhoud;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftDtos.Klager;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftDtos.Ondertekening;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftStap;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftWerkgevers;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.KlaagschriftMsg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The complainant's klaagschrift (art 9), one page per part of art 9.1 and one for the attachments of 9.2, each
 * saved into the draft at klacht-service as the person goes on, back, or stops ("Bewaren en later verder"); then the
 * check page, where they sign and file it. klacht-service keeps the draft, decides whose it is (another person's
 * answers 404) and checks everything again; a klaagschrift that lacks an element is filed all the same (domain.md
 * §10.7), and the check page says plainly what it lacks.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class KlaagschriftPagina {

    /** How many accused one klaagschrift names at most (klacht-service's limit). */
    static final int MAX_AANGEKLAAGDEN = 20;
    static final List<String> CATEGORIEEN = List.of("INTIMIDATIE", "SEKSUELE_INTIMIDATIE", "AGRESSIE_EN_GEWELD",
            "DISCRIMINATIE", "EXTREMISME", "STALKEN", "PESTEN");
    static final List<String> RELATIES = List.of("MEDEWERKER_FRACTIE", "MEDEWERKER_AMBTELIJK", "KAMERLID", "EXTERN");
    private static final DateTimeFormatter DAG_EERST = DateTimeFormatter.ofPattern("d-M-uuuu");
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Inject
    Template klaagschrift;

    @Inject
    Template klaagschriftControle;

    @Inject
    Template nietTeTonen;

    @Inject
    Paginas paginas;

    @Inject
    Taal taal;

    @Inject
    Aanmelding aanmelding;

    @Inject
    PortaalConfig config;

    @Inject
    KlaagschriftWerkgevers werkgevers;

    @Inject
    Clock clock;

    @Inject
    @RestClient
    KlaagschriftClient klacht;

    /** One radio button or option: the value sent, its label's message key, its help's key, chosen or not. */
    @TemplateData
    public record Optie(String waarde, String sleutel, String uitleg, boolean gekozen) {
    }

    /** An accused as the step asks them: the fields' names for this row, and what was typed. */
    @TemplateData
    public record Rij(int nummer, String voorvoegsel, String naam, String functie, String relatie, String werkgever,
            List<Optie> relaties, List<Optie> werkgevers) {

        public String veld(String deel) {
            return voorvoegsel + deel;
        }

        public boolean leeg() {
            return naam == null && functie == null && relatie == null && werkgever == null;
        }
    }

    /** What a step's form holds: the fields by their names in the form, as typed. */
    @TemplateData
    public record Invoer(Map<String, String> velden, List<Rij> rijen) {

        public String get(String veld) {
            return velden.get(veld);
        }
    }

    // ---------------------------------------------------------------- the steps

    @GET
    @Path("klachten/{id}/klaagschrift/{stap}")
    public Response stap(@PathParam("id") UUID id, @PathParam("stap") String pad, @QueryParam("gedaan") String gedaan) {
        if (KlaagschriftStap.CONTROLE.equals(pad)) {
            return controle(id, Fouten.geen(), null, false, 200);
        }
        KlaagschriftStap stap = KlaagschriftStap.van(pad).orElse(null);
        if (stap == null || !aanmelding.heeftRol(Aanmelding.WERKNEMER)) {
            return nietGevonden(id);
        }
        Concept concept;
        try {
            concept = klacht.lees(aanmelding.bearer(), id);
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(id, pad), e);
        }
        if (!concept.vanKlager()) {
            return nietGevonden(id);
        }
        if (!concept.concept()) {
            return naarKlacht(id);
        }
        return stapPagina(id, stap, invoer(Inhoud.van(concept.klaagschrift())), Fouten.geen(),
                "toegevoegd".equals(gedaan) ? "bijlageToegevoegd" : "verwijderd".equals(gedaan) ? "bijlageVerwijderd" : null,
                200);
    }

    /**
     * Saves the step's part into the draft (klacht-service replaces the whole klaagschrift, so the draft is read
     * first), then goes on, back, or to "Mijn klachten". A refusal comes back at its field with what was typed.
     */
    @POST
    @Path("klachten/{id}/klaagschrift/{stap}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bewaarStap(@PathParam("id") UUID id, @PathParam("stap") String pad, @RestForm String actie,
            @RestForm String categorie, @RestForm String gedrag, @RestForm String plaats, @RestForm String wanneer,
            @RestForm String eersteDatum, @RestForm String laatsteDatum, @RestForm String getuigen,
            @RestForm String naam, @RestForm String adres, @RestForm String functie, @RestForm String email,
            @RestForm List<String> aangeklaagdeNaam, @RestForm List<String> aangeklaagdeFunctie,
            @RestForm List<String> aangeklaagdeRelatie, @RestForm List<String> aangeklaagdeWerkgever,
            @RestForm String stappen) {
        KlaagschriftStap stap = KlaagschriftStap.van(pad).orElse(null);
        if (stap == null || !aanmelding.heeftRol(Aanmelding.WERKNEMER)) {
            return nietGevonden(id);
        }
        if (stap == KlaagschriftStap.BIJLAGEN) {
            return bijlagen(id, actie, null);
        }
        Concept concept;
        try {
            concept = klacht.lees(aanmelding.bearer(), id);
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(id, pad), e);
        }
        if (!concept.vanKlager()) {
            return nietGevonden(id);
        }
        if (!concept.concept()) {
            return naarKlacht(id);
        }
        KlaagschriftMsg ks = ks();
        Fouten fouten = new Fouten();
        Inhoud inhoud = Inhoud.van(concept.klaagschrift());
        Invoer getypt;
        switch (stap) {
            case SOORT -> {
                String gekozen = schoon(categorie);
                if (gekozen != null && !CATEGORIEEN.contains(gekozen)) {
                    fouten.veld("categorie", "categorie-INTIMIDATIE", ks.foutCategorie());
                    gekozen = inhoud.category();
                }
                inhoud = inhoud.metSoort(gekozen);
                getypt = velden("categorie", categorie);
            }
            case GEBEURD -> {
                inhoud = inhoud.metGedrag(schoon(gedrag));
                getypt = velden("gedrag", gedrag);
            }
            case WAAR_EN_WANNEER -> {
                LocalDate eerste = datum(eersteDatum, "eersteDatum", inhoud.firstBehaviourOn(), fouten, ks);
                LocalDate laatste = datum(laatsteDatum, "laatsteDatum", inhoud.latestBehaviourOn(), fouten, ks);
                if (!fouten.aanwezig() && eerste != null && laatste != null && eerste.isAfter(laatste)) {
                    fouten.veld("eersteDatum", ks.foutEersteNaLaatste());
                }
                if (!fouten.heeft("laatsteDatum") && laatste != null && laatste.isAfter(vandaag())) {
                    fouten.veld("laatsteDatum", ks.foutDatumInToekomst());
                }
                if (!fouten.heeft("eersteDatum") && eerste != null && eerste.isAfter(vandaag())) {
                    fouten.veld("eersteDatum", ks.foutDatumInToekomst());
                }
                inhoud = inhoud.metWaarEnWanneer(schoon(plaats), schoon(wanneer),
                        fouten.heeft("eersteDatum") ? inhoud.firstBehaviourOn() : eerste,
                        fouten.heeft("laatsteDatum") ? inhoud.latestBehaviourOn() : laatste);
                getypt = velden("plaats", plaats, "wanneer", wanneer, "eersteDatum", eersteDatum, "laatsteDatum",
                        laatsteDatum);
            }
            case GETUIGEN -> {
                inhoud = inhoud.metGetuigen(schoon(getuigen));
                getypt = velden("getuigen", getuigen);
            }
            case KLAGER -> {
                String adresTekst = schoon(email);
                if (adresTekst != null && !adresTekst.matches("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}")) {
                    fouten.veld("email", ks.foutEmail());
                    adresTekst = inhoud.complainant() == null ? null : inhoud.complainant().email();
                }
                inhoud = inhoud.metKlager(new Klager(schoon(naam), schoon(adres), schoon(functie), adresTekst));
                getypt = velden("naam", naam, "adres", adres, "functie", functie, "email", email);
            }
            case AANGEKLAAGDE -> {
                List<Beschuldigde> rijen = rijen(aangeklaagdeNaam, aangeklaagdeFunctie, aangeklaagdeRelatie,
                        aangeklaagdeWerkgever);
                List<Beschuldigde> bewaren = new ArrayList<>();
                for (int i = 0; i < rijen.size(); i++) {
                    Beschuldigde b = rijen.get(i);
                    if (b.name() == null && b.function() == null && b.relation() == null
                            && b.employerTenantId() == null) {
                        continue;
                    }
                    boolean goed = true;
                    if (b.name() == null) {
                        fouten.veld("aangeklaagde-" + i + "-naam", ks.foutAangeklaagdeNaam());
                        goed = false;
                    }
                    if (b.relation() == null || !RELATIES.contains(b.relation())) {
                        fouten.veld("aangeklaagde-" + i + "-relatie", ks.foutRelatie());
                        goed = false;
                    }
                    if (b.employerTenantId() != null && !werkgevers.bekend(b.employerTenantId())) {
                        fouten.veld("aangeklaagde-" + i + "-werkgever", ks.foutWerkgever());
                        goed = false;
                    }
                    if (goed) {
                        bewaren.add(b);
                    }
                }
                // with a fault the draft keeps its accused as they were; what was typed waits on the page
                inhoud = fouten.aanwezig() ? inhoud : inhoud.metAangeklaagden(bewaren);
                getypt = new Invoer(Map.of(), rijenVoorPagina(rijen, true));
            }
            case STAPPEN -> {
                inhoud = inhoud.metStappen(schoon(stappen));
                getypt = velden("stappen", stappen);
            }
            default -> {
                return nietGevonden(id);
            }
        }
        try {
            klacht.bewaar(aanmelding.bearer(), id, inhoud);
        } catch (Weigering | ProcessingException e) {
            if (e instanceof Weigering w && (w.status() == 404 || w.status() == 403)) {
                return NietTeTonen.pagina(paginas, nietTeTonen, pad(id, pad), e);
            }
            if (e instanceof Weigering w && w.status() == 409) {
                return naarKlacht(id);
            }
            Fouten dienst = KlaagschriftFouten.vertaal(e, false, ks);
            int status = e instanceof ProcessingException || e instanceof Weigering w2 && w2.status() >= 500 ? 503 : 422;
            return stapPagina(id, stap, getypt, samen(fouten, dienst), null, status);
        }
        if (fouten.aanwezig()) {
            // what could be saved is saved; the rest is on the page as typed, with its fault
            return stapPagina(id, stap, getypt, fouten, null, 422);
        }
        return verder(id, stap, actie);
    }

    /** The attachments' step: a file chosen is added first (also when going on), then on, back or away. */
    @POST
    @Path("klachten/{id}/klaagschrift/bijlagen")
    @Consumes({ MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED })
    public Response bijlagen(@PathParam("id") UUID id, @RestForm String actie, @RestForm FileUpload bestand) {
        if (!aanmelding.heeftRol(Aanmelding.WERKNEMER)) {
            return nietGevonden(id);
        }
        KlaagschriftMsg ks = ks();
        Fouten fouten = new Fouten();
        Bestand gekozen = lees(bestand, fouten, ks);
        if (fouten.aanwezig()) {
            return stapPagina(id, KlaagschriftStap.BIJLAGEN, velden(), fouten, null, 422);
        }
        if (gekozen != null) {
            try {
                klacht.voegToe(aanmelding.bearer(), id, gekozen.soort(), gekozen.naamVoorKop(), gekozen.inhoud());
            } catch (Weigering | ProcessingException e) {
                if (e instanceof Weigering w && (w.status() == 404 || w.status() == 403)) {
                    return NietTeTonen.pagina(paginas, nietTeTonen, pad(id, KlaagschriftStap.BIJLAGEN.pad()), e);
                }
                int status = e instanceof ProcessingException || e instanceof Weigering w2 && w2.status() >= 500 ? 503
                        : 422;
                return stapPagina(id, KlaagschriftStap.BIJLAGEN, velden(), bestandFout(e, ks), null, status);
            }
            if (actie == null || "toevoegen".equals(actie)) {
                return Response.seeOther(URI.create(pad(id, KlaagschriftStap.BIJLAGEN.pad()) + "?gedaan=toegevoegd"))
                        .build();
            }
        } else if ("toevoegen".equals(actie)) {
            return stapPagina(id, KlaagschriftStap.BIJLAGEN, velden(), fouten.veld("bestand", ks.foutGeenBestand()),
                    null, 422);
        }
        return verder(id, KlaagschriftStap.BIJLAGEN, actie);
    }

    /** Removes an attachment from the draft (klacht-service allows it while the klaagschrift can change). */
    @POST
    @Path("klachten/{id}/klaagschrift/bijlagen/verwijderen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verwijder(@PathParam("id") UUID id, @RestForm String bijlage) {
        UUID bijlageId = Bijlagen.id(bijlage);
        if (!aanmelding.heeftRol(Aanmelding.WERKNEMER) || bijlageId == null) {
            return nietGevonden(id);
        }
        try {
            klacht.verwijder(aanmelding.bearer(), id, bijlageId);
        } catch (Weigering | ProcessingException e) {
            if (e instanceof Weigering w && (w.status() == 404 || w.status() == 403)) {
                return NietTeTonen.pagina(paginas, nietTeTonen, pad(id, KlaagschriftStap.BIJLAGEN.pad()), e);
            }
            return stapPagina(id, KlaagschriftStap.BIJLAGEN, velden(), KlaagschriftFouten.vertaal(e, false, ks()),
                    null, e instanceof ProcessingException ? 503 : 422);
        }
        return Response.seeOther(URI.create(pad(id, KlaagschriftStap.BIJLAGEN.pad()) + "?gedaan=verwijderd")).build();
    }

    // ---------------------------------------------------------------- the check page and filing

    /**
     * Signs and files the klaagschrift (art 9.1.e: signed and dated by the complainant), with the declaration that it
     * is true; then the complaint's own page says it was filed and what comes next.
     */
    @POST
    @Path("klachten/{id}/indiening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dienIn(@PathParam("id") UUID id, @RestForm String ondertekening, @RestForm String waarheid) {
        if (!aanmelding.heeftRol(Aanmelding.WERKNEMER)) {
            return nietGevonden(id);
        }
        KlaagschriftMsg ks = ks();
        Fouten fouten = new Fouten();
        String naam = schoon(ondertekening);
        if (naam == null) {
            fouten.veld("ondertekening", ks.foutOndertekening());
        } else if (naam.length() > 200) {
            fouten.veld("ondertekening", ks.foutTeLang());
        }
        boolean verklaard = "ja".equals(waarheid);
        if (!verklaard) {
            fouten.veld("waarheid", ks.foutWaarheid());
        }
        if (fouten.aanwezig()) {
            return controle(id, fouten, ondertekening, verklaard, 422);
        }
        try {
            klacht.dienIn(aanmelding.bearer(), id, new Ondertekening(naam, vandaag()));
        } catch (Weigering | ProcessingException e) {
            if (e instanceof Weigering w && (w.status() == 404 || w.status() == 403)) {
                return NietTeTonen.pagina(paginas, nietTeTonen, pad(id, KlaagschriftStap.CONTROLE), e);
            }
            int status = e instanceof ProcessingException || e instanceof Weigering w2 && w2.status() >= 500 ? 503 : 422;
            return controle(id, KlaagschriftFouten.vertaal(e, true, ks), ondertekening, verklaard, status);
        }
        return Response.seeOther(URI.create(PortalRoutes.klacht(id) + "?gedaan=" + KlaagschriftDeel.INGEDIEND)).build();
    }

    private Response controle(UUID id, Fouten fouten, String ondertekening, boolean verklaard, int status) {
        String pad = pad(id, KlaagschriftStap.CONTROLE);
        if (!aanmelding.heeftRol(Aanmelding.WERKNEMER)) {
            return nietGevonden(id);
        }
        Concept concept;
        List<Bijlage> bijlagen;
        try {
            concept = klacht.lees(aanmelding.bearer(), id);
            if (!concept.vanKlager()) {
                return nietGevonden(id);
            }
            if (!concept.concept()) {
                return naarKlacht(id);
            }
            bijlagen = klacht.bijlagen(aanmelding.bearer(), id);
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad, e);
        }
        // art 1: the person's own organisation must have declared the regulation applicable on the filing date
        Boolean eigenVerklaring = null;
        try {
            klacht.verklaringVanKracht(aanmelding.bearer(), aanmelding.tenant().orElse(concept.tenantId()));
            eigenVerklaring = true;
        } catch (Weigering w) {
            eigenVerklaring = w.status() == 404 ? false : null;
        } catch (ProcessingException | IllegalArgumentException onbekend) {
            eigenVerklaring = null;
        }
        String naam = ondertekening != null ? ondertekening : concept.inhoud().klager().name();
        TemplateInstance pagina = paginas.toon(klaagschriftControle, pad, fouten).data("id", id).data("k", concept.inhoud())
                .data("ontbreekt", concept.inhoud().ontbreekt()).data("bijlagen", bijlagen)
                .data("stappen", KlaagschriftStap.values())
                .data("eigenVerklaring", eigenVerklaring).data("ondertekening", naam).data("verklaard", verklaard)
                .data("vandaag", vandaag()).data("aangeklaagden", aangeklaagden(concept.inhoud()))
                // art 10.2 (T1): the latest behaviour more than a year before filing makes it inadmissible
                .data("buitenJaar", concept.inhoud().latestBehaviourOn() != null
                        && concept.inhoud().latestBehaviourOn().isBefore(vandaag().minusYears(1)));
        return Response.status(status).entity(pagina).build();
    }

    // ---------------------------------------------------------------- helpers

    /** An accused as the check page says them: the relation in words, the employer by its name. */
    @TemplateData
    public record AangeklaagdeRegel(String naam, String functie, String relatieSleutel, String werkgever,
            boolean kamerlid, boolean extern) {
    }

    private List<AangeklaagdeRegel> aangeklaagden(nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftDtos.Klaagschrift k) {
        return k.aangeklaagden().stream().map(a -> new AangeklaagdeRegel(a.name(), a.function(),
                a.relation() == null ? null : "relatie" + a.relation(),
                a.employerTenantId() == null ? null : werkgevers.naam(a.employerTenantId()), a.kamerlid(), a.extern()))
                .toList();
    }

    private Response verder(UUID id, KlaagschriftStap stap, String actie) {
        if ("bewaren".equals(actie)) {
            return Response.seeOther(URI.create(MijnKlachtenPagina.PAD + "?gedaan=bewaard")).build();
        }
        if ("terug".equals(actie)) {
            return Response.seeOther(URI.create(pad(id, stap.vorige() == null ? stap.pad() : stap.vorige()))).build();
        }
        return Response.seeOther(URI.create(pad(id, stap.volgende()))).build();
    }

    private Response stapPagina(UUID id, KlaagschriftStap stap, Invoer invoer, Fouten fouten, String gedaan,
            int status) {
        List<Bijlage> bijlagen = List.of();
        if (stap == KlaagschriftStap.BIJLAGEN) {
            try {
                bijlagen = klacht.bijlagen(aanmelding.bearer(), id);
            } catch (Weigering | ProcessingException e) {
                if (e instanceof Weigering w && (w.status() == 404 || w.status() == 403)) {
                    return NietTeTonen.pagina(paginas, nietTeTonen, pad(id, stap.pad()), e);
                }
                fouten.algemeen(ks().bijlagenNietTeLezen());
            }
        }
        TemplateInstance pagina = paginas.toon(klaagschrift, pad(id, stap.pad()), fouten).data("id", id)
                .data("huidig", stap).data("stapNaam", stap.name()).data("aantal", KlaagschriftStap.aantal())
                .data("stappen", KlaagschriftStap.values()).data("invoer", invoer)
                .data("categorieen", opties(CATEGORIEEN, "categorie", invoer.get("categorie")))
                .data("bijlagen", bijlagen).data("maxKb", config.klachtBijlageMaxBytes() / 1024).data("gedaan", gedaan)
                .data("maxAangeklaagden", MAX_AANGEKLAAGDEN);
        return Response.status(status).entity(pagina).build();
    }

    /** The form as the draft holds it, in the fields of every step (each step shows its own). */
    private Invoer invoer(Inhoud k) {
        Map<String, String> v = new java.util.HashMap<>();
        v.put("categorie", k.category());
        v.put("gedrag", k.behaviour());
        v.put("plaats", k.place());
        v.put("wanneer", k.when());
        v.put("eersteDatum", k.firstBehaviourOn() == null ? null : DAG_EERST.format(k.firstBehaviourOn()));
        v.put("laatsteDatum", k.latestBehaviourOn() == null ? null : DAG_EERST.format(k.latestBehaviourOn()));
        v.put("getuigen", k.witnesses());
        if (k.complainant() != null) {
            v.put("naam", k.complainant().name());
            v.put("adres", k.complainant().address());
            v.put("functie", k.complainant().function());
            v.put("email", k.complainant().email());
        }
        v.put("stappen", k.stepsTaken());
        return new Invoer(v, rijenVoorPagina(k.accused() == null ? List.of() : k.accused(), false));
    }

    /** The accused as rows of the form, and one empty row to add another (up to klacht-service's limit). */
    private List<Rij> rijenVoorPagina(List<Beschuldigde> aangeklaagden, boolean zoalsGetypt) {
        List<Rij> rijen = new ArrayList<>();
        List<Beschuldigde> bron = new ArrayList<>(aangeklaagden);
        if (!zoalsGetypt || bron.stream().allMatch(b -> b.name() != null || b.relation() != null)) {
            if (bron.size() < MAX_AANGEKLAAGDEN) {
                bron.add(new Beschuldigde(null, null, null, null));
            }
        }
        for (int i = 0; i < bron.size(); i++) {
            Beschuldigde b = bron.get(i);
            List<Optie> werkgeverOpties = werkgevers.alle().stream()
                    .map(w -> new Optie(w.id(), w.naam(), null, w.id().equals(b.employerTenantId()))).toList();
            rijen.add(new Rij(i + 1, "aangeklaagde-" + i + "-", b.name(), b.function(), b.relation(),
                    b.employerTenantId(), opties(RELATIES, "relatie", b.relation()), werkgeverOpties));
        }
        return rijen;
    }

    private static List<Optie> opties(List<String> waarden, String soort, String gekozen) {
        return waarden.stream().map(w -> new Optie(w, soort + w, soort + w + "Uitleg", w.equals(gekozen))).toList();
    }

    private static List<Beschuldigde> rijen(List<String> namen, List<String> functies, List<String> relaties,
            List<String> werkgevers) {
        int n = Math.min(MAX_AANGEKLAAGDEN + 1, Math.max(Math.max(lengte(namen), lengte(functies)),
                Math.max(lengte(relaties), lengte(werkgevers))));
        List<Beschuldigde> rijen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rijen.add(new Beschuldigde(schoon(op(namen, i)), schoon(op(functies, i)), schoon(op(relaties, i)),
                    schoon(op(werkgevers, i))));
        }
        return rijen;
    }

    private static int lengte(List<String> l) {
        return l == null ? 0 : l.size();
    }

    private static String op(List<String> l, int i) {
        return l == null || i >= l.size() ? null : l.get(i);
    }

    private static Invoer velden(String... paren) {
        Map<String, String> v = new java.util.HashMap<>();
        for (int i = 0; i + 1 < paren.length; i += 2) {
            v.put(paren[i], paren[i + 1]);
        }
        return new Invoer(v, List.of());
    }

    private static Fouten samen(Fouten eerst, Fouten dan) {
        Fouten samen = new Fouten();
        for (Fouten f : List.of(eerst, dan)) {
            for (Fouten.Regel r : f.regels()) {
                if (r.anker() == null) {
                    samen.algemeen(r.tekst());
                }
            }
        }
        for (Fouten f : List.of(eerst, dan)) {
            for (Fouten.Regel r : f.regels()) {
                if (r.anker() != null) {
                    samen.veld(veldVanAnker(r.anker()), r.anker(), r.tekst());
                }
            }
        }
        return samen;
    }

    /** The field an anchor belongs to: a radio button's anchor names its group's first button. */
    private static String veldVanAnker(String anker) {
        if (anker.startsWith("categorie-")) {
            return "categorie";
        }
        if (anker.matches("aangeklaagde-\\d+-relatie-.*")) {
            return anker.substring(0, anker.indexOf("-relatie-") + "-relatie".length());
        }
        return anker;
    }

    /** 21-12-2026 (or 2026-12-21); empty is no date; anything else is a fault at the field, the old date kept. */
    private static LocalDate datum(String waarde, String veld, LocalDate oud, Fouten fouten, KlaagschriftMsg ks) {
        String tekst = schoon(waarde);
        if (tekst == null) {
            return null;
        }
        try {
            return LocalDate.parse(tekst, DAG_EERST);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(tekst);
            } catch (DateTimeParseException f) {
                fouten.veld(veld, ks.foutDatum());
                return oud;
            }
        }
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock.withZone(NEDERLAND));
    }

    static String schoon(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A file for the klaagschrift: PDF, PNG or JPEG (klacht-service's kinds), at most klacht-service's size. */
    private Bestand lees(FileUpload upload, Fouten fouten, KlaagschriftMsg ks) {
        if (upload == null || upload.fileName() == null || upload.fileName().isBlank()) {
            return null;
        }
        String naam = upload.fileName().strip();
        int max = config.klachtBijlageMaxBytes();
        if (upload.size() == 0) {
            fouten.veld("bestand", ks.foutBestandLeeg());
            return null;
        }
        if (upload.size() > max) {
            fouten.veld("bestand", ks.foutBestandGroot(max / 1024));
            return null;
        }
        String soort = soort(upload.contentType(), naam);
        if (soort == null) {
            fouten.veld("bestand", ks.foutBestandSoort());
            return null;
        }
        if (naam.length() > 200 || naam.chars().anyMatch(Character::isISOControl)) {
            fouten.veld("bestand", ks.foutBestandNaam());
            return null;
        }
        try {
            return new Bestand(naam, soort, Files.readAllBytes(upload.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String soort(String verklaard, String naam) {
        String kaal = verklaard == null ? "" : verklaard.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (List.of("application/pdf", "image/png", "image/jpeg").contains(kaal)) {
            return kaal;
        }
        int punt = naam.lastIndexOf('.');
        String ext = punt < 0 ? "" : naam.substring(punt + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            default -> null;
        };
    }

    private static Fouten bestandFout(RuntimeException e, KlaagschriftMsg ks) {
        if (e instanceof Weigering w) {
            switch (w.status()) {
                case 413:
                    return new Fouten().veld("bestand", ks.foutTeGroot());
                case 415:
                    return new Fouten().veld("bestand", ks.foutBestandSoort());
                case 409:
                    return new Fouten().veld("bestand", ks.foutTeVeelBestanden());
                case 400:
                    return new Fouten().veld("bestand", ks.foutBestandNaam());
                default:
                    break;
            }
        }
        return KlaagschriftFouten.vertaal(e, false, ks);
    }

    private Response nietGevonden(UUID id) {
        return Response.status(404).entity(paginas.toon(nietTeTonen, PortalRoutes.klacht(id)).data("weg", false))
                .build();
    }

    private static Response naarKlacht(UUID id) {
        return Response.seeOther(URI.create(PortalRoutes.klacht(id))).build();
    }

    static String pad(UUID id, String stap) {
        return "/klachten/" + id + "/klaagschrift/" + stap;
    }

    private KlaagschriftMsg ks() {
        return MessageBundles.get(KlaagschriftMsg.class, Localized.Literal.of(taal.code()));
    }
}
