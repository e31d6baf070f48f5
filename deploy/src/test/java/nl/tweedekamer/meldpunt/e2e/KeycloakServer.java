package nl.tweedekamer.meldpunt.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

/**
 * A real Keycloak (the distribution from Maven Central, unpacked by the build into {@code meldpunt.e2e.keycloak.home})
 * in dev-file mode with the realm export of the local run ({@code deploy/keycloak/meldpunt-realm.json}), run with a
 * JDK 21 or newer. Started once per test JVM by {@link PlatformStack}; its realm is imported afresh on every start,
 * with the portal's address (the realm's redirect URIs) given as {@code PORTAAL_URL}.
 */
final class KeycloakServer {

    /** The realm's client of the platform's service identity (client credentials), and this run's secret of it. */
    static final String SERVICES_CLIENT_ID = "meldpunt-services";
    static final String SERVICES_CLIENT_SECRET = "e2e-services-" + java.util.UUID.randomUUID();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final String issuer;
    /** From the start of the process until the realm answered. */
    Duration startup;
    private final Process process;
    private final Path log;

    private KeycloakServer(int port, Process process, Path log) {
        this.port = port;
        this.issuer = "http://127.0.0.1:" + port + "/realms/meldpunt";
        this.process = process;
        this.log = log;
    }

    /** Starts the process; {@link #awaitReady} waits for the realm. */
    static KeycloakServer start(Path repositoryRoot, String portaalUrl, Path logs) throws IOException {
        Path home = Path.of(System.getProperty("meldpunt.e2e.keycloak.home", "target/keycloak/keycloak"))
                .toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(home + " holds no Keycloak: the build unpacks it (./mvnw verify -Ppostgres)");
        }
        Path java = javaHome21().orElseThrow(() -> new IllegalStateException(
                "Keycloak needs a JDK 21 or newer: install one (e.g. openjdk-21-jdk-headless) or set KEYCLOAK_JAVA_HOME"));
        // a fresh database every run, so the realm export (with this run's portal address) is imported again
        deleteTree(home.resolve("data"));
        Files.createDirectories(home.resolve("data/import"));
        Files.copy(repositoryRoot.resolve("deploy/keycloak/meldpunt-realm.json"),
                home.resolve("data/import/meldpunt-realm.json"));
        int port = ServiceProcess.freePort();
        Files.createDirectories(logs);
        Path log = logs.resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--import-realm").redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", java.toString());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        builder.environment().put("PORTAAL_URL", portaalUrl);
        builder.environment().put("MELDPUNT_SERVICES_SECRET", SERVICES_CLIENT_SECRET);
        return new KeycloakServer(port, builder.start(), log);
    }

    void awaitReady(Duration atMost, long startedAtNanos) {
        Awaitility.await("Keycloak's realm meldpunt").atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see " + log);
            }
            return status(issuer + "/.well-known/openid-configuration") == 200;
        });
        startup = Duration.ofNanos(System.nanoTime() - startedAtNanos);
    }

    /** The realm's public keys, a JSON Web Key Set. */
    String keys() throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/certs")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** One key set of two: {@code {"keys":[a..., b...]}}. */
    static String merged(String one, String other) {
        return "{\"keys\":[" + inner(one) + "," + inner(other) + "]}";
    }

    private static String inner(String keySet) {
        return keySet.substring(keySet.indexOf('[') + 1, keySet.lastIndexOf(']'));
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** KEYCLOAK_JAVA_HOME, this JVM if new enough, else a JDK 21+ under /usr/lib/jvm (the image has a JDK 25). */
    private static Optional<Path> javaHome21() throws IOException {
        Stream<Path> candidates = Stream.of(System.getenv("KEYCLOAK_JAVA_HOME"), System.getProperty("java.home"))
                .filter(p -> p != null && !p.isBlank()).map(Path::of);
        Path jvms = Path.of("/usr/lib/jvm");
        List<Path> installed = Files.isDirectory(jvms) ? Files.list(jvms).sorted().toList() : List.of();
        return Stream.concat(candidates, installed.stream())
                .filter(home -> Files.isExecutable(home.resolve("bin/java")) && major(home) >= 21).findFirst();
    }

    private static int major(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
