package nl.tweedekamer.meldpunt.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * JSON bodies over the limit (1 MB by default) are refused with a 413 problem: an announced length before the
 * body is read, a body of unknown length (chunked) as soon as it grows past the limit — it is never handed to
 * the JSON parser. File uploads have their own endpoints and limits, outside this filter.
 */
@ApplicationScoped
public class JsonBodyLimit {

    static final String TITLE = "Payload too large";

    @ConfigProperty(name = "meldpunt.http.max-json-body", defaultValue = "1M")
    MemorySize maxJsonBody;

    @RouteFilter(1000)
    void limit(RoutingContext rc) {
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.toLowerCase().contains("json")) {
            rc.next();
            return;
        }
        if (AnnouncedLength.exceeds(rc, maxJsonBody.asLongValue())) {
            AnnouncedLength.refuse(rc, TITLE, detail());
            return;
        }
        if (rc.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null && rc.body().buffer() == null) {
            // unknown length: read it here, within the limit; a body over it fails the request with 413,
            // which FailureProblems answers as a problem
            BodyHandler.create(false).setBodyLimit(maxJsonBody.asLongValue()).handle(rc);
            return;
        }
        rc.next();
    }

    String detail() {
        return "A JSON request body may be at most " + maxJsonBody.asLongValue() / 1024 + " KiB.";
    }
}
