package nl.tweedekamer.meldpunt.platform.http;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

import nl.tweedekamer.meldpunt.platform.problem.Problem;

/**
 * JSON bodies over the limit (1 MB by default) are refused before they are read. File uploads have
 * their own endpoints and limits, outside this filter.
 */
@ApplicationScoped
public class JsonBodyLimit {

    @ConfigProperty(name = "meldpunt.http.max-json-body", defaultValue = "1M")
    MemorySize maxJsonBody;

    @RouteFilter(1000)
    void limit(RoutingContext rc) {
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (type != null && type.toLowerCase().contains("json") && length != null && tooLarge(length)) {
            Problem problem = new Problem("about:blank", "Payload too large", 413,
                    "A JSON request body may be at most " + maxJsonBody.asLongValue() / 1024 + " KiB.",
                    rc.request().path(), null);
            rc.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Json.encode(problem));
            return;
        }
        rc.next();
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxJsonBody.asLongValue();
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
