package nl.tweedekamer.meldpunt.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

/**
 * One Apache Kafka broker (KRaft, combined broker and controller, node 1) in a JVM of its own, listening on
 * 127.0.0.1. Everything it owns lives in {@link #dir()}: {@code server.properties}, {@code log4j2.properties},
 * the log segments under {@code data/}, its log {@code broker.log} (console output in {@code broker.out}) and
 * {@code broker.pid}. Starting it again on the same directory and ports keeps its topics and committed offsets.
 *
 * <p>The broker's classpath is the resource {@value #CLASSPATH_RESOURCE}, written at build time; it never meets
 * the classpath of the JVM that starts it.
 */
public final class KafkaBrokerProcess {

    public static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";
    public static final String HOST = "127.0.0.1";

    // a ready broker is seen at once; on a loaded 2-core machine (several test JVMs) its start took over a minute
    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);

    /** Small but sufficient for tests and the local run: one node, serial GC, C1 only (fast start-up). */
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true");

    private final Path dir;
    private final int port;
    private final int controllerPort;

    public KafkaBrokerProcess(Path dir, int port, int controllerPort) {
        this.dir = dir.toAbsolutePath().normalize();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public Path dir() {
        return dir;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** The broker's own log (Log4j 2). */
    public Path logFile() {
        return dir.resolve("broker.log");
    }

    /** What the broker JVM wrote to stdout/stderr (normally next to nothing). */
    public Path consoleFile() {
        return dir.resolve("broker.out");
    }

    public Path pidFile() {
        return dir.resolve("broker.pid");
    }

    /**
     * Writes the configuration, formats the storage if it was never formatted, starts the broker JVM and returns
     * once an admin client can describe the cluster. Fails (and kills the process) if that takes longer than
     * {@link #READY_TIMEOUT}.
     */
    public Process start() {
        try {
            Files.createDirectories(dir.resolve("data"));
            Files.writeString(dir.resolve("server.properties"), serverProperties(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("log4j2.properties"), log4jProperties(), StandardCharsets.UTF_8);
            formatIfNeeded();
            Process process = launch("kafka.Kafka", dir.resolve("server.properties").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleFile().toFile()))
                    .start();
            Files.writeString(pidFile(), Long.toString(process.pid()), StandardCharsets.UTF_8);
            try {
                awaitReady(process);
            } catch (RuntimeException e) {
                process.destroyForcibly();
                throw e;
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Kafka broker in " + dir, e);
        }
    }

    /**
     * Stops a broker process: SIGTERM (a controlled shutdown that flushes its logs), and a kill if it has not
     * exited within {@code timeout}.
     */
    public static void stop(long pid, Duration timeout) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return;
        }
        ProcessHandle process = handle.get();
        process.destroy();
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // gone or not: nothing more to do
        }
    }

    String serverProperties() {
        return String.join("\n",
                "# written by " + KafkaBrokerProcess.class.getName(),
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + HOST + ":" + controllerPort,
                "listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + port,
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "auto.create.topics.enable=true",
                "delete.topic.enable=true",
                "num.partitions=1",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.cleaner.backoff.ms=1000",
                "");
    }

    String log4jProperties() {
        return String.join("\n",
                "status = warn",
                "appender.file.type = File",
                "appender.file.name = file",
                "appender.file.fileName = " + logFile(),
                "appender.file.append = true",
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.file.ref = file",
                "logger.request.name = kafka.request.logger",
                "logger.request.level = WARN",
                "");
    }

    private void formatIfNeeded() throws IOException {
        if (Files.exists(dir.resolve("data").resolve("meta.properties"))) {
            return;
        }
        Path formatLog = dir.resolve("format.out");
        Process format = launch("kafka.tools.StorageTool", "format",
                "--cluster-id", newClusterId(),
                "--config", dir.resolve("server.properties").toString(),
                "--ignore-formatted")
                .redirectErrorStream(true)
                .redirectOutput(formatLog.toFile())
                .start();
        try {
            if (!format.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new IllegalStateException("formatting the Kafka storage took longer than " + READY_TIMEOUT
                        + "\n" + tail(formatLog, 30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            format.destroyForcibly();
            throw new IllegalStateException("interrupted while formatting the Kafka storage", e);
        }
        if (format.exitValue() != 0) {
            throw new IllegalStateException("formatting the Kafka storage failed (exit " + format.exitValue() + ")\n"
                    + tail(formatLog, 30));
        }
    }

    private ProcessBuilder launch(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"));
        command.add("-cp");
        command.add(brokerClasspath());
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        // whatever the caller's JVM was given must not leak into the broker's
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.remove("CLASSPATH");
        return builder;
    }

    /** The broker's classpath as written at build time, every entry checked to exist. */
    public static String brokerClasspath() {
        String classpath;
        try (InputStream in = KafkaBrokerProcess.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is not on the classpath: build platform-testing"
                        + " with Maven (it is written in generate-resources)");
            }
            classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (!Files.isRegularFile(Path.of(entry))) {
                throw new IllegalStateException("the Kafka broker jar " + entry + " listed in " + CLASSPATH_RESOURCE
                        + " does not exist: rebuild platform-testing on this machine");
            }
        }
        return classpath;
    }

    private void awaitReady(Process process) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!acceptsConnections()) {
            pause(process, deadline, null);
        }
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "meldpunt-testing-readiness",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                Exception last;
                try {
                    Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                            .nodes().get(5, TimeUnit.SECONDS);
                    if (!nodes.isEmpty()) {
                        return;
                    }
                    last = null;
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
                }
                pause(process, deadline, last);
            }
        }
    }

    /** Waits one poll interval; fails if the broker died or the deadline passed. */
    private void pause(Process process, long deadline, Exception last) {
        try {
            if (process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the Kafka broker exited with " + process.exitValue()
                        + " while starting; " + logs());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the Kafka broker on " + bootstrapServers() + " was not ready within "
                    + READY_TIMEOUT + "; " + logs(), last);
        }
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String logs() {
        return "console (" + consoleFile() + "):\n" + tail(consoleFile(), 20)
                + "\nlog (" + logFile() + "):\n" + tail(logFile(), 40);
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(none)";
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** A Kafka cluster id: 16 random bytes, base64url without padding, not starting with '-'. */
    static String newClusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }
}
