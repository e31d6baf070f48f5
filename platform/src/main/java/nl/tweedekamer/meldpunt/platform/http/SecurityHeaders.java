package nl.tweedekamer.meldpunt.platform.http;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Headers on every answer, whichever layer writes it: nothing is cached (answers carry personal data or a
 * receipt code), content is never sniffed into another type, and HTML (the printable reports) runs no script
 * and is never framed. The developer pages under /q (Swagger UI, off in production) keep their own scripts.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @RouteFilter(4000)
    void headers(RoutingContext rc) {
        boolean developerPage = rc.request().path() != null && rc.request().path().startsWith("/q/");
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            if (!developerPage) {
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                headers.set("X-Frame-Options", "DENY");
            }
        });
        rc.next();
    }
}
