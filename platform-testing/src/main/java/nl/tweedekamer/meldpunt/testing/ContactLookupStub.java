package nl.tweedekamer.meldpunt.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import nl.tweedekamer.meldpunt.klacht.contract.Contact;

/**
 * The internal contact lookups of klacht- and melding-service, served by a small HTTP server in the test JVM, because
 * a Quarkus test JVM runs one service. As the real services do, it answers only a valid token with role
 * {@code service} signed with the test key (anything else: 401, counted in {@link #refused()}), JSON
 * {@code {"id","email"[,"tenantId"]}} or arrays of them, 404 when a test registered no answer. On the paths of both
 * producers' contract modules ({@code klacht-contract}, {@code melding-contract}) it serves only bodies their
 * OpenAPI allows ({@link InternalApiContract}); register them as the contract's record,
 * {@code answer(path, new Contact(id, email))} or a list of them, so a renamed field fails the consumer's tests too.
 * <p>
 * It hands the application {@code quarkus.rest-client.klacht-service.url}, {@code quarkus.rest-client.melding-service.url}
 * and {@code smallrye.jwt.sign.key.location} (the test private key in a temporary PEM file), so the service signs
 * its own service token (platform {@code ServiceToken}) with the key the stub verifies.
 * Use with {@code @WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)}.
 */
public class ContactLookupStub implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> ANSWERS = new ConcurrentHashMap<>();
    private static final List<String> REFUSED = new CopyOnWriteArrayList<>();
    private static final List<String> ACCEPTED = new CopyOnWriteArrayList<>();
    private static volatile boolean down;
    private static HttpServer server;
    private static ExecutorService executor;
    private static int users;

    /** The producers whose contract the stub enforces: every producer of an internal lookup. */
    private static final List<InternalApiContract> CONTRACTS = List.of(InternalApiContract.KLACHT,
            InternalApiContract.MELDING);

    /**
     * The JSON answer to a GET of this path with its query, e.g. {@code /internal/commission/contacts?function=CHAIR}.
     * On a path a producer's contract describes, a body the contract does not allow is refused (AssertionError):
     * the stub never describes the producer as the consumer imagines it.
     */
    public static void answer(String pathAndQuery, String json) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        for (InternalApiContract contract : CONTRACTS) {
            if (contract.covers(path)) {
                contract.check(path, json);
            }
        }
        ANSWERS.put(pathAndQuery, json);
    }

    /**
     * The answer as the producer writes it: its contract's record (e.g. klacht-contract's or melding-contract's
     * {@code Contact}), or a list of them, serialized by Jackson, then checked against the contract's OpenAPI like
     * {@link #answer(String, String)}.
     */
    public static void answer(String pathAndQuery, Object contractRecord) {
        answer(pathAndQuery, InternalApiContract.json(contractRecord));
    }

    /**
     * A 200 answer that breaks the producer's contract, served unchecked: only for a consumer's test of what it
     * does with an answer it cannot use (an error with an alert, never a silent "nobody").
     */
    public static void offContract(String pathAndQuery, String json) {
        ANSWERS.put(pathAndQuery, json);
    }

    /**
     * An array answer of klacht-service's lookups without a case (the commission, the platform administrators):
     * klacht-contract's {@code Contact}s with these addresses (ids {@code c0}, {@code c1}, ...).
     */
    public static void contacts(String pathAndQuery, String... emails) {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < emails.length; i++) {
            contacts.add(new Contact("c" + i, emails[i]));
        }
        answer(pathAndQuery, contacts);
    }

    /** The JSON {@code {"id","email"}}; on klacht-service's paths register klacht-contract's {@code Contact} instead. */
    public static String contact(String id, String email) {
        return "{\"id\":\"" + id + "\",\"email\":\"" + email + "\"}";
    }

    /** While down, every lookup with a valid token answers 503. */
    public static void down(boolean isDown) {
        down = isDown;
    }

    /** The paths (with query) of calls without a valid service token: must stay empty. */
    public static List<String> refused() {
        return List.copyOf(REFUSED);
    }

    /** The service tokens of the calls it answered, oldest first. */
    public static List<String> acceptedTokens() {
        return List.copyOf(ACCEPTED);
    }

    /** How many calls came without a valid service token: must stay 0. */
    public static int refusedCalls() {
        return REFUSED.size();
    }

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (server == null) {
                List<JwtConsumer> verifiers = List.of(verifier(TestKeys.servicePublicKey()),
                        verifier(TestKeys.publicKey()));
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/internal", exchange -> handle(exchange, verifiers));
                executor = Executors.newFixedThreadPool(2);
                server.setExecutor(executor);
                server.start();
            }
            users++;
            Path key = Files.createTempFile("meldpunt-service-token", ".pem");
            key.toFile().deleteOnExit();
            Files.writeString(key, TestKeys.servicePrivateKeyPem());
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of(
                    "quarkus.rest-client.klacht-service.url", url,
                    "quarkus.rest-client.melding-service.url", url,
                    "smallrye.jwt.sign.key.location", key.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void stop() {
        if (--users <= 0 && server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
            users = 0;
        }
    }

    private static JwtConsumer verifier(java.security.PublicKey key) {
        return new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setExpectedIssuer(TestTokens.ISSUER)
                .setRequireSubject()
                .setRequireExpirationTime()
                // service tokens name their audience (aud): the stub answers as klacht- and melding-service, so a
                // token must name one of them
                .setExpectedAudience("klacht-service", "melding-service")
                .build();
    }

    private static void handle(HttpExchange exchange, List<JwtConsumer> verifiers) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            String pathAndQuery = query == null ? path : path + "?" + query;
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!serviceToken(authorization, verifiers)) {
                REFUSED.add(pathAndQuery);
                reply(exchange, 401, "");
                return;
            }
            ACCEPTED.add(authorization.substring("Bearer ".length()).strip());
            if (down) {
                reply(exchange, 503, "");
                return;
            }
            String answer = ANSWERS.get(pathAndQuery);
            if (answer == null) {
                reply(exchange, 404, "{\"status\":404,\"title\":\"Not Found\"}");
            } else {
                reply(exchange, 200, answer);
            }
        }
    }

    /**
     * Issuer and subject set, not expired, role "service", and either signed with the services' key or issued by
     * the identity provider (the people's key) to the services' client ({@code azp}), as platform ServiceIdentity.
     */
    private static boolean serviceToken(String authorization, List<JwtConsumer> verifiers) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String token = authorization.substring("Bearer ".length()).strip();
        try {
            JwtClaims claims = verifiers.get(0).processToClaims(token);
            return claims.getStringListClaimValue("groups").contains("service");
        } catch (Exception notByTheServicesKey) {
            try {
                JwtClaims claims = verifiers.get(1).processToClaims(token);
                return claims.getStringListClaimValue("groups").contains("service")
                        && ClientCredentialsStub.CLIENT_ID.equals(claims.getClaimValueAsString("azp"));
            } catch (Exception e) {
                return false;
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
