package nl.tweedekamer.meldpunt.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.jwt.build.Jwt;

/**
 * The token a service shows another service's internal endpoints (the contact lookups): role {@code service},
 * subject the application's name, no tenant. In production ({@code meldpunt.service-token.client-credentials}) it
 * comes from the identity provider by the client credentials grant ({@code quarkus.oidc-client.*}): no service then
 * holds a key that signs tokens, and the provider can revoke the client. In the local run and the tests it is signed
 * here with the services' own key ({@code smallrye.jwt.sign.key.location}, kid {@code meldpunt.service-token.key-id},
 * a key pair that signs no person's token and that the other services trust there). Either way it is short-lived and
 * renewed before it expires. A service that never asks for one needs neither a client nor a key.
 */
@ApplicationScoped
public class ServiceToken {

    @ConfigProperty(name = "meldpunt.service-token.client-credentials", defaultValue = "false")
    boolean clientCredentials;

    @ConfigProperty(name = "meldpunt.service-token.lifetime", defaultValue = "PT5M")
    Duration lifetime;

    /** How long before its expiry a token from the identity provider is replaced (it may be checked a bit later). */
    @ConfigProperty(name = "meldpunt.service-token.renew-before", defaultValue = "PT30S")
    Duration renewBefore;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "meldpunt.service-token.audience")
    Set<String> audience;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /** The kid of the services' own key, which signs no person's token ({@link ServiceIdentity}). */
    @ConfigProperty(name = "meldpunt.service-token.key-id", defaultValue = "meldpunt-services")
    String keyId;

    @Inject
    OidcClient identityProvider;

    private String token;
    private Instant renewAt = Instant.MIN;

    /** The token itself (a compact JWT). Blocks while a new one is fetched: call it from a worker thread. */
    public synchronized String get() {
        Instant now = Instant.now();
        if (token == null || !now.isBefore(renewAt)) {
            if (clientCredentials) {
                fetch(now);
            } else {
                sign(now);
            }
        }
        return token;
    }

    /** The value of an {@code Authorization} header carrying it. */
    public String bearer() {
        return "Bearer " + get();
    }

    private void fetch(Instant now) {
        Tokens fresh = identityProvider.getTokens().await().atMost(Duration.ofSeconds(10));
        token = fresh.getAccessToken();
        Long expiresAt = fresh.getAccessTokenExpiresAt();
        // a provider that names no expiry: at most our own lifetime, so a revoked client stops soon
        Instant expiry = expiresAt == null ? now.plus(lifetime) : Instant.ofEpochSecond(expiresAt);
        Instant early = expiry.minus(renewBefore);
        renewAt = early.isAfter(now) ? early : expiry;
    }

    private void sign(Instant now) {
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
}
