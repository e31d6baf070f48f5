package nl.tweedekamer.meldpunt.klacht.rest;

import java.util.regex.Pattern;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.tweedekamer.meldpunt.klacht.service.BijlageService;
import nl.tweedekamer.meldpunt.platform.problem.Problem;

/**
 * An attachment announced larger than the limit is refused before its body is read, with the same problem as
 * {@link BijlageService} gives one that turns out too large (a chunked body has no length to announce).
 */
@ApplicationScoped
public class BijlageUploadLimit {

    private static final Pattern UPLOAD = Pattern.compile("^/klachten/[^/]+/bijlagen/?$");

    @ConfigProperty(name = "meldpunt.klacht.bijlage.max-bytes", defaultValue = "10M")
    MemorySize maxBytes;

    @RouteFilter(999)
    void limit(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (rc.request().method() == HttpMethod.POST && length != null && UPLOAD.matcher(rc.request().path()).matches()
                && tooLarge(length)) {
            Problem problem = new Problem("about:blank", "Attachment too large", 413,
                    BijlageService.tooLarge(maxBytes.asLongValue(), null), rc.request().path(), null);
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
            return Long.parseLong(contentLength.trim()) > maxBytes.asLongValue();
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
