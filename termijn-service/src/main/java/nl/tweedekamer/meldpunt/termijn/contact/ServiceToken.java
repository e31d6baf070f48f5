package nl.tweedekamer.meldpunt.termijn.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;

import nl.tweedekamer.meldpunt.platform.security.Roles;

/**
 * The token termijn-service shows the internal contact lookups: role {@code service}. In production the
 * identity provider issues it and it arrives as {@code SERVICE_TOKEN}; otherwise (the local run, tests) this
 * service signs a short-lived one itself with the key in {@code smallrye.jwt.sign.key(.location)}, which the
 * other services trust because it is the key pair their verification key belongs to.
 */
@ApplicationScoped
public class ServiceToken {

    private static final Duration VALIDITY = Duration.ofMinutes(10);

    @ConfigProperty(name = "meldpunt.service-token")
    Optional<String> provided;

    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "https://meldpunt.tweedekamer.nl")
    String issuer;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private String cached;
    private Instant cachedUntil = Instant.MIN;

    public synchronized String bearer() {
        if (provided.isPresent() && !provided.get().isBlank()) {
            return "Bearer " + provided.get().strip();
        }
        Instant now = Instant.now();
        if (cached == null || now.isAfter(cachedUntil)) {
            cached = Jwt.issuer(issuer).subject(application).upn(application).groups(Set.of(Roles.SERVICE))
                    .issuedAt(now).expiresAt(now.plus(VALIDITY)).sign();
            cachedUntil = now.plus(VALIDITY).minus(Duration.ofMinutes(2));
        }
        return "Bearer " + cached;
    }
}
