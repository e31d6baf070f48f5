package nl.tweedekamer.meldpunt.testing;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints RS256 JWTs that the application under test accepts (signed with {@link TestKeys}, which
 * {@link MeldpuntTestResources} publishes as {@code mp.jwt.verify.publickey}).
 *
 * <pre>
 * String token = TestTokens.as("platform-admin").tenant("tk").subject("u-123").sign();
 * given().auth().oauth2(token).get("/tenants")...
 * </pre>
 *
 * Claims: {@code iss} ({@value #ISSUER}), {@code aud} ({@link #SERVICES}), {@code sub} and {@code upn} (the subject, a random UUID unless set),
 * {@code groups} (the roles), {@code tenant} (only if set), {@code iat}, {@code exp} (one hour) and {@code jti}.
 * {@link #expired()} and {@link #foreignKey()} give tokens that must be answered with 401.
 */
public final class TestTokens {

    public static final String ISSUER = "https://meldpunt.tweedekamer.nl";
    /**
     * A JVM whose services trust another issuer sets it here before it signs: the end-to-end tests, where the
     * services trust the identity provider's issuer (Keycloak's) for people's tokens and the platform's keys alike.
     */
    public static final String ISSUER_PROPERTY = "meldpunt.test.jwt-issuer";
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(1);
    /** The services a user token of the platform is meant for ({@code aud}); each service accepts only its own name. */
    public static final List<String> SERVICES =
            List.of("klacht-service", "melding-service", "termijn-service", "notificatie-service");

    private final Set<String> roles = new LinkedHashSet<>();
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private String subject = UUID.randomUUID().toString();
    private String tenant;
    private String issuer = System.getProperty(ISSUER_PROPERTY, ISSUER);
    private Instant issuedAt;
    private Instant expiresAt;
    private boolean foreign;
    private boolean asPerson;
    private Set<String> audience;

    private TestTokens() {
    }

    /** Starts a token carrying these roles (the {@code groups} claim); none is allowed. */
    public static TestTokens as(String... roles) {
        TestTokens token = new TestTokens();
        token.roles.addAll(List.of(roles));
        return token;
    }

    /** A platform-admin token that expired an hour ago (otherwise valid): must answer 401. */
    public static String expired() {
        Instant now = Instant.now();
        return as("platform-admin").issuedAt(now.minus(Duration.ofHours(2))).expiresAt(now.minus(Duration.ofHours(1)))
                .sign();
    }

    /** A platform-admin token signed with a key the application does not trust: must answer 401. */
    public static String foreignKey() {
        return as("platform-admin").signedWithForeignKey().sign();
    }

    /** Adds a role. */
    public TestTokens role(String role) {
        roles.add(role);
        return this;
    }

    /** The {@code tenant} claim: the caller's own tenant id. */
    public TestTokens tenant(String tenant) {
        this.tenant = tenant;
        return this;
    }

    /** The {@code sub} (and {@code upn}) claim: the caller's pseudonymous person id. */
    public TestTokens subject(String subject) {
        this.subject = subject;
        return this;
    }

    public TestTokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    /** Any further claim (a string, number, boolean, collection or map). */
    public TestTokens claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    /** The {@code aud} claim; by default every service of the platform (and the application under test). */
    public TestTokens audience(String... audience) {
        this.audience = new LinkedHashSet<>(List.of(audience));
        return this;
    }

    public TestTokens validFor(Duration validity) {
        this.expiresAt = Instant.now().plus(validity);
        return this;
    }

    public TestTokens issuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
        return this;
    }

    public TestTokens expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /**
     * Signs with the users' key even when the token claims the role {@code service}: what someone who holds the
     * key that signs people's tokens could forge.
     */
    public TestTokens signedAsPerson() {
        this.asPerson = true;
        return this;
    }

    /** Signs with a foreign key instead of the trusted test key. */
    public TestTokens signedWithForeignKey() {
        this.foreign = true;
        return this;
    }

    /** The compact JWT (header.payload.signature). */
    public String sign() {
        Instant now = Instant.now();
        Instant iat = issuedAt == null ? now : issuedAt;
        Instant exp = expiresAt == null ? iat.plus(DEFAULT_VALIDITY) : expiresAt;
        JwtClaimsBuilder builder = Jwt.claims()
                .issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(new LinkedHashSet<>(roles))
                .audience(audience == null ? defaultAudience() : audience)
                .issuedAt(iat)
                .expiresAt(exp)
                .claim("jti", UUID.randomUUID().toString());
        if (tenant != null) {
            builder.claim("tenant", tenant);
        }
        claims.forEach(builder::claim);
        // the role service comes only from the services' own key; every other token is signed as a person's
        boolean service = roles.contains("service") && !asPerson;
        PrivateKey key = foreign ? TestKeys.foreignKeyPair().getPrivate()
                : service ? TestKeys.servicePrivateKey() : TestKeys.privateKey();
        return builder.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .keyId(service ? TestKeys.SERVICE_KEY_ID : TestKeys.USER_KEY_ID).sign(key);
    }

    private static Set<String> defaultAudience() {
        Set<String> audience = new LinkedHashSet<>(SERVICES);
        try {
            org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("quarkus.application.name", String.class).ifPresent(audience::add);
        } catch (RuntimeException | LinkageError noConfig) {
            // outside a Quarkus test (the packaged services' end-to-end tests): the services suffice
        }
        return audience;
    }

    /** {@code "Bearer " + sign()}, for an Authorization header. */
    public String bearer() {
        return "Bearer " + sign();
    }
}
