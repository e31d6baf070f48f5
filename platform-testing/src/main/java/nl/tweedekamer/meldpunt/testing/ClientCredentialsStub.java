package nl.tweedekamer.meldpunt.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The identity provider's token endpoint for the client credentials grant, as production has it: a small HTTP
 * server in the test JVM that hands the services' client ({@link #CLIENT_ID} with {@link #CLIENT_SECRET}, HTTP basic
 * authentication) a token with role {@code service}, signed with the key that signs people's tokens and naming the
 * client in {@code azp} (so the receiving side must recognise the client, not a key). Any other request gets 401.
 * It hands the application {@code meldpunt.service-token.client-credentials=true} and the {@code quarkus.oidc-client}
 * settings that point at it; {@link #issued()} lists the tokens it handed out, so a test can compare them with what
 * arrived at the other side ({@link ContactLookupStub#acceptedTokens()}).
 */
public class ClientCredentialsStub implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "meldpunt-services-test";
    public static final String CLIENT_SECRET = "test-only-client-secret";

    private static final List<String> ISSUED = new CopyOnWriteArrayList<>();
    private static final List<String> REFUSED = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** The access tokens handed out, oldest first. */
    public static List<String> issued() {
        return List.copyOf(ISSUED);
    }

    /** How many token requests were refused (wrong client, secret or grant). */
    public static int refusedRequests() {
        return REFUSED.size();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/token", ClientCredentialsStub::handle);
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "meldpunt.service-token.client-credentials", "true",
                "quarkus.oidc-client.token-path", "http://127.0.0.1:" + server.getAddress().getPort() + "/token",
                "quarkus.oidc-client.client-id", CLIENT_ID,
                "quarkus.oidc-client.credentials.secret", CLIENT_SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = Arrays.stream(body.split("&")).map(p -> p.split("=", 2))
                    .filter(p -> p.length == 2).collect(Collectors.toMap(p -> p[0],
                            p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8), (a, b) -> a));
            String expected = "Basic " + Base64.getEncoder().encodeToString(
                    (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
            if (!"POST".equals(exchange.getRequestMethod()) || !"client_credentials".equals(form.get("grant_type"))
                    || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                REFUSED.add(body);
                reply(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            String token = TestTokens.as("service").signedAsPerson().subject("service-account-" + CLIENT_ID)
                    .claim("azp", CLIENT_ID).validFor(Duration.ofMinutes(5)).sign();
            ISSUED.add(token);
            reply(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
