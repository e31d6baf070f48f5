package nl.tweedekamer.meldpunt.portaal.beveiliging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import nl.tweedekamer.meldpunt.portaal.config.PortaalConfig;
import nl.tweedekamer.meldpunt.portaal.pagina.Fouten;
import nl.tweedekamer.meldpunt.portaal.pagina.Kader;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/**
 * Every POST must carry the form field {@value Formuliertoken#NAAM} equal to the browser's cookie of that name;
 * otherwise the page says the form has expired (403) and nothing is sent on. GETs get the cookie when they lack it.
 */
public class FormulierFilter {

    @Inject
    Formuliertoken token;

    @Inject
    Taal taal;

    @Inject
    Template verlopen;

    /** Looked up when used: filters are created before the runtime configuration is there. */
    @Inject
    Instance<PortaalConfig> config;

    @ServerRequestFilter(priority = 100)
    @WithFormRead
    public Response controleer(ResteasyReactiveContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(Formuliertoken.NAAM);
        token.begin(cookie == null ? null : cookie.getValue());
        if (!onveilig(request.getMethod())) {
            return null;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object veld = formulier(request) ? context.getFormParameter(Formuliertoken.NAAM, true, false) : null;
        if (cookie == null || token.nieuw() || !(veld instanceof String waarde) || !gelijk(waarde, token.getToken())) {
            TemplateInstance pagina = verlopen.data("kader", new Kader(taal.code(), null,
                    new Fouten().algemeen(taal.teksten().foutFormulierVerlopen()), false));
            pagina.setLocale(taal.locale());
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(pagina.render()).build();
        }
        return null;
    }

    @ServerResponseFilter
    public void zetCookie(ContainerRequestContext request, ContainerResponseContext response) {
        if (token.getToken() != null && token.nieuw()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(Formuliertoken.NAAM)
                    .value(token.getToken()).path("/").httpOnly(true).secure(config.get().cookiesSecure())
                    .sameSite(NewCookie.SameSite.STRICT).build());
        }
    }

    private static boolean onveilig(String method) {
        return !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method));
    }

    private static boolean formulier(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static boolean gelijk(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
