package nl.tweedekamer.meldpunt.portaal.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for melding-service over real HTTP (the JDK's server), for the portal's own tests: it answers what a
 * test told it to (status, body, headers) and remembers each request (path, headers, body). The browser tests in
 * deploy/ use the real melding-service.
 */
public class NepMeldingService implements QuarkusTestResourceLifecycleManager {

    public static final String VP_ID = "6f1f7a52-3c7e-4b51-9d1e-2a9f2f1b8c01";

    /** A request as it arrived. */
    public record Verzoek(String methode, String pad, Map<String, List<String>> koppen, String body) {
        public String kop(String naam) {
            return koppen.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(naam)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    /** An answer to give. */
    public record Antwoord(int status, String type, String body, Map<String, String> koppen) {
        public static Antwoord json(int status, String body) {
            return new Antwoord(status, "application/json", body, Map.of());
        }

        public static Antwoord probleem(int status, String body, Map<String, String> koppen) {
            return new Antwoord(status, "application/problem+json", body, koppen);
        }
    }

    private static final Map<String, Antwoord> ANTWOORDEN = new ConcurrentHashMap<>();
    private static final List<Verzoek> VERZOEKEN = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    public static void antwoord(String methodeEnPad, Antwoord antwoord) {
        ANTWOORDEN.put(methodeEnPad, antwoord);
    }

    public static void wis() {
        ANTWOORDEN.clear();
        VERZOEKEN.clear();
        standaard();
    }

    public static List<Verzoek> verzoeken() {
        return new ArrayList<>(VERZOEKEN);
    }

    public static Optional<Verzoek> laatste(String methodeEnPad) {
        List<Verzoek> alle = verzoeken();
        for (int i = alle.size() - 1; i >= 0; i--) {
            Verzoek v = alle.get(i);
            if ((v.methode() + " " + v.pad()).equals(methodeEnPad)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * melding-service's public directory (GET /organisaties) with the one organisation fractie-voorbeeld, its
     * departments and the given vertrouwenspersonen (a JSON array).
     */
    public static Antwoord gids(String vertrouwenspersonen) {
        return Antwoord.json(200, "[{\"id\":\"fractie-voorbeeld\",\"name\":\"Fractie Voorbeeld\","
                + "\"declarationInForce\":true,\"vertrouwenspersonen\":" + vertrouwenspersonen + ",\"departments\":[{\"code\":\"VOORLICHTING\","
                + "\"name\":\"Voorlichting\"},{\"code\":\"FRACTIESTAF\",\"name\":\"Fractiestaf\"}]}]");
    }

    private static void standaard() {
        antwoord("GET /organisaties",
                gids("[{\"personId\":\"" + VP_ID + "\",\"name\":\"Anna de Vries\",\"kind\":\"POOL\"}]"));
        // klacht-service's list of departments (the fractie administrator's page)
        antwoord("GET /tenants/fractie-voorbeeld/departments", Antwoord.json(200,
                "[{\"code\":\"VOORLICHTING\",\"name\":\"Voorlichting\"},{\"code\":\"FRACTIESTAF\",\"name\":\"Fractiestaf\"}]"));
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String methode = exchange.getRequestMethod();
                String pad = exchange.getRequestURI().getPath();
                VERZOEKEN.add(new Verzoek(methode, pad, Map.copyOf(exchange.getRequestHeaders()), body));
                Antwoord antwoord = ANTWOORDEN.getOrDefault(methode + " " + pad,
                        Antwoord.probleem(404, "{\"title\":\"Not Found\",\"status\":404}", Map.of()));
                byte[] bytes = antwoord.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", antwoord.type());
                antwoord.koppen().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
                exchange.sendResponseHeaders(antwoord.status(), bytes.length == 0 ? -1 : bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            standaard();
            return Map.of(
                    "meldpunt.portaal.melding-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                    // termijn- and klacht-service's few paths do not overlap melding-service's: one stand-in serves all
                    "meldpunt.portaal.termijn-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                    "meldpunt.portaal.klacht-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                    "meldpunt.portaal.notificatie-url", "http://127.0.0.1:" + server.getAddress().getPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
