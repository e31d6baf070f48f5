package nl.tweedekamer.meldpunt.notificatie.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;

import nl.tweedekamer.meldpunt.platform.security.Roles;

/**
 * The token this service shows the internal contact lookups: role {@code service}, subject the application's
 * name, no tenant. Either provided ({@code meldpunt.service-token.value}, e.g. {@code SERVICE_TOKEN} issued by
 * the identity provider in production) or signed here with the key at {@code smallrye.jwt.sign.key.location}
 * (the local run's and the tests' key, which the other services trust), short-lived and renewed before it expires.
 */
@ApplicationScoped
public class ServiceToken {

    @ConfigProperty(name = "meldpunt.service-token.value")
    Optional<String> provided;

    @ConfigProperty(name = "meldpunt.service-token.lifetime", defaultValue = "PT5M")
    Duration lifetime;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private String token;
    private Instant renewAt = Instant.MIN;

    public synchronized String get() {
        if (provided.isPresent() && !provided.get().isBlank()) {
            return provided.get().trim();
        }
        Instant now = Instant.now();
        if (token == null || !now.isBefore(renewAt)) {
            token = Jwt.issuer(issuer)
                    .subject(applicationName)
                    .upn(applicationName)
                    .groups(Set.of(Roles.SERVICE))
                    .issuedAt(now)
                    .expiresAt(now.plus(lifetime))
                    .sign();
            renewAt = now.plus(lifetime.dividedBy(2));
        }
        return token;
    }
}
