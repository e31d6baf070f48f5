package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.notificatie.NotificatieServiceClient;
import nl.tweedekamer.meldpunt.portaal.notificatie.NotificatieServiceClient.Bezorging;
import nl.tweedekamer.meldpunt.portaal.taal.PlatformMsg;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * The delivery log for technical operations (role {@code operator}): which emails went out, wait for a retry or
 * failed, to which role, how often tried; never an address, a name, content or a case. Platform administrators do
 * not see it (they have no business with the mail traffic).
 */
@Path("/techniek/bezorging")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class BezorgingPagina {

    static final String BEHEERDER_TECHNIEK = "operator";
    static final String PAD = "/techniek/bezorging";
    private static final List<String> STANDEN = List.of("QUEUED", "RETRYING", "SENT", "FAILED");
    private static final int AANTAL = 200;

    @Inject
    @RestClient
    NotificatieServiceClient notificatie;

    @Inject
    Aanmelding aanmelding;

    @Inject
    Paginas paginas;

    @Inject
    Taal taal;

    @Inject
    Template bezorging;

    @Inject
    Template nietTeTonen;

    /** One email of the log, its state and role in words. */
    public record Regel(Bezorging b, String stand, String rol, String adres) {
    }

    @GET
    public Response toon(@QueryParam("stand") String stand) {
        if (!aanmelding.heeftRol(BEHEERDER_TECHNIEK)) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(paginas.toon(nietTeTonen, PAD).data("weg", false)).build();
        }
        PlatformMsg msg = teksten();
        String gekozen = stand != null && STANDEN.contains(stand) ? stand : null;
        List<Bezorging> log;
        try {
            log = notificatie.bezorgingen(aanmelding.bearer(), gekozen, AANTAL);
        } catch (Weigering | ProcessingException e) {
            return NietTeTonen.pagina(paginas, nietTeTonen, PAD, e);
        }
        // the first 12 hex digits tell two addresses apart well enough on a page
        List<Regel> regels = log.stream().map(b -> new Regel(b, stand(b.state(), msg), rol(b.recipientRole()),
                b.addressHash() == null ? "" : b.addressHash().substring(0, Math.min(12, b.addressHash().length()))))
                .toList();
        List<RegelingPagina.Keus> standen = STANDEN.stream()
                .map(s -> new RegelingPagina.Keus(s, stand(s, msg), null, s.equals(gekozen))).toList();
        return Response.ok(paginas.toon(bezorging, PAD).data("regels", regels).data("standen", standen)
                .data("gekozen", gekozen).data("aantal", AANTAL)).build();
    }

    private static String stand(String state, PlatformMsg msg) {
        return switch (state == null ? "" : state) {
            case "QUEUED" -> msg.bezorgingWacht();
            case "RETRYING" -> msg.bezorgingOpnieuw();
            case "SENT" -> msg.bezorgingVerstuurd();
            default -> msg.bezorgingMislukt();
        };
    }

    /** The recipient's role as the log names it (KLAGER, SECRETARIS, …): a role, never a person. */
    private static String rol(String role) {
        return role == null ? "-" : role.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private PlatformMsg teksten() {
        return MessageBundles.get(PlatformMsg.class, Localized.Literal.of(taal.code()));
    }
}
