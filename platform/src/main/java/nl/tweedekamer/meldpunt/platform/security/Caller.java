package nl.tweedekamer.meldpunt.platform.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated caller, as the verified token describes them. */
@RequestScoped
public class Caller {

    public static final String TENANT_CLAIM = "tenant";

    @Inject
    JsonWebToken token;

    /** Pseudonymous subject id of the person (or service); a token without one is not accepted. */
    public String subject() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw new io.quarkus.security.AuthenticationFailedException("token without a usable subject");
        }
        return subject;
    }

    /** The caller's own tenant, or null when the token names none. */
    public String tenantId() {
        Object claim = token.getClaim(TENANT_CLAIM);
        return claim == null ? null : claim.toString();
    }

    public Set<String> roles() {
        return token.getGroups() == null ? Set.of() : token.getGroups();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public boolean servesSeveralTenants() {
        return roles().stream().anyMatch(Roles.SERVING_SEVERAL_TENANTS::contains);
    }
}
