package nl.tweedekamer.meldpunt.portaal.pagina;

import io.vertx.core.http.HttpServerRequest;

/**
 * The address of the person's browser, to pass on to melding-service, which rate-limits anonymous calls per
 * caller (domain.md §10.15: it keys on a daily keyed hash and stores none). Behind the portal's own proxy,
 * Quarkus puts the forwarded address here when {@code HTTP_PROXY_FORWARDING} trusts it. Never logged.
 */
final class Beller {

    private Beller() {
    }

    static String adres(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null || request.remoteAddress().hostAddress() == null) {
            return null;
        }
        return request.remoteAddress().hostAddress();
    }
}
