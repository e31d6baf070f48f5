package nl.tweedekamer.meldpunt.portaal.beveiliging;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Headers on every answer. Pages are never cached (they may show a receipt code or a melding); the stylesheet and
 * the one script may be. Only the portal's own script file runs (no inline script: the pages work without it), it
 * talks only to this site, styles and forms stay on this site, and no other site may frame a page.
 */
@ApplicationScoped
public class Beveiligingskoppen {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self';"
            + " style-src 'self';"
            + " img-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * A printable act of a complaint, or the commission's annual report (art 14), passed on as klacht-service renders it: its own inline style, and nothing it
     * may load, run, send or be framed by.
     */
    public static final String AKTE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none';"
            + " frame-ancestors 'none'; base-uri 'none'";

    private static final java.util.regex.Pattern AKTE = java.util.regex.Pattern
            .compile("^/klachten/[0-9a-fA-F-]{36}/akten/[a-z]+$|^/commissie/jaarverslag/[0-9]{4}$");

    void installeer(@Observes Router router) {
        router.route().order(-1000).handler(this::koppen);
    }

    void koppen(RoutingContext rc) {
        String pad = rc.request().path();
        boolean stijl = pad != null && (pad.startsWith("/css/") || pad.startsWith("/js/"));
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set(HttpHeaders.CACHE_CONTROL, stijl ? "public, max-age=3600" : "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Content-Security-Policy",
                    pad != null && AKTE.matcher(pad).matches() ? AKTE_POLICY : CONTENT_SECURITY_POLICY);
            headers.set("X-Frame-Options", "DENY");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        });
        rc.next();
    }
}
