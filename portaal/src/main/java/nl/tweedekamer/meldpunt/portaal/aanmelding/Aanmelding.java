package nl.tweedekamer.meldpunt.portaal.aanmelding;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is signed in on this request, as the identity provider's tokens say: the roles ({@code groups}) and the own
 * organisation ({@code tenant}) of the access token, and that token itself, which the portal passes on to the services
 * (the portal holds no rights of its own). Nothing of it is logged.
 */
@RequestScoped
public class Aanmelding {

    public static final String TENANT_CLAIM = "tenant";
    /** The roles ({@code groups}) the portal offers pages for. */
    public static final String WERKNEMER = "employee";
    public static final String VERTROUWENSPERSOON = "vertrouwenspersoon";

    @Inject
    SecurityIdentity identity;

    public boolean ingelogd() {
        return identity != null && !identity.isAnonymous();
    }

    public Set<String> rollen() {
        return ingelogd() ? identity.getRoles() : Set.of();
    }

    public boolean heeftRol(String rol) {
        return rollen().contains(rol);
    }

    /** The person's own organisation, when the token names one. */
    public Optional<String> tenant() {
        if (!ingelogd() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(TENANT_CLAIM);
        return Optional.ofNullable(claim).map(String::valueOf).filter(t -> !t.isBlank());
    }

    /** The person's pseudonymous id at the identity provider ({@code sub}), as the services know them. */
    public Optional<String> subject() {
        if (!ingelogd() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(token.getSubject());
    }

    /** The name the person signs in with, for the header; never logged. */
    public String naam() {
        if (!ingelogd()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null) {
            return String.valueOf((Object) token.getClaim("name"));
        }
        return identity.getPrincipal().getName();
    }

    /** {@code Bearer <access token>} for the services' APIs. */
    public String bearer() {
        AccessTokenCredential credential = ingelogd() ? identity.getCredential(AccessTokenCredential.class) : null;
        if (credential == null) {
            throw new IllegalStateException("no access token: the page must require sign-in");
        }
        return "Bearer " + credential.getToken();
    }
}
