package nl.tweedekamer.meldpunt.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.KafkaBroker;
import nl.tweedekamer.meldpunt.testing.TestKeys;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * The whole platform as it is deployed: the four packaged services in their own JVMs, each on its own
 * PostgreSQL database, against one real Kafka broker, one real SMTP server (GreenMail, in this JVM) and one real
 * identity provider (Keycloak, {@link KeycloakServer}), whose tokens the services accept beside the test's own.
 * Started once per test JVM. Every service's port is chosen before any starts, so each one is told where
 * the others are (termijn-service looks up reminder addresses at klacht- and melding-service).
 */
final class PlatformStack {

    static final List<String> SERVICES = List.of("klacht-service", "melding-service", "termijn-service",
            "notificatie-service");
    static final String PG_HOST = System.getProperty("meldpunt.e2e.pg-host", "127.0.0.1");
    static final int PG_PORT = Integer.getInteger("meldpunt.e2e.pg-port", 5432);
    /** The databases are meldpunt_&lt;svc&gt;_&lt;suffix&gt;: another suffix keeps two runs on one server apart. */
    static final String DB_SUFFIX = System.getProperty("meldpunt.e2e.database-suffix", "e2e");

    /**
     * The organisation the portal offers: the demo organisation of the realm export, whose staff member the sign-in
     * test signs in as. One for every portal test, since the portal starts once per test JVM, for whichever comes first.
     */
    static final String PORTAAL_TENANT = "fractie-voorbeeld";
    static final String PORTAAL_ORGANISATIE = "Fractie Voorbeeld";

    private static PlatformStack instance;

    final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    /** The web portal, started by the first test that needs it ({@link #portaal()}). */
    private ServiceProcess portaal;
    /** Chosen before anything starts: Keycloak's realm names the portal's address. */
    private final int portaalPort;
    /** The identity provider, with the realm export of the local run. */
    final KeycloakServer keycloak;
    final List<ServiceProcess> extraInstances = new ArrayList<>();
    final Duration startup;
    /** The SMTP server termijn-service sends its reminders to. */
    final GreenMail mail;
    private final Map<String, Integer> ports = new HashMap<>();
    private final Path root;
    private final Path logs;
    private final Map<String, String> baseEnv = new HashMap<>();

    private PlatformStack() throws IOException, SQLException {
        root = Path.of(System.getProperty("meldpunt.repository.root", "..")).toAbsolutePath().normalize();
        logs = Path.of(System.getProperty("meldpunt.e2e.logs", "target/e2e-logs"));
        long begin = System.nanoTime();
        // the identity provider first (it boots longest): the portal's address is in its realm, its issuer and keys
        // in every service's configuration
        portaalPort = ServiceProcess.freePort();
        keycloak = KeycloakServer.start(root, "http://127.0.0.1:" + portaalPort, logs);
        String bootstrap = KafkaBroker.ensureRunning();
        keycloak.awaitReady(Duration.ofSeconds(300), begin);
        // people's tokens come from Keycloak or, in these tests, from TestTokens: one issuer, two kinds of keys (and
        // the services' own key, the only one whose tokens may carry the role service)
        System.setProperty(TestTokens.ISSUER_PROPERTY, keycloak.issuer);
        Path publicKey = Files.createTempFile("meldpunt-e2e-", ".json");
        try {
            Files.writeString(publicKey, KeycloakServer.merged(TestKeys.jwks(), keycloak.keys()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading Keycloak's keys", e);
        }
        baseEnv.put("JWT_ISSUER", keycloak.issuer);
        baseEnv.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        baseEnv.put("KAFKA_CREATE_TOPICS", "true");
        baseEnv.put("JWKS_URL", publicKey.toUri().toString());
        baseEnv.put("DB_USER", "postgres");
        // the secrets production takes from its vault: fresh for every run, so nothing depends on a fixed key
        baseEnv.put("MELDPUNT_MASTER_KEY", randomKey());
        baseEnv.put("DELIVERY_LOG_HASH_KEY", randomKey());
        // as in production, the service token comes from the identity provider by client credentials
        baseEnv.put("SERVICE_TOKEN_URL", keycloak.issuer + "/protocol/openid-connect/token");
        baseEnv.put("SERVICE_CLIENT_ID", KeycloakServer.SERVICES_CLIENT_ID);
        baseEnv.put("SERVICE_CLIENT_SECRET", KeycloakServer.SERVICES_CLIENT_SECRET);
        baseEnv.put("SERVICE_CLIENT_IDS", KeycloakServer.SERVICES_CLIENT_ID);
        mail = GreenMailResource.greenMail();
        for (String service : SERVICES) {
            ports.put(service, ServiceProcess.freePort());
        }
        for (String service : SERVICES) {
            recreateDatabase(databaseOf(service));
            services.put(service, ServiceProcess.start(root, service, service, ports.get(service), env(service), logs));
        }
        for (ServiceProcess service : services.values()) {
            service.awaitReady(Duration.ofSeconds(180));
        }
        startup = Duration.ofNanos(System.nanoTime() - begin);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static synchronized PlatformStack get() {
        if (instance == null) {
            try {
                instance = new PlatformStack();
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("the platform could not be started", e);
            }
        }
        return instance;
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    /**
     * The packaged portal in front of this stack's services, signing in at this stack's Keycloak. It offers the
     * organisations melding-service's public directory lists (those with a declaration in force), so a test declares
     * the organisations it needs, {@link #PORTAAL_TENANT} among them. Started once.
     */
    synchronized ServiceProcess portaal() throws IOException {
        if (portaal == null) {
            portaal = ServiceProcess.start(root, "portaal", "portaal", portaalPort, portaalEnv(), logs);
            portaal.awaitReady(Duration.ofSeconds(120));
        }
        return portaal;
    }

    /** One more portal without one setting, e.g. a secret production must not start without. */
    ServiceProcess startPortaalWithout(String variable) throws IOException {
        Map<String, String> env = portaalEnv();
        env.remove(variable);
        return ServiceProcess.start(root, "portaal", "portaal-without-" + variable.toLowerCase(), env, logs);
    }

    private Map<String, String> portaalEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("MELDING_SERVICE_URL", urlOf("melding-service"));
        // the portal tests share one portal: each reads melding-service's directory of organisations (GET
        // /organisaties) as it is now, so an organisation a test just declared shows once melding-service has it
        env.put("PORTAAL_ORGANISATIEGIDS_CACHE", "PT0S");
        // drafts saved by the page's script every 2 seconds while the text changes, so a test waits seconds, not 30
        env.put("PORTAAL_CONCEPT_INTERVAL", "PT2S");
        // plain http on 127.0.0.1 here; production serves the portal over TLS only
        env.put("COOKIES_SECURE", "false");
        // sign-in at this run's Keycloak as the realm's client portaal (its demo secret); fresh session secrets
        env.put("KLACHT_SERVICE_URL", urlOf("klacht-service"));
        env.put("TERMIJN_SERVICE_URL", urlOf("termijn-service"));
        env.put("NOTIFICATIE_SERVICE_URL", urlOf("notificatie-service"));
        env.put("OIDC_AUTH_SERVER_URL", keycloak.issuer);
        env.put("OIDC_CLIENT_SECRET", "demo-portaal-geheim-alleen-lokaal-0123456789");
        env.put("OIDC_STATE_SECRET", randomKey());
        env.put("OIDC_SESSION_SECRET", randomKey());
        return env;
    }

    /** Another instance of a service on the same database, as a second pod would run. */
    ServiceProcess startAnotherInstance(String service) throws IOException {
        ServiceProcess another = ServiceProcess.start(root, service, service + "-" + (extraInstances.size() + 2),
                env(service), logs);
        extraInstances.add(another);
        another.awaitReady(Duration.ofSeconds(180));
        return another;
    }

    /** The running extra instance of a service, or a new one when there is none. */
    ServiceProcess anotherInstance(String service) throws IOException {
        for (ServiceProcess extra : extraInstances) {
            if (extra.service.equals(service)) {
                return extra;
            }
        }
        return startAnotherInstance(service);
    }

    /** Stops an extra instance, as when a pod is scaled away. */
    void stopInstance(ServiceProcess extra) {
        extra.stop();
        extraInstances.remove(extra);
    }

    /** Stops the service's first instance and starts it again on the same database, as after a deployment. */
    ServiceProcess restart(String service) throws IOException {
        services.get(service).stop();
        ServiceProcess restarted = ServiceProcess.start(root, service, service + "-restarted", env(service), logs);
        services.put(service, restarted);
        restarted.awaitReady(Duration.ofSeconds(180));
        return restarted;
    }

    /**
     * Stops the service's first instance and starts it again on the same database with its clock moved forward by
     * {@code offset} ({@code MELDPUNT_CLOCK_OFFSET}), so terms of years are reached in seconds. A service in
     * {@code %prod} refuses a moved clock, so this one runs in the profile {@value #MOVED_CLOCK_PROFILE}: every
     * {@code %prod} setting of the service and the platform, given again for that profile (an extra configuration file,
     * {@code QUARKUS_CONFIG_LOCATIONS}), with the same environment as in production.
     */
    ServiceProcess restartWithClockMoved(String service, Duration offset) throws IOException {
        Map<String, String> env = env(service);
        env.put("QUARKUS_PROFILE", MOVED_CLOCK_PROFILE);
        env.put("QUARKUS_CONFIG_LOCATIONS", productionSettingsAsMovedClockProfile(service).toUri().toString());
        env.put("MELDPUNT_CLOCK_OFFSET", offset.toString());
        services.get(service).stop();
        ServiceProcess restarted = ServiceProcess.start(root, service,
                service + "-clock-" + offset.toString().toLowerCase(), env, logs);
        services.put(service, restarted);
        restarted.awaitReady(Duration.ofSeconds(180));
        return restarted;
    }

    static final String MOVED_CLOCK_PROFILE = "e2e";

    /** The {@code %prod} lines of the service's and the platform's configuration, as {@code %e2e} lines. */
    private Path productionSettingsAsMovedClockProfile(String service) throws IOException {
        List<String> moved = new ArrayList<>();
        for (Path source : List.of(root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"),
                root.resolve(service).resolve("src/main/resources/application.properties"))) {
            boolean continued = false;
            for (String line : Files.readAllLines(source)) {
                if (line.startsWith("%prod.")) {
                    moved.add("%" + MOVED_CLOCK_PROFILE + "." + line.substring("%prod.".length()));
                    continued = line.endsWith("\\");
                } else if (continued) {
                    moved.add(line);
                    continued = line.endsWith("\\");
                }
            }
        }
        Path file = Files.createTempFile("meldpunt-e2e-" + service + "-", ".properties");
        Files.write(file, moved);
        return file;
    }

    /** Starts one more instance of a service with a production setting left out, as a careless deployment would. */
    ServiceProcess startWithout(String service, String variable) throws IOException {
        Map<String, String> env = env(service);
        env.remove(variable);
        return ServiceProcess.start(root, service, service + "-without-" + variable.toLowerCase(), env, logs);
    }

    /** Starts one more instance of a service with one setting added, e.g. one production must refuse. */
    ServiceProcess startWith(String service, String variable, String value) throws IOException {
        Map<String, String> env = env(service);
        env.put(variable, value);
        return ServiceProcess.start(root, service, service + "-with-" + variable.toLowerCase(), env, logs);
    }

    /** The lines an instance (by its name, e.g. termijn-service-restarted) has logged so far, stopped or not. */
    List<String> logLines(String instance) throws IOException {
        Path log = logs.resolve(instance + ".log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private Map<String, String> env(String service) {
        Map<String, String> env = new HashMap<>(baseEnv);
        env.put("DB_URL", "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + databaseOf(service));
        if (service.equals("melding-service")) {
            // the portal passes its caller's address on in X-Forwarded-For, for the rate limits of the anonymous
            // mailbox; melding-service trusts that header only from the portal's address
            env.put("HTTP_PROXY_FORWARDING", "true");
            env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
        }
        if (service.equals("notificatie-service")) {
            // the parties' emails go to the same SMTP server as the reminders, the contacts are looked up here
            env.put("KLACHT_SERVICE_URL", urlOf("klacht-service"));
            env.put("MELDING_SERVICE_URL", urlOf("melding-service"));
            env.put("QUARKUS_MAILER_HOST", mail.getSmtp().getBindTo());
            env.put("QUARKUS_MAILER_PORT", String.valueOf(mail.getSmtp().getPort()));
            env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        }
        if (service.equals("termijn-service")) {
            env.put("KLACHT_SERVICE_URL", urlOf("klacht-service"));
            env.put("MELDING_SERVICE_URL", urlOf("melding-service"));
            env.put("QUARKUS_MAILER_HOST", mail.getSmtp().getBindTo());
            env.put("QUARKUS_MAILER_PORT", String.valueOf(mail.getSmtp().getPort()));
            env.put("QUARKUS_MAILER_MOCK", "false");
            env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
            // every second instead of every minute, so the tests see many ticks of every instance in a short run
            env.put("REMINDERS_EVERY", "1s");
        }
        return env;
    }

    private String urlOf(String service) {
        ServiceProcess running = services.get(service);
        return "http://127.0.0.1:" + (running != null ? running.port : ports.get(service));
    }

    private static String databaseOf(String service) {
        return "meldpunt_" + service.replace("-service", "") + "_" + DB_SUFFIX;
    }

    private static void recreateDatabase(String database) throws SQLException {
        String url = "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
    }

    private void stopAll() {
        if (portaal != null) {
            portaal.stop();
        }
        extraInstances.forEach(ServiceProcess::stop);
        services.values().forEach(ServiceProcess::stop);
        keycloak.stop();
    }
}
