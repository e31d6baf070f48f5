package nl.tweedekamer.meldpunt.portaal.pagina;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftClient;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftDtos;
import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftStap;
import nl.tweedekamer.meldpunt.portaal.klacht.Fase;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtDtos;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.KlaagschriftMsg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * "Mijn klachten": the staff member's own complaints, as klacht-service lists them for them as a party (its
 * {@code GET /klachten}: reference, stage, filing date, no content), drafts first, each linking to its page (a draft
 * to its wizard, a filed complaint to {@code /klachten/{id}}); and "Nieuwe klacht", which starts a draft.
 */
@Path(MijnKlachtenPagina.PAD)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MijnKlachtenPagina {

    static final String PAD = "/mijn/klachten";

    @Inject
    Template mijnKlachten;

    @Inject
    Paginas paginas;

    @Inject
    Taal taal;

    @Inject
    Aanmelding aanmelding;

    @Inject
    @RestClient
    KlaagschriftClient klacht;

    /** A line of the list: reference, stage in words, filing date; nothing of the content. */
    @TemplateData
    public record Regel(UUID id, int nummer, String kenmerk, String fase, LocalDate ingediend) {
    }

    @GET
    public Response lijst(@QueryParam("gedaan") String gedaan) {
        return pagina(Fouten.geen(), "bewaard".equals(gedaan) ? "conceptBewaard" : null, 200);
    }

    /** A new draft klaagschrift, for the signed-in staff member as its complainant; on to its first step. */
    @POST
    @Path("nieuw")
    public Response nieuw() {
        if (!aanmelding.heeftRol(Aanmelding.WERKNEMER)) {
            return pagina(Fouten.geen(), null, 403);
        }
        KlaagschriftDtos.Concept concept;
        try {
            concept = klacht.nieuw(aanmelding.bearer(), KlaagschriftDtos.Inhoud.leeg());
        } catch (Weigering | ProcessingException e) {
            KlaagschriftMsg ks = MessageBundles.get(KlaagschriftMsg.class, Localized.Literal.of(taal.code()));
            boolean weg = e instanceof ProcessingException || e instanceof Weigering w && w.status() >= 500;
            return pagina(new Fouten().algemeen(weg ? ks.foutNietBereikbaar() : ks.foutNieuwMislukt()), null,
                    weg ? 503 : 422);
        }
        return Response.seeOther(URI.create(KlaagschriftPagina.pad(concept.id(), KlaagschriftStap.SOORT.pad()))).build();
    }

    private Response pagina(Fouten fouten, String gedaan, int status) {
        TemplateInstance pagina = paginas.toon(mijnKlachten, PAD, fouten).data("gedaan", gedaan);
        if (!aanmelding.heeftRol(Aanmelding.WERKNEMER)) {
            return Response.status(status == 200 ? 403 : status).entity(pagina.data("concepten", List.of())
                    .data("klachten", List.of()).data("melding", "alleenMedewerkers")).build();
        }
        List<KlachtDtos.KlachtRegel> alle;
        try {
            alle = klacht.mijnKlachten(aanmelding.bearer());
        } catch (Weigering | ProcessingException onbereikbaar) {
            return Response.status(status).entity(pagina.data("concepten", List.of()).data("klachten", List.of())
                    .data("melding", "lijstNietBeschikbaar")).build();
        }
        List<KlachtDtos.KlachtRegel> conceptRegels = alle.stream().filter(k -> "CONCEPT".equals(k.status())).toList();
        List<Regel> concepten = new java.util.ArrayList<>();
        for (int i = 0; i < conceptRegels.size(); i++) {
            KlachtDtos.KlachtRegel k = conceptRegels.get(i);
            concepten.add(new Regel(k.id(), i + 1, null, Fase.sleutel(k.status()), null));
        }
        List<Regel> klachten = alle.stream().filter(k -> !"CONCEPT".equals(k.status()))
                .map(k -> new Regel(k.id(), 0, k.reference(), Fase.sleutel(k.status()), k.filedOn())).toList();
        return Response.status(status).entity(pagina.data("concepten", concepten).data("klachten", klachten)
                .data("melding", null)).build();
    }
}
