package nl.tweedekamer.meldpunt.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * The role {@code service} opens the internal lookups, which answer names and addresses of any tenant: it is accepted
 * only from the platform's own service identity, never from a key that also signs people's tokens. A token is that
 * identity when it was signed by a services' key ({@code meldpunt.security.service-key-ids}, the {@code kid} of its
 * header; the services' own key pair, separate from the one that signs people's tokens) or issued by the identity
 * provider to a services' client ({@code meldpunt.security.service-clients}, its {@code azp}: the client
 * credentials grant). A service token carries no other role, and a services' key signs no person's token. Anything
 * else is refused with 401.
 */
@ApplicationScoped
public class ServiceIdentity implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "meldpunt.security.service-key-ids")
    Optional<List<String>> serviceKeyIds;

    @ConfigProperty(name = "meldpunt.security.service-clients")
    Optional<List<String>> serviceClients;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Set<String> roles = identity.getRoles();
        boolean byServiceKey = keyId(token).filter(kid -> serviceKeyIds.orElse(List.of()).contains(kid)).isPresent();
        boolean byServiceClient = Optional.ofNullable(token.<Object>getClaim("azp")).map(String::valueOf)
                .filter(azp -> serviceClients.orElse(List.of()).contains(azp)).isPresent();
        if (roles.contains(Roles.SERVICE) && !(byServiceKey || byServiceClient)) {
            return refuse("the role service from outside the platform's service identity");
        }
        if ((byServiceKey || roles.contains(Roles.SERVICE)) && !Set.of(Roles.SERVICE).equals(roles)) {
            return refuse("a service token with a person's role");
        }
        return Uni.createFrom().item(identity);
    }

    private static Optional<String> keyId(JsonWebToken token) {
        String raw = token.getRawToken();
        if (raw == null || raw.indexOf('.') < 0) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new java.io.StringReader(new String(
                Base64.getUrlDecoder().decode(raw.substring(0, raw.indexOf('.'))), StandardCharsets.UTF_8)))) {
            JsonObject header = reader.readObject();
            return Optional.ofNullable(header.getString("kid", null));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Uni<SecurityIdentity> refuse(String reason) {
        return Uni.createFrom().failure(new AuthenticationFailedException(reason));
    }
}
