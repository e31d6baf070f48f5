package nl.tweedekamer.meldpunt.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The test JVM's Kafka broker: a real Apache Kafka broker in a child JVM, started once per test JVM on free ports
 * of 127.0.0.1 with its data in a temporary directory, killed (and its directory removed) when the test JVM
 * exits.
 *
 * <p>It outlives Quarkus application restarts between test profiles: its state is JVM-wide, even across the class
 * loaders Quarkus creates. Tests can take it down and bring it back on the same ports and data directory (topics
 * and committed offsets survive) with {@link #stopBroker()} and {@link #restartBroker()}.
 *
 * <p>{@link #main(String[])} runs a broker in the foreground for the local run (see the module README).
 */
public final class KafkaBroker {

    private static final String DIR = "kafka.dir";
    private static final String PORT = "kafka.port";
    private static final String CONTROLLER_PORT = "kafka.controller-port";
    private static final String PID = "kafka.pid";

    private KafkaBroker() {
    }

    /**
     * The broker's bootstrap address ({@code 127.0.0.1:<port>}); starts the broker if this JVM never started it
     * (a broker stopped with {@link #stopBroker()} stays down).
     */
    public static String bootstrapServers() {
        synchronized (JvmWide.LOCK) {
            if (JvmWide.get(PORT) == null) {
                create();
                start();
            }
            return KafkaBrokerProcess.HOST + ":" + JvmWide.get(PORT);
        }
    }

    /** Like {@link #bootstrapServers()}, but also starts a broker that a test left stopped. */
    public static String ensureRunning() {
        synchronized (JvmWide.LOCK) {
            String bootstrap = bootstrapServers();
            if (!isRunning()) {
                start();
            }
            return bootstrap;
        }
    }

    /**
     * Stops the broker (a controlled shutdown, killed after 30 s) and returns once its process is gone. Its data
     * directory and ports stay reserved for {@link #restartBroker()}. Does nothing if it is not running.
     */
    public static void stopBroker() {
        synchronized (JvmWide.LOCK) {
            String pid = JvmWide.get(PID);
            if (pid != null) {
                KafkaBrokerProcess.stop(Long.parseLong(pid), KafkaBrokerProcess.STOP_TIMEOUT);
                JvmWide.set(PID, null);
            }
        }
    }

    /**
     * Starts the broker again on the same ports and data directory (stopping it first if it is running) and
     * returns once it is ready.
     */
    public static void restartBroker() {
        synchronized (JvmWide.LOCK) {
            if (JvmWide.get(PORT) == null) {
                throw new IllegalStateException("the Kafka broker was never started in this JVM");
            }
            stopBroker();
            start();
        }
    }

    public static boolean isRunning() {
        String pid = JvmWide.get(PID);
        return pid != null && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The broker's log file (the broker never logs to the test console). */
    public static Path logFile() {
        return process().logFile();
    }

    private static KafkaBrokerProcess process() {
        synchronized (JvmWide.LOCK) {
            bootstrapServers();
            return new KafkaBrokerProcess(Path.of(JvmWide.get(DIR)),
                    Integer.parseInt(JvmWide.get(PORT)), Integer.parseInt(JvmWide.get(CONTROLLER_PORT)));
        }
    }

    private static void create() {
        try {
            Path dir = Files.createTempDirectory("meldpunt-kafka-");
            int[] ports = freePorts(2);
            JvmWide.set(DIR, dir.toString());
            JvmWide.set(PORT, Integer.toString(ports[0]));
            JvmWide.set(CONTROLLER_PORT, Integer.toString(ports[1]));
            Runtime.getRuntime().addShutdownHook(new Thread(new Cleanup(dir), "meldpunt-kafka-cleanup"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void start() {
        Process process = process().start();
        JvmWide.set(PID, Long.toString(process.pid()));
    }

    /** Free TCP ports on 127.0.0.1, all distinct (held open together while they are picked). */
    static int[] freePorts(int count) throws IOException {
        ServerSocket[] sockets = new ServerSocket[count];
        int[] ports = new int[count];
        try {
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getByName(KafkaBrokerProcess.HOST));
                sockets[i].setReuseAddress(true);
                ports[i] = sockets[i].getLocalPort();
            }
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
        return ports;
    }

    /**
     * Kills the broker and deletes its directory when the JVM exits. Instantiated (and so loaded) at registration
     * and using JDK classes only: by the time it runs, the class loader that registered it may be closed.
     */
    private static final class Cleanup extends SimpleFileVisitor<Path> implements Runnable {
        private final Path dir;

        Cleanup(Path dir) {
            this.dir = dir;
        }

        @Override
        public void run() {
            String pid = System.getProperty("meldpunt.testing." + PID);
            if (pid != null) {
                Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(pid));
                if (handle.isPresent()) {
                    handle.get().destroyForcibly();
                    try {
                        handle.get().onExit().get(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        // exiting anyway
                    }
                }
            }
            try {
                Files.walkFileTree(dir, this);
            } catch (IOException e) {
                // a temporary directory left behind
            }
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
            Files.deleteIfExists(directory);
            return FileVisitResult.CONTINUE;
        }
    }

    /**
     * Runs a broker in the foreground until it is stopped (SIGTERM, Ctrl-C: a controlled shutdown), keeping its
     * data in {@code --dir}. Classpath: this module's jar (or classes) plus the contents of
     * {@value KafkaBrokerProcess#CLASSPATH_RESOURCE}.
     *
     * <pre>KafkaBroker --dir DIR [--port 9092] [--controller-port PORT+1]</pre>
     */
    public static void main(String[] args) throws Exception {
        Path dir = null;
        int port = 9092;
        Integer controllerPort = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--dir" -> dir = Path.of(require(args[i], value));
                case "--port" -> port = Integer.parseInt(require(args[i], value));
                case "--controller-port" -> controllerPort = Integer.parseInt(require(args[i], value));
                default -> usage("unknown argument " + args[i]);
            }
            i++;
        }
        if (dir == null) {
            usage("--dir is required");
        }
        KafkaBrokerProcess broker = new KafkaBrokerProcess(dir, port, controllerPort == null ? port + 1 : controllerPort);
        if (Files.exists(broker.pidFile())) {
            String previous = Files.readString(broker.pidFile(), StandardCharsets.UTF_8).trim();
            if (!previous.isEmpty() && ProcessHandle.of(Long.parseLong(previous)).map(ProcessHandle::isAlive).orElse(false)) {
                System.err.println("a Kafka broker already runs on " + dir + " (pid " + previous + ")");
                System.exit(1);
            }
        }
        long started = System.nanoTime();
        Process process = broker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> KafkaBrokerProcess.stop(process.pid(), KafkaBrokerProcess.STOP_TIMEOUT), "kafka-broker-stop"));
        System.out.printf("Kafka broker ready on %s in %d ms (pid %d, data %s, log %s)%n", broker.bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), process.pid(), broker.dir().resolve("data"),
                broker.logFile());
        System.out.flush();
        int exit = process.waitFor();
        System.out.println("Kafka broker exited with " + exit);
        System.exit(exit);
    }

    private static String require(String option, String value) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java -cp <platform-testing jar>:<kafka-broker.classpath> "
                + KafkaBroker.class.getName() + " --dir DIR [--port 9092] [--controller-port PORT+1]");
        System.exit(2);
    }
}
