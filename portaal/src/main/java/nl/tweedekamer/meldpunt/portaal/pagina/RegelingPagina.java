package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

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
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.NieuweVerklaring;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Regeling;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient.Verklaring;
import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.BeheerMsg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The organisation declares the Klachtenregeling applicable, as the model letter does (domain.md §1): option 1
 * (added to the personeelshandboek) or option 2 (the employment contracts), from which day, who signed, and which
 * vertrouwenspersonen its staff turn to. Then each person on the staff list is asked to confirm. Earlier declarations
 * are listed with their standing; klacht-service keeps the history and decides what may follow what.
 */
@Path("/organisaties/{tenantId}/regeling")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class RegelingPagina {

    private static final DateTimeFormatter DAG_EERST = DateTimeFormatter.ofPattern("d-M-uuuu");

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
    Template regeling;

    @Inject
    Template nietTeTonen;

    /** The form as typed. */
    public record Invoer(String versie, String optie, String vanaf, String ondertekendDoor, String ondertekendOp,
            String vpKeuze) {
    }

    /** One radio button with its label (and, for the two options, the model letter's sentence). */
    public record Keus(String waarde, String label, String uitleg, boolean gekozen) {
    }

    @GET
    public Response toon(@PathParam("tenantId") String tenantId, @QueryParam("gedaan") boolean gedaan) {
        if (!aanmelding.heeftRol(PersoneelPagina.FRACTIEBEHEERDER)) {
            return Response.status(403).entity(paginas.toon(nietTeTonen, pad(tenantId)).data("weg", false)).build();
        }
        return pagina(tenantId, new Invoer(null, "PERSONEELSHANDBOEK", null, null, null, "POOL"), Fouten.geen(), gedaan,
                200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verklaar(@PathParam("tenantId") String tenantId, @RestForm String versie, @RestForm String optie,
            @RestForm String vanaf, @RestForm String ondertekendDoor, @RestForm String ondertekendOp,
            @RestForm String vpKeuze) {
        if (!aanmelding.heeftRol(PersoneelPagina.FRACTIEBEHEERDER)) {
            return Response.status(403).entity(paginas.toon(nietTeTonen, pad(tenantId)).data("weg", false)).build();
        }
        BeheerMsg msg = teksten();
        Invoer invoer = new Invoer(versie, optie, vanaf, ondertekendDoor, ondertekendOp, vpKeuze);
        Fouten fouten = new Fouten();
        if (Velden.leeg(versie)) {
            fouten.veld("versie", msg.foutKiesEen());
        }
        if (!List.of("PERSONEELSHANDBOEK", "ARBEIDSOVEREENKOMST").contains(optie)) {
            fouten.veld("optie", msg.foutKiesEen());
        }
        String vanafIso = datum(vanaf);
        if (vanafIso == null) {
            fouten.veld("vanaf", msg.foutVanaf());
        }
        if (Velden.leeg(ondertekendDoor)) {
            fouten.veld("ondertekendDoor", msg.foutOndertekendDoor());
        }
        String ondertekendOpIso = datum(ondertekendOp);
        if (ondertekendOpIso == null) {
            fouten.veld("ondertekendOp", msg.foutOndertekendOp());
        }
        if (!List.of("POOL", "EIGEN", "BEIDE").contains(vpKeuze)) {
            fouten.veld("vpKeuze", msg.foutKiesEen());
        }
        if (fouten.aanwezig()) {
            return pagina(tenantId, invoer, fouten, false, 400);
        }
        try {
            klacht.verklaar(aanmelding.bearer(), tenantId, new NieuweVerklaring(versie, optie, vanafIso,
                    ondertekendDoor.strip(), ondertekendOpIso, vpKeuze));
        } catch (Weigering weigering) {
            if (weigering.status() == 400 || weigering.status() == 409 || weigering.status() == 422) {
                return pagina(tenantId, invoer, geweigerd(weigering, msg), false, weigering.status());
            }
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(tenantId), weigering);
        } catch (ProcessingException onbereikbaar) {
            return pagina(tenantId, invoer, fouten.algemeen(msg.dienstWeg()), false, 503);
        }
        return Response.seeOther(URI.create(pad(tenantId) + "?gedaan=true")).build();
    }

    /** klacht-service's refusal at the field it names; an order that cannot be (409) said in general. */
    private static Fouten geweigerd(Weigering weigering, BeheerMsg msg) {
        Fouten fouten = new Fouten();
        for (Probleem.VeldFout f : weigering.probleem().map(Probleem::veldFouten).orElse(List.of())) {
            switch (f.field()) {
                case "effectiveFrom" -> fouten.veld("vanaf", msg.foutVanaf());
                case "signedBy" -> fouten.veld("ondertekendDoor", msg.foutOndertekendDoor());
                case "signedOn" -> fouten.veld("ondertekendOp", msg.foutOndertekendOp());
                default -> fouten.algemeen(msg.foutVerklaringGeweigerd());
            }
        }
        if (!fouten.aanwezig()) {
            fouten.algemeen(weigering.status() == 409 ? msg.foutVerklaringVolgorde() : msg.foutVerklaringGeweigerd());
        }
        return fouten;
    }

    private Response pagina(String tenantId, Invoer invoer, Fouten fouten, boolean gedaan, int status) {
        List<Regeling> versies;
        List<Verklaring> eerder;
        try {
            versies = klacht.regelingen(aanmelding.bearer());
            eerder = klacht.verklaringen(aanmelding.bearer(), tenantId);
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, pad(tenantId), e);
        }
        BeheerMsg msg = teksten();
        String versie = invoer.versie() != null ? invoer.versie()
                : versies.isEmpty() ? null : versies.get(versies.size() - 1).id();
        List<Keus> versieKeuzes = versies.stream()
                .map(r -> new Keus(r.id(), r.title(), null, r.id().equals(versie))).toList();
        List<Keus> opties = List.of(
                new Keus("PERSONEELSHANDBOEK", msg.optieHandboek(), msg.optieHandboekBrief(),
                        "PERSONEELSHANDBOEK".equals(invoer.optie())),
                new Keus("ARBEIDSOVEREENKOMST", msg.optieContract(), msg.optieContractBrief(),
                        "ARBEIDSOVEREENKOMST".equals(invoer.optie())));
        List<Keus> vpKeuzes = List.of(new Keus("POOL", msg.vpPool(), null, "POOL".equals(invoer.vpKeuze())),
                new Keus("EIGEN", msg.vpEigen(), null, "EIGEN".equals(invoer.vpKeuze())),
                new Keus("BEIDE", msg.vpBeide(), null, "BEIDE".equals(invoer.vpKeuze())));
        List<String> eerdereRegels = eerder.stream().map(v -> msg.regelingRegel(
                v.effectiveFrom() == null ? "" : v.effectiveFrom().format(DAG_EERST),
                "ARBEIDSOVEREENKOMST".equals(v.option()) ? msg.optieContract() : msg.optieHandboek(),
                switch (v.standing() == null ? "" : v.standing()) {
                    case "IN_FORCE" -> msg.standVanKracht();
                    case "SCHEDULED" -> msg.standToekomst();
                    case "SUPERSEDED" -> msg.standVervangen();
                    default -> msg.standIngetrokken();
                })).toList();
        return Response.status(status).entity(paginas.toon(regeling, pad(tenantId), fouten).data("tenantId", tenantId)
                .data("invoer", invoer).data("versies", versieKeuzes).data("opties", opties)
                .data("vpKeuzes", vpKeuzes).data("eerder", eerdereRegels).data("gedaan", gedaan)).build();
    }

    /** 31-01-2025 (or 2025-01-31) as klacht-service reads a date; null when it is no date. */
    static String datum(String waarde) {
        if (Velden.leeg(waarde)) {
            return null;
        }
        try {
            return LocalDate.parse(waarde.strip(), DAG_EERST).toString();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(waarde.strip()).toString();
            } catch (DateTimeParseException f) {
                return null;
            }
        }
    }

    private BeheerMsg teksten() {
        return MessageBundles.get(BeheerMsg.class, Localized.Literal.of(taal.code()));
    }

    static String pad(String tenantId) {
        return "/organisaties/" + tenantId + "/regeling";
    }
}
