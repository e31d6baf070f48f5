package nl.tweedekamer.meldpunt.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/** One packaged service (target/quarkus-app/quarkus-run.jar) running in its own JVM. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String service;
    final String name;
    final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String service, String name, int port, Process process, Path log) {
        this.service = service;
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(Path repositoryRoot, String service, String instance, Map<String, String> env,
            Path logs) throws IOException {
        return start(repositoryRoot, service, instance, freePort(), env, logs);
    }

    /** Starts on a port chosen beforehand, so the URL can be handed to a service that starts alongside. */
    static ServiceProcess start(Path repositoryRoot, String service, String instance, int port,
            Map<String, String> env, Path logs) throws IOException {
        Path jar = repositoryRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        Files.createDirectories(logs);
        Path log = logs.resolve(instance + ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("HTTP_PORT", String.valueOf(port));
        return new ServiceProcess(service, instance, port, builder.start(), log);
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    void awaitReady(Duration atMost) {
        Awaitility.await(name + " ready").atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
            }
            return status("/q/health/ready") == 200;
        });
    }

    int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri() + path)).timeout(Duration.ofSeconds(3))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Resident set size in KiB, read from /proc, or -1 where there is none. */
    long residentKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Whether the process ended by itself within the time, with a non-zero exit code. */
    boolean failsWithin(Duration atMost) throws InterruptedException {
        return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS) && process.exitValue() != 0;
    }

    /** The process's output so far. */
    String output() throws IOException {
        return Files.readString(log);
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
