package nl.tweedekamer.meldpunt.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import nl.tweedekamer.meldpunt.platform.problem.Problem;

/**
 * Refusals made by the HTTP layer below the REST resources (a body over the server's limit, a header too
 * large) leave as application/problem+json too, like every refusal of the REST layer.
 */
@ApplicationScoped
public class FailureProblems {

    void install(@Observes Router router) {
        router.route().failureHandler(this::answer);
    }

    void answer(RoutingContext rc) {
        int status = rc.statusCode();
        if (rc.response().headWritten() || status < 400 || status >= 500) {
            rc.next();
            return;
        }
        Problem problem = new Problem("about:blank", title(status), status, detail(status), rc.request().path(), null);
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (status == 413) {
            // the rest of an over-long body is not waited for
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        rc.response().end(Json.encode(problem));
    }

    private static String title(int status) {
        return switch (status) {
            case 413 -> JsonBodyLimit.TITLE;
            case 431 -> "Request header fields too large";
            default -> "Request refused";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 413 -> "The request body is too large.";
            case 431 -> "The request headers are too large.";
            default -> "The request was refused.";
        };
    }
}
