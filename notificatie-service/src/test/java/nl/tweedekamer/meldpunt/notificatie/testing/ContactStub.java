package nl.tweedekamer.meldpunt.notificatie.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import nl.tweedekamer.meldpunt.testing.TestKeys;

/**
 * The internal contact lookups of klacht- and melding-service as the lead's contract describes them, served from
 * a tiny HTTP server in the test JVM: role {@code service} only (the token is verified with the test key), JSON
 * {@code {"id","email"[,"tenantId"]}} or arrays of them, 404 when unknown. Tests say what each path answers.
 * It also gives notificatie-service the test key to sign its service token with.
 */
public class ContactStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> ANSWERS = new ConcurrentHashMap<>();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static volatile boolean down;
    private static HttpServer server;

    /** The answer (JSON) to a GET of this path, e.g. {@code /internal/cases/<id>/contacts/COMPLAINANT}. */
    public static void answer(String path, String json) {
        ANSWERS.put(path, json);
    }

    public static String contact(String id, String email) {
        return "{\"id\":\"" + id + "\",\"email\":\"" + email + "\"}";
    }

    public static String contact(String id, String email, String tenantId) {
        return "{\"id\":\"" + id + "\",\"email\":\"" + email + "\",\"tenantId\":\"" + tenantId + "\"}";
    }

    public static String array(String... contacts) {
        return "[" + String.join(",", contacts) + "]";
    }

    /** While down, every lookup answers 503. */
    public static void down(boolean isDown) {
        down = isDown;
    }

    /** Calls without a valid service token: must stay 0. */
    public static int refusedCalls() {
        return REFUSED.get();
    }

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (server == null) {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/internal", ContactStub::handle);
                server.start();
            }
            Path key = Files.createTempFile("notificatie-service-token", ".pem");
            key.toFile().deleteOnExit();
            Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(TestKeys.privateKey().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of(
                    "quarkus.rest-client.klacht-contacts.url", url,
                    "quarkus.rest-client.melding-contacts.url", url,
                    "smallrye.jwt.sign.key.location", key.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // kept for the next application start in this JVM
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!serviceToken(exchange.getRequestHeaders().getFirst("Authorization"))) {
                REFUSED.incrementAndGet();
                reply(exchange, 401, "");
                return;
            }
            if (down) {
                reply(exchange, 503, "");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            String answer = ANSWERS.get(query == null ? path : path + "?" + query);
            if (answer == null) {
                reply(exchange, 404, "{\"status\":404,\"title\":\"Not Found\"}");
            } else {
                reply(exchange, 200, answer);
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

    /** RS256 with the test key, role "service", not expired. */
    private static boolean serviceToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(TestKeys.publicKey());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return false;
            }
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            boolean service = false;
            for (JsonNode group : claims.path("groups")) {
                service |= "service".equals(group.asText());
            }
            return service && claims.path("exp").asLong() > System.currentTimeMillis() / 1000;
        } catch (Exception e) {
            return false;
        }
    }
}
