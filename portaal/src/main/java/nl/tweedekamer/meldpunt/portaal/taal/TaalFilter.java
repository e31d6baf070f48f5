package nl.tweedekamer.meldpunt.portaal.taal;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Picks the language: {@code ?lang=en} or {@code ?lang=nl} (remembered in the cookie {@value #COOKIE}), else the
 * cookie, else the first of Dutch and English in Accept-Language, else Dutch.
 */
public class TaalFilter {

    static final String COOKIE = "taal";
    static final String PARAMETER = "lang";

    @Inject
    Taal taal;

    @ServerRequestFilter
    public void kies(ContainerRequestContext request) {
        String gevraagd = request.getUriInfo().getQueryParameters().getFirst(PARAMETER);
        if (gevraagd != null && Taal.TALEN.contains(gevraagd)) {
            taal.kies(gevraagd);
            request.setProperty(COOKIE, gevraagd);
            return;
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie != null && Taal.TALEN.contains(cookie.getValue())) {
            taal.kies(cookie.getValue());
            return;
        }
        taal.kies(uitBrowser(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @ServerResponseFilter
    public void onthoud(ContainerRequestContext request, ContainerResponseContext response) {
        Object gekozen = request.getProperty(COOKIE);
        if (gekozen instanceof String code) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(COOKIE).value(code).path("/")
                    .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
    }

    /** The first of nl and en in the browser's preference order; Dutch when it names neither. */
    static String uitBrowser(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Taal.NL;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (Taal.TALEN.contains(language)) {
                    return language;
                }
            }
        } catch (IllegalArgumentException unreadable) {
            return Taal.NL;
        }
        return Taal.NL;
    }
}
