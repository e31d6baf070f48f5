package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.UUID;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.tweedekamer.meldpunt.portaal.melding.Weigering;

/** Passing an attachment from melding-service on to the browser, as a download that never renders in the page. */
final class Bijlagen {

    private Bijlagen() {
    }

    /** The attachment id a form sent, or null when it is none. */
    static UUID id(String tekst) {
        try {
            return tekst == null ? null : UUID.fromString(tekst.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The file as melding-service sent it: its kind and its name (Content-Disposition), always as a download
     * ({@code attachment}; the portal's headers forbid sniffing and every script), never shown as a page.
     */
    static Response doorgeven(Response dienst) {
        try (dienst) {
            byte[] inhoud = dienst.readEntity(byte[].class);
            String soort = dienst.getMediaType() == null ? MediaType.APPLICATION_OCTET_STREAM
                    : dienst.getMediaType().toString();
            String dispositie = dienst.getHeaderString("Content-Disposition");
            if (dispositie == null || !dispositie.startsWith("attachment")) {
                dispositie = "attachment";
            }
            return Response.ok(inhoud, soort).header("Content-Disposition", dispositie)
                    .header(HttpHeaders.CONTENT_LENGTH, inhoud.length).build();
        }
    }

    /** The status a failed download answers with: 503 when the service is away, else what it said. */
    static int status(RuntimeException e) {
        if (e instanceof Weigering w) {
            return w.status() >= 500 ? 503 : w.status();
        }
        return 503;
    }
}
