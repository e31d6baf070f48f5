package nl.tweedekamer.meldpunt.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

import nl.tweedekamer.meldpunt.platform.problem.Problem;

/** A body whose announced length is over a limit, refused with a 413 problem before the body is read. */
public final class AnnouncedLength {

    private AnnouncedLength() {
    }

    /** Over the limit, or a length that is no number (which cannot be trusted either). */
    public static boolean exceeds(RoutingContext rc, long max) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Answers 413 and closes the connection, so the unread body is not waited for. */
    public static void refuse(RoutingContext rc, String title, String detail) {
        Problem problem = new Problem("about:blank", title, 413, detail, rc.request().path(), null);
        rc.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(problem));
    }
}
