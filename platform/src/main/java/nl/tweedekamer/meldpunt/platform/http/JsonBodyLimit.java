package nl.tweedekamer.meldpunt.platform.http;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

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
        if (type != null && type.toLowerCase().contains("json") && AnnouncedLength.exceeds(rc, maxJsonBody.asLongValue())) {
            AnnouncedLength.refuse(rc, "Payload too large",
                    "A JSON request body may be at most " + maxJsonBody.asLongValue() / 1024 + " KiB.");
            return;
        }
        rc.next();
    }
}
