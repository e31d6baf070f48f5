package nl.tweedekamer.meldpunt.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;

/**
 * The token a service shows another service's internal endpoints (the contact lookups): role {@code service},
 * subject the application's name, no tenant. Either provided ({@code meldpunt.service-token.value}, in production
 * {@code SERVICE_TOKEN} issued by the identity provider) and used as is, or signed here with the key at
 * {@code smallrye.jwt.sign.key.location} with the services' own key (kid {@code meldpunt.service-token.key-id}, a key
 * that signs no person's token; the local run's and the tests' services key pair, which the other services trust),
 * short-lived and renewed halfway through its lifetime. A service that never asks for one never needs a key.
 */
@ApplicationScoped
public class ServiceToken {

    @ConfigProperty(name = "meldpunt.service-token.value")
    Optional<String> provided;

    @ConfigProperty(name = "meldpunt.service-token.lifetime", defaultValue = "PT5M")
    Duration lifetime;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "meldpunt.service-token.audience")
    Set<String> audience;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /** The kid of the services' own key, which signs no person's token ({@link ServiceIdentity}). */
    @ConfigProperty(name = "meldpunt.service-token.key-id", defaultValue = "meldpunt-services")
    String keyId;

    private String token;
    private Instant renewAt = Instant.MIN;

    /** The token itself (a compact JWT). */
    public synchronized String get() {
        if (provided.isPresent() && !provided.get().isBlank()) {
            return provided.get().strip();
        }
        Instant now = Instant.now();
        if (token == null || !now.isBefore(renewAt)) {
            token = Jwt.issuer(issuer)
                    .audience(audience)
                    .subject(applicationName)
                    .upn(applicationName)
                    .groups(Set.of(Roles.SERVICE))
                    .issuedAt(now)
                    .expiresAt(now.plus(lifetime))
                    .jws().keyId(keyId)
                    .sign();
            renewAt = now.plus(lifetime.dividedBy(2));
        }
        return token;
    }

    /** The value of an {@code Authorization} header carrying it. */
    public String bearer() {
        return "Bearer " + get();
    }
}
