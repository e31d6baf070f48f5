package nl.tweedekamer.meldpunt.platform.security;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified token is refused when it was made to live longer than {@code meldpunt.jwt.max-lifetime}
 * (a stolen long-lived token is a key that cannot be taken back) or claims to be issued later than now plus
 * {@code meldpunt.jwt.clock-skew} (a token minted ahead lives longer than its lifetime says).
 */
@ApplicationScoped
public class TokenTimes implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "meldpunt.jwt.max-lifetime", defaultValue = "PT12H")
    Duration maxLifetime;

    @ConfigProperty(name = "meldpunt.jwt.clock-skew", defaultValue = "PT1M")
    Duration clockSkew;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        long issuedAt = token.getIssuedAtTime();
        long expiresAt = token.getExpirationTime();
        if (issuedAt <= 0 || expiresAt <= 0) {
            return refuse("token without iat or exp");
        }
        if (Instant.ofEpochSecond(issuedAt).isAfter(Instant.now().plus(clockSkew))) {
            return refuse("token issued in the future");
        }
        if (Duration.ofSeconds(expiresAt - issuedAt).compareTo(maxLifetime) > 0) {
            return refuse("token lifetime over the maximum");
        }
        return Uni.createFrom().item(identity);
    }

    private static Uni<SecurityIdentity> refuse(String reason) {
        return Uni.createFrom().failure(new AuthenticationFailedException(reason));
    }
}
