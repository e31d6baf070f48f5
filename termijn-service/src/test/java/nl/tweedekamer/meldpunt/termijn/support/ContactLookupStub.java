package nl.tweedekamer.meldpunt.termijn.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import nl.tweedekamer.meldpunt.testing.TestKeys;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * A stand-in for the internal contact lookups of klacht- and melding-service (the contract in common.md), because
 * a Quarkus test JVM runs one service: it answers from what a test registered and checks, as the real services
 * do, that the caller shows a valid token with role {@code service}. Also hands the application the test key to
 * sign that token with.
 */
public class ContactLookupStub implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> ANSWERS = new ConcurrentHashMap<>();
    private static final List<String> REFUSED = new CopyOnWriteArrayList<>();
    private static volatile boolean down;
    private static HttpServer server;

    /** A JSON answer for a path with its query, e.g. "/internal/commission/contacts?function=CHAIR". */
    public static void answer(String pathAndQuery, String json) {
        ANSWERS.put(pathAndQuery, json);
    }

    public static void contacts(String pathAndQuery, String... emails) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < emails.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i).append("\",\"email\":\"").append(emails[i])
                    .append("\"}");
        }
        answer(pathAndQuery, json.append("]").toString());
    }

    /** Requests that came without a valid service token. */
    public static List<String> refused() {
        return REFUSED;
    }

    public static void down(boolean isDown) {
        down = isDown;
    }

    @Override
    public synchronized Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JwtConsumer verifier = new JwtConsumerBuilder().setVerificationKey(TestKeys.publicKey())
                .setExpectedIssuer(TestTokens.ISSUER).setRequireSubject().build();
        server.createContext("/internal", exchange -> handle(exchange, verifier));
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(TestKeys.privateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return Map.of(
                "quarkus.rest-client.klacht-service.url", url,
                "quarkus.rest-client.melding-service.url", url,
                "smallrye.jwt.sign.key", pem);
    }

    private static void handle(HttpExchange exchange, JwtConsumer verifier) throws IOException {
        String path = exchange.getRequestURI().getPath()
                + (exchange.getRequestURI().getQuery() == null ? "" : "?" + exchange.getRequestURI().getQuery());
        if (down) {
            reply(exchange, 503, "{}");
            return;
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        try {
            JwtClaims claims = verifier.processToClaims(auth == null ? "" : auth.replaceFirst("^Bearer ", ""));
            if (!claims.getStringListClaimValue("groups").contains("service")) {
                throw new IllegalStateException("not a service");
            }
        } catch (Exception e) {
            REFUSED.add(path);
            reply(exchange, 401, "{}");
            return;
        }
        String answer = ANSWERS.get(path);
        reply(exchange, answer == null ? 404 : 200, answer == null ? "{}" : answer);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }
}
