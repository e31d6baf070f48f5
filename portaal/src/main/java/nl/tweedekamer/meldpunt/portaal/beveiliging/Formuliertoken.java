package nl.tweedekamer.meldpunt.portaal.beveiliging;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The CSRF token of this browser (double submit): a random value in an HttpOnly cookie, repeated in a hidden field
 * of every form ({@code {inject:csrf.token}}, field {@code {inject:csrf.parameterName}}). A POST whose field does not
 * match its cookie is refused ({@link FormulierFilter}); another site can make the browser send the cookie, but
 * cannot read it to fill the field.
 */
@Named("csrf")
@RequestScoped
public class Formuliertoken {

    public static final String NAAM = "csrf-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private String token;
    private boolean nieuw;

    public String getToken() {
        return token;
    }

    public String getParameterName() {
        return NAAM;
    }

    boolean nieuw() {
        return nieuw;
    }

    /** The browser's token when it sent a well-formed one, else a new one (sent back in a cookie). */
    void begin(String uitCookie) {
        if (uitCookie != null && uitCookie.matches("[A-Za-z0-9_-]{43}")) {
            token = uitCookie;
        } else {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            nieuw = true;
        }
    }
}
