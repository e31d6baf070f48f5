package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

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
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.PlatformMsg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;
import nl.tweedekamer.meldpunt.portaal.termijn.TermijnServiceClient;
import nl.tweedekamer.meldpunt.portaal.termijn.TermijnServiceClient.Besluit;
import nl.tweedekamer.meldpunt.portaal.termijn.TermijnServiceClient.Besluitdag;
import nl.tweedekamer.meldpunt.portaal.termijn.TermijnServiceClient.NieuwBesluit;

/**
 * The royal decrees that equate days with a public holiday under the Algemene termijnenwet (art 3 lid 3), entered by
 * the platform administrator so that every term of the regulation moves past them. termijn-service keeps the
 * calendar, refuses a year covered twice and recomputes the running terms a new decree touches. The page says which
 * of the coming years no decree covers yet.
 */
@Path("/beheer/atw")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AtwPagina {

    static final String PAD = "/beheer/atw";
    /** How many years ahead the page looks for a year without a decree. */
    private static final int VOORUIT = 2;
    /** A day line: "27-12-2027 Dag na Tweede Kerstdag" (or 2027-12-27). */
    private static final Pattern DAGREGEL = Pattern.compile("^\\s*(\\S+)\\s+(.+?)\\s*$");
    private static final DateTimeFormatter DAG_MAAND_JAAR = DateTimeFormatter.ofPattern("d-M-uuuu");

    @Inject
    @RestClient
    TermijnServiceClient termijn;

    @Inject
    Aanmelding aanmelding;

    @Inject
    Paginas paginas;

    @Inject
    Taal taal;

    @Inject
    Clock clock;

    @Inject
    Template atw;

    @Inject
    Template nietTeTonen;

    /** The form as typed. */
    public record Invoer(String titel, String vanJaar, String totJaar, String gepubliceerd, String dagen) {
        static Invoer leeg() {
            return new Invoer(null, null, null, null, null);
        }
    }

    @GET
    public Response toon(@QueryParam("gedaan") boolean gedaan) {
        if (!aanmelding.heeftRol(OrganisatiesPagina.PLATFORMBEHEERDER)) {
            return alleenBeheerder();
        }
        return pagina(Invoer.leeg(), Fouten.geen(), gedaan ? teksten().atwIngevoerd() : null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voerIn(@RestForm String titel, @RestForm String vanJaar, @RestForm String totJaar,
            @RestForm String gepubliceerd, @RestForm String dagen) {
        if (!aanmelding.heeftRol(OrganisatiesPagina.PLATFORMBEHEERDER)) {
            return alleenBeheerder();
        }
        PlatformMsg msg = teksten();
        Invoer invoer = new Invoer(titel, vanJaar, totJaar, gepubliceerd, dagen);
        Fouten fouten = new Fouten();
        if (titel == null || titel.isBlank()) {
            fouten.veld("titel", msg.foutAtwTitel());
        }
        Integer van = jaar(vanJaar);
        Integer tot = jaar(totJaar);
        if (van == null) {
            fouten.veld("vanJaar", msg.foutAtwJaar());
        }
        if (tot == null || (van != null && tot < van)) {
            fouten.veld("totJaar", msg.foutAtwTotJaar());
        }
        List<Besluitdag> gelezen = new ArrayList<>();
        String regelFout = leesDagen(dagen, gelezen, msg);
        if (regelFout != null) {
            fouten.veld("dagen", regelFout);
        } else if (van != null && tot != null
                && gelezen.stream().anyMatch(d -> d.date().getYear() < van || d.date().getYear() > tot)) {
            fouten.veld("dagen", msg.foutAtwDagBuitenJaren());
        }
        if (fouten.aanwezig()) {
            return pagina(invoer, fouten, null, 400);
        }
        try {
            termijn.voerBesluitIn(aanmelding.bearer(), new NieuwBesluit(titel.strip(), van, tot,
                    gepubliceerd == null || gepubliceerd.isBlank() ? null : gepubliceerd.strip(), gelezen));
        } catch (Weigering weigering) {
            if (weigering.status() == 409) {
                return pagina(invoer, fouten.veld("vanJaar", msg.foutAtwJaarGedekt()), null, 409);
            }
            if (weigering.status() == 400 || weigering.status() == 422) {
                return pagina(invoer, fouten.algemeen(msg.foutAtwGeweigerd()), null, 422);
            }
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, weigering);
        } catch (ProcessingException onbereikbaar) {
            return pagina(invoer, fouten.algemeen(msg.atwDienstWeg()), null, 503);
        }
        return Response.seeOther(URI.create(PAD + "?gedaan=true")).build();
    }

    private Response pagina(Invoer invoer, Fouten fouten, String melding, int status) {
        List<Besluit> besluiten;
        try {
            besluiten = termijn.besluiten(aanmelding.bearer());
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, e);
        }
        int ditJaar = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).getYear();
        List<Integer> zonder = IntStream.rangeClosed(ditJaar, ditJaar + VOORUIT).boxed()
                .filter(j -> besluiten.stream().noneMatch(b -> b.coversFromYear() <= j && j <= b.coversToYear()))
                .toList();
        return Response.status(status).entity(paginas.toon(atw, PAD, fouten).data("besluiten", besluiten)
                .data("zonderBesluit", zonder.isEmpty() ? null
                        : String.join(", ", zonder.stream().map(String::valueOf).toList())).data("invoer", invoer)
                .data("melding", melding)).build();
    }

    /** Reads one day per line into {@code dagen}; the fault of the first line that cannot be read, else null. */
    static String leesDagen(String tekst, List<Besluitdag> dagen, PlatformMsg msg) {
        if (tekst == null || tekst.isBlank()) {
            return msg.foutAtwGeenDagen();
        }
        String[] regels = tekst.split("\\R");
        for (int i = 0; i < regels.length; i++) {
            if (regels[i].isBlank()) {
                continue;
            }
            Matcher m = DAGREGEL.matcher(regels[i]);
            LocalDate datum = m.matches() ? datum(m.group(1)) : null;
            if (datum == null) {
                return msg.foutAtwRegel(String.valueOf(i + 1));
            }
            dagen.add(new Besluitdag(datum, m.group(2)));
        }
        return dagen.isEmpty() ? msg.foutAtwGeenDagen() : null;
    }

    private static LocalDate datum(String tekst) {
        try {
            return tekst.contains("-") && tekst.indexOf('-') == 4 ? LocalDate.parse(tekst)
                    : LocalDate.parse(tekst, DAG_MAAND_JAAR);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer jaar(String tekst) {
        try {
            int jaar = Integer.parseInt(tekst == null ? "" : tekst.strip());
            // termijn-service keeps the Atw calendar from 2014 on
            return jaar >= 2014 && jaar <= 9999 ? jaar : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Response alleenBeheerder() {
        return Response.status(Response.Status.FORBIDDEN).entity(paginas.toon(nietTeTonen, PAD).data("weg", false))
                .build();
    }

    private PlatformMsg teksten() {
        return MessageBundles.get(PlatformMsg.class, Localized.Literal.of(taal.code()));
    }
}
