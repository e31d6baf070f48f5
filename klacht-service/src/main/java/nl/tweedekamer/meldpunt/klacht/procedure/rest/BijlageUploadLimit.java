package nl.tweedekamer.meldpunt.klacht.procedure.rest;

import java.util.regex.Pattern;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.tweedekamer.meldpunt.klacht.procedure.service.BijlageService;
import nl.tweedekamer.meldpunt.platform.http.AnnouncedLength;

/**
 * An attachment announced larger than the limit is refused before its body is read, with the same problem as
 * {@link BijlageService} gives one that turns out too large (a chunked body has no length to announce).
 */
@ApplicationScoped
public class BijlageUploadLimit {

    private static final Pattern UPLOAD = Pattern.compile("^/klachten/[^/]+/bijlagen(/[^/]+/geschoonde-kopie)?/?$");

    @ConfigProperty(name = "meldpunt.klacht.bijlage.max-bytes", defaultValue = "10M")
    MemorySize maxBytes;

    @RouteFilter(999)
    void limit(RoutingContext rc) {
        if (rc.request().method() == HttpMethod.POST && UPLOAD.matcher(rc.request().path()).matches()
                && AnnouncedLength.exceeds(rc, maxBytes.asLongValue())) {
            AnnouncedLength.refuse(rc, "Attachment too large", BijlageService.tooLarge(maxBytes.asLongValue(), null));
            return;
        }
        rc.next();
    }
}
