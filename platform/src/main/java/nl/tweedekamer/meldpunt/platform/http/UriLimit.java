package nl.tweedekamer.meldpunt.platform.http;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

import jakarta.enterprise.context.ApplicationScoped;

import nl.tweedekamer.meldpunt.platform.problem.Problem;

/**
 * An address longer than any the API uses is refused with a 414 problem. The HTTP server's own limit on the
 * request line ({@code quarkus.http.limits.max-initial-line-length}) is set well above this one, so that the
 * server's plain-text 414 is only reached by requests far beyond any client's mistake.
 */
@ApplicationScoped
public class UriLimit {

    static final int MAX_URI_LENGTH = 2048;

    @RouteFilter(3000)
    void limit(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri != null && uri.length() > MAX_URI_LENGTH) {
            Problem problem = new Problem("about:blank", "URI too long", 414,
                    "The address may be at most " + MAX_URI_LENGTH + " characters long.", null, null);
            rc.response().setStatusCode(414)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Json.encode(problem));
            return;
        }
        rc.next();
    }
}
