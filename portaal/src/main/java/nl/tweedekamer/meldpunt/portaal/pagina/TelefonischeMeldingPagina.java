package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.AnoniemeMelding;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Ontvangst;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingServiceClient;
import nl.tweedekamer.meldpunt.portaal.melding.Organisatie;
import nl.tweedekamer.meldpunt.portaal.melding.OrganisatieGids;
import nl.tweedekamer.meldpunt.portaal.pagina.MeldingVragen.Invoer;
import nl.tweedekamer.meldpunt.portaal.taal.Msg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * A melding the vertrouwenspersoon took by phone or in person: the VP writes it down for an organisation they serve,
 * and it is addressed to them. It is anonymous on the platform; the receipt code, shown once, is for the melder, who
 * can then read the replies with it.
 */
@Path(TelefonischeMeldingPagina.PAD)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TelefonischeMeldingPagina {

    static final String PAD = "/vertrouwenspersoon/meldingen/telefonisch";

    @Inject
    Template telefonischeMelding;

    @Inject
    Template telefonischOntvangen;

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

    /** An organisation the VP serves, to pick. */
    @TemplateData
    public record Keus(String id, String naam, boolean gekozen) {
    }

    @GET
    public Response formulier() {
        if (!aanmelding.heeftRol(Aanmelding.VERTROUWENSPERSOON)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        return Response.ok(formulier(null, Invoer.leeg(), Fouten.geen())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leg(@RestForm String organisatie, @RestForm String soort, @RestForm String categorie,
            @RestForm String relatie, @RestForm String afdeling, @RestForm String beschrijving) {
        if (!aanmelding.heeftRol(Aanmelding.VERTROUWENSPERSOON)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        Msg msg = taal.teksten();
        String org = MeldingVragen.schoon(organisatie);
        List<Organisatie> bediend = bediend();
        boolean kiesbaar = org != null && bediend.stream().anyMatch(o -> o.id().equals(org));
        Invoer invoer = Invoer.van(kiesbaar ? org + "/" + ik() : null, soort, categorie, relatie, afdeling,
                beschrijving);
        Fouten fouten = MeldingVragen.controleer(invoer, bediend, msg);
        if (fouten.aanwezig()) {
            // the VP picks an organisation here, not a vertrouwenspersoon: that error belongs at the organisation
            return Response.ok(formulier(org, invoer,
                    fouten.verplaats("vertrouwenspersoon", "organisatie", taal.vpTeksten().foutOrganisatieKiezen())))
                    .build();
        }
        try {
            Ontvangst ontvangst = dienst.legTelefonischVast(aanmelding.bearer(), new AnoniemeMelding(org,
                    invoer.vertrouwenspersoonId(), invoer.soort(), invoer.categorieVoorDienst(),
                    invoer.relatieVoorDienst(), invoer.afdelingVoorDienst(), invoer.beschrijving()));
            return Response.ok(paginas.toon(telefonischOntvangen, null).data("code", ontvangst.receiptCode())
                    .data("kenmerk", ontvangst.reference()).data("pagina", PortalRoutes.melding(ontvangst.meldingId())))
                    .build();
        } catch (RuntimeException e) {
            return Response.ok(formulier(org, invoer,
                    Foutmeldingen.vertaal(e, Foutmeldingen.anoniemeMelding(msg), null, msg))).build();
        }
    }

    /** The organisations whose melders this VP serves today, as melding-service lists them. */
    private List<Organisatie> bediend() {
        UUID ik = ik();
        return gids.organisaties().stream()
                .filter(o -> ik != null && o.vertrouwenspersonen().stream().anyMatch(v -> v.personId().equals(ik)))
                .toList();
    }

    private UUID ik() {
        try {
            return aanmelding.subject().map(UUID::fromString).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private TemplateInstance formulier(String organisatie, Invoer invoer, Fouten fouten) {
        List<Organisatie> bediend = bediend();
        return MeldingVragen.vul(paginas.toon(telefonischeMelding, PAD, fouten), invoer, bediend)
                .data("organisaties", bediend.stream()
                        .map(o -> new Keus(o.id(), o.naam(), o.id().equals(organisatie))).toList());
    }
}
