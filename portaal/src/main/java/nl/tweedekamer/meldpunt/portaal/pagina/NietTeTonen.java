package nl.tweedekamer.meldpunt.portaal.pagina;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Template;

import nl.tweedekamer.meldpunt.portaal.melding.Weigering;

/**
 * The page for what a service would not show: not there or not this person's (the two are not told apart: 404), or
 * the service is away (503).
 */
final class NietTeTonen {

    private NietTeTonen() {
    }

    static Response pagina(Paginas paginas, Template nietTeTonen, String pad, RuntimeException e) {
        boolean weg = e instanceof ProcessingException || (e instanceof Weigering w && w.status() >= 500);
        return Response.status(weg ? 503 : 404).entity(paginas.toon(nietTeTonen, pad).data("weg", weg)).build();
    }
}
