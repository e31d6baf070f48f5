package nl.tweedekamer.meldpunt.klacht.jaarverslag.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** JSON unless the caller asks for HTML before JSON (a browser does; an API client sending no Accept gets JSON). */
final class Printable {

    private Printable() {
    }

    static boolean wanted(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                return true;
            }
        }
        return false;
    }
}
