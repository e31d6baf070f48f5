package nl.tweedekamer.meldpunt.portaal.beveiliging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

import nl.tweedekamer.meldpunt.portaal.config.PortaalConfig;

/**
 * Production does not start without the secrets of sign-in: the client secret at the identity provider, and the keys
 * that encrypt the state cookie (the PKCE verifier) and the session cookie (the person's tokens). Without them
 * quarkus-oidc would start anyway and derive or generate keys of its own, which a second replica would not share and a
 * restart would forget; a portal that does not start is better than one whose sessions cannot be trusted.
 */
@Startup
@ApplicationScoped
public class AanmeldGeheimen {

    /** Cookie-encryption keys shorter than this are refused (quarkus-oidc needs 32 characters for AES-256). */
    static final int MINIMALE_LENGTE = 32;

    @Inject
    PortaalConfig config;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true")
    boolean aanmelden;

    @ConfigProperty(name = "quarkus.oidc.credentials.secret")
    Optional<String> clientGeheim;

    @ConfigProperty(name = "quarkus.oidc.authentication.state-secret")
    Optional<String> stateGeheim;

    @ConfigProperty(name = "quarkus.oidc.token-state-manager.encryption-secret")
    Optional<String> sessieGeheim;

    @PostConstruct
    void controleer() {
        if (!config.aanmeldgeheimenVerplicht() || !aanmelden) {
            return;
        }
        List<String> ontbreekt = new ArrayList<>();
        if (clientGeheim.filter(s -> !s.isBlank()).isEmpty()) {
            ontbreekt.add("OIDC_CLIENT_SECRET");
        }
        if (stateGeheim.filter(s -> s.strip().length() >= MINIMALE_LENGTE).isEmpty()) {
            ontbreekt.add("OIDC_STATE_SECRET (" + MINIMALE_LENGTE + "+ random characters)");
        }
        if (sessieGeheim.filter(s -> s.strip().length() >= MINIMALE_LENGTE).isEmpty()) {
            ontbreekt.add("OIDC_SESSION_SECRET (" + MINIMALE_LENGTE + "+ random characters)");
        }
        if (!ontbreekt.isEmpty()) {
            throw new IllegalStateException("portaal does not start in production without " + String.join(", ", ontbreekt)
                    + " (see the portal's README)");
        }
    }
}
