package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Afwezigheid;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Jaarverslag;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.MeldingRegel;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.SignaalVersturen;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Verdeling;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Voorstel;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;
import nl.tweedekamer.meldpunt.portaal.melding.Organisatie;
import nl.tweedekamer.meldpunt.portaal.melding.OrganisatieGids;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.Msg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;
import nl.tweedekamer.meldpunt.portaal.taal.VpMsg;

/**
 * The vertrouwenspersoon's own pages: the inbox (the meldingen addressed to them, sorted by whose turn it is; no
 * content, and listing is not reading), the pattern signals (where three or more similar meldingen show a pattern,
 * counts only, sent to the employer as an anonymised signal) and the figures of the annual report they write (art
 * 4.4). melding-service decides what each VP may see; the portal only shows it.
 */
@Path("/vertrouwenspersoon")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class VertrouwenspersoonPagina {

    static final String INBOX = "/vertrouwenspersoon/meldingen";
    static final String SIGNALEN = "/vertrouwenspersoon/patroonsignalen";
    static final String JAARVERSLAG = "/vertrouwenspersoon/jaarverslag";

    @Inject
    Template vertrouwenspersoonMeldingen;

    @Inject
    Template patroonsignalen;

    @Inject
    Template jaarverslag;

    @Inject
    Paginas paginas;

    @Inject
    Taal taal;

    @Inject
    Aanmelding aanmelding;

    @Inject
    OrganisatieGids gids;

    @Inject
    @RestClient
    MeldingServiceClient dienst;

    /** A proposal as shown: the department by its name where the organisation named it. */
    @TemplateData
    public record Signaal(Voorstel voorstel, String organisatie, String afdeling) {
    }

    /** One part of the annual report: its heading and each value's count as shown. */
    @TemplateData
    public record Onderdeel(String titel, List<Regel> regels, String totaal) {
    }

    @TemplateData
    public record Regel(String sleutel, String aantal) {
    }

    @GET
    @Path("meldingen")
    public Response inbox(@QueryParam("afwezigheid") boolean opgeslagen) {
        return inboxPagina(opgeslagen, null, Fouten.geen());
    }

    /** The VP says until when they are away ({@code terug}: present again); melders see it beside the name. */
    @POST
    @Path("afwezigheid")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response afwezigheid(@RestForm String afwezigTot, @RestForm String terug) {
        VpMsg vp = taal.vpTeksten();
        LocalDate tot = null;
        if (!"ja".equals(terug)) {
            try {
                tot = LocalDate.parse(afwezigTot == null ? "" : afwezigTot.strip());
            } catch (java.time.format.DateTimeParseException e) {
                return inboxPagina(false, afwezigTot, new Fouten().veld("afwezigTot", vp.foutAfwezigTot()));
            }
        }
        try {
            dienst.zetAfwezigheid(aanmelding.bearer(), new Afwezigheid(tot));
            return Response.seeOther(URI.create(INBOX + "?afwezigheid=true")).build();
        } catch (Weigering w) {
            return inboxPagina(false, afwezigTot, w.status() == 400
                    ? new Fouten().veld("afwezigTot", vp.foutAfwezigTot())
                    : Foutmeldingen.vertaal(w, List.of(), null, taal.teksten()));
        } catch (ProcessingException e) {
            return inboxPagina(false, afwezigTot, Foutmeldingen.vertaal(e, List.of(), null, taal.teksten()));
        }
    }

    /** Until when the VP said they are away; the inbox shows without it when it cannot be read. */
    private LocalDate afwezigTot() {
        try {
            return dienst.afwezigheid(aanmelding.bearer()).until();
        } catch (Weigering | ProcessingException e) {
            return null;
        }
    }

    private Response inboxPagina(boolean opgeslagen, String afwezigTot, Fouten fouten) {
        if (!aanmelding.heeftRol(Aanmelding.VERTROUWENSPERSOON)) {
            return Response.status(Response.Status.FORBIDDEN).entity(inbox(List.of(), "inboxAlleenVp", fouten)).build();
        }
        try {
            TemplateInstance pagina = inbox(dienst.aanMijGericht(aanmelding.bearer()), null, fouten)
                    .data("opgeslagen", opgeslagen).data("afwezigTot", afwezigTot);
            return Response.ok(pagina.data("afwezig", afwezigTot())).build();
        } catch (Weigering | ProcessingException onbereikbaar) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(inbox(List.of(), "inboxNietBeschikbaar", fouten)).build();
        }
    }

    @GET
    @Path("patroonsignalen")
    public Response signalen(@QueryParam("verstuurd") boolean verstuurd) {
        if (!aanmelding.heeftRol(Aanmelding.VERTROUWENSPERSOON)) {
            return Response.status(Response.Status.FORBIDDEN).entity(signalen(List.of(), "inboxAlleenVp", false,
                    Fouten.geen())).build();
        }
        return signalenPagina(verstuurd, Fouten.geen());
    }

    /** Sends one proposal as an anonymised signal to the employer (counts only, optionally general advice). */
    @POST
    @Path("patroonsignalen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verstuur(@RestForm String basis, @RestForm String organisatie, @RestForm String afdeling,
            @RestForm String melding, @RestForm String omvang, @RestForm String advies) {
        Msg msg = taal.teksten();
        VpMsg vp = taal.vpTeksten();
        Fouten fouten = new Fouten();
        Integer grootte = null;
        if (omvang != null && !omvang.isBlank()) {
            if (omvang.strip().matches("[0-9]{1,5}") && Integer.parseInt(omvang.strip()) > 0) {
                grootte = Integer.parseInt(omvang.strip());
            } else {
                fouten.algemeen(vp.foutOmvang());
            }
        }
        if (advies != null && advies.length() > 4000) {
            fouten.algemeen(vp.foutAdviesLang());
        }
        UUID meldingId = null;
        if (melding != null && !melding.isBlank()) {
            try {
                meldingId = UUID.fromString(melding.strip());
            } catch (IllegalArgumentException e) {
                fouten.algemeen(msg.foutAlgemeen());
            }
        }
        if (!fouten.aanwezig()) {
            try {
                dienst.verstuurSignaal(aanmelding.bearer(), new SignaalVersturen(MeldingVragen.schoon(basis),
                        MeldingVragen.schoon(organisatie), MeldingVragen.schoon(afdeling), meldingId, grootte,
                        MeldingVragen.schoon(advies)));
                return Response.seeOther(URI.create(SIGNALEN + "?verstuurd=true")).build();
            } catch (Weigering w) {
                fouten = w.status() == 409 ? new Fouten().algemeen(vp.foutSignaal())
                        : Foutmeldingen.vertaal(w, List.of(), null, msg);
            } catch (RuntimeException e) {
                fouten = Foutmeldingen.vertaal(e, List.of(), null, msg);
            }
        }
        return signalenPagina(false, fouten);
    }

    @GET
    @Path("jaarverslag")
    public Response jaarverslag(@QueryParam("jaar") Integer jaar) {
        int ditJaar = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        int gekozen = jaar == null || jaar < 2021 || jaar > ditJaar ? ditJaar : jaar;
        TemplateInstance pagina = paginas.toon(jaarverslag, JAARVERSLAG).data("jaar", String.valueOf(gekozen))
                .data("jaren", java.util.stream.IntStream.rangeClosed(2021, ditJaar).boxed()
                        .sorted(java.util.Comparator.reverseOrder()).toList());
        if (!aanmelding.heeftRol(Aanmelding.VERTROUWENSPERSOON)) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(pagina.data("verslag", null).data("onderdelen", List.of()).data("melding", "inboxAlleenVp"))
                    .build();
        }
        try {
            Jaarverslag verslag = dienst.jaarverslag(aanmelding.bearer(), gekozen);
            return Response.ok(pagina.data("verslag", verslag).data("onderdelen", onderdelen(verslag))
                    .data("pool", "POOL".equals(verslag.scope())).data("melding", null)).build();
        } catch (Weigering | ProcessingException e) {
            boolean geen = e instanceof Weigering w && w.status() == 404;
            return Response.status(geen ? 404 : 503).entity(pagina.data("verslag", null).data("onderdelen", List.of())
                    .data("melding", geen ? "jaarverslagGeenBenoeming" : "inboxNietBeschikbaar")).build();
        }
    }

    /** The breakdowns of art 4.4, each value by its words in the message bundle. */
    static List<Onderdeel> onderdelen(Jaarverslag v) {
        List<Onderdeel> onderdelen = new ArrayList<>();
        onderdelen.add(onderdeel("jaarverslagHerkomst", "herkomst", v.origin()));
        onderdelen.add(onderdeel("jaarverslagSoorten", "soort", v.kinds()));
        onderdelen.add(onderdeel("jaarverslagCategorieen", "categorie", v.categories()));
        onderdelen.add(onderdeel("jaarverslagRelaties", "relatie", v.relations()));
        onderdelen.add(onderdeel("jaarverslagInterventies", "interventie", v.interventions()));
        onderdelen.add(onderdeel("jaarverslagStand", "stand", v.statusAtYearEnd()));
        onderdelen.add(onderdeel("jaarverslagUitkomsten", "uitkomst", v.outcomes()));
        return onderdelen;
    }

    private static Onderdeel onderdeel(String titel, String voorvoegsel, Verdeling verdeling) {
        List<Regel> regels = new ArrayList<>();
        if (verdeling != null && verdeling.counts() != null) {
            for (Map.Entry<String, String> e : verdeling.counts().entrySet()) {
                regels.add(new Regel(voorvoegsel + e.getKey(), e.getValue()));
            }
        }
        return new Onderdeel(titel, regels, verdeling == null ? "0" : verdeling.total());
    }

    private Response signalenPagina(boolean verstuurd, Fouten fouten) {
        try {
            return Response.ok(signalen(dienst.voorstellen(aanmelding.bearer()).stream()
                    .map(this::signaal).toList(), null, verstuurd, fouten)).build();
        } catch (Weigering | ProcessingException onbereikbaar) {
            boolean geen = onbereikbaar instanceof Weigering w && w.status() == 404;
            return geen ? Response.ok(signalen(List.of(), null, verstuurd, fouten)).build()
                    : Response.status(Response.Status.SERVICE_UNAVAILABLE)
                            .entity(signalen(List.of(), "inboxNietBeschikbaar", false, fouten)).build();
        }
    }

    private Signaal signaal(Voorstel v) {
        java.util.Optional<Organisatie> org = gids.organisatie(v.tenantId());
        String afdeling = org.flatMap(o -> o.afdelingen().stream().filter(a -> a.code().equals(v.departmentCode()))
                .findFirst()).map(Organisatie.Afdeling::name).orElse(v.departmentCode());
        return new Signaal(v, org.map(Organisatie::naam).orElse(v.tenantId()), afdeling);
    }

    private TemplateInstance signalen(List<Signaal> voorstellen, String melding, boolean verstuurd, Fouten fouten) {
        return paginas.toon(patroonsignalen, SIGNALEN, fouten).data("voorstellen", voorstellen)
                .data("melding", melding).data("verstuurd", verstuurd);
    }

    private TemplateInstance inbox(List<MeldingRegel> meldingen, String melding, Fouten fouten) {
        TemplateInstance pagina = paginas.toon(vertrouwenspersoonMeldingen, INBOX, fouten).data("melding", melding)
                .data("opgeslagen", false).data("afwezigTot", null).data("afwezig", null);
        groep(pagina, "nieuw", "aantalNieuw", meldingen.stream().filter(MeldingRegel::nieuw).toList());
        groep(pagina, "wachtOpMij", "aantalWachtOpMij",
                meldingen.stream().filter(MeldingRegel::wachtOpVertrouwenspersoon).toList());
        groep(pagina, "wachtOpMelder", "aantalWachtOpMelder",
                meldingen.stream().filter(MeldingRegel::wachtOpMelder).toList());
        groep(pagina, "gesloten", "aantalGesloten", meldingen.stream().filter(MeldingRegel::gesloten).toList());
        return pagina;
    }

    private static void groep(TemplateInstance pagina, String naam, String aantal, List<MeldingRegel> meldingen) {
        pagina.data(naam, meldingen).data(aantal, String.valueOf(meldingen.size()));
    }
}
