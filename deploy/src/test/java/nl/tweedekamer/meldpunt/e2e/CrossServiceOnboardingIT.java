package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.KafkaBroker;
import nl.tweedekamer.meldpunt.testing.TopicReader;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/** The packaged services together, on one broker: onboarding reaches every service, and nothing is lost. */
@Tag("postgres")
class CrossServiceOnboardingIT {

    private static final System.Logger LOG = System.getLogger("e2e");
    private static final List<String> REPLICAS = List.of("melding-service", "termijn-service", "notificatie-service");
    private static PlatformStack stack;

    @BeforeAll
    static void startPlatform() {
        stack = PlatformStack.get();
        LOG.log(System.Logger.Level.INFO, "e2e: the four services were ready {0} ms after start", stack.startup.toMillis());
    }

    @Test
    void onboardingATenantAndItsDeclarationReachesAllFourServicesWithinSeconds() {
        String tenant = newTenantId();
        long begin = System.nanoTime();
        register(stack.service("klacht-service"), tenant);
        declare(tenant);

        for (String service : REPLICAS) {
            await(service + " has the declaration").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> replicaRevision(service, tenant) == 2);
        }
        long millis = (System.nanoTime() - begin) / 1_000_000;
        LOG.log(System.Logger.Level.INFO, "e2e: tenant and declaration reached all four services in {0} ms", millis);
        for (String service : REPLICAS) {
            asPlatformAdmin(service).get("/tenants/{t}/replica", tenant).then().statusCode(200)
                    .body("declarations[0].option", equalTo("PERSONEELSHANDBOEK"));
        }
        for (String service : stack.services.keySet()) {
            LOG.log(System.Logger.Level.INFO, "e2e: {0} resident memory {1} MiB", service,
                    stack.service(service).residentKib() / 1024);
        }
    }

    @Test
    void everyServiceRefusesAnUnknownTenant() {
        asPlatformAdmin("klacht-service").get("/tenants/{t}", "no-such-tenant").then().statusCode(404)
                .contentType("application/problem+json");
        for (String service : REPLICAS) {
            asPlatformAdmin(service).get("/tenants/{t}/replica", "no-such-tenant").then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void withTheBrokerDownOnboardingCommitsAndArrivesExactlyOnceInEveryServiceWhenItIsBack() {
        String tenant = newTenantId();
        KafkaBroker.stopBroker();
        try {
            register(stack.service("klacht-service"), tenant);
            asPlatformAdmin("klacht-service").get("/tenants/{t}", tenant).then().statusCode(200);
        } finally {
            KafkaBroker.restartBroker();
        }
        for (String service : REPLICAS) {
            await(service + " has the tenant").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .until(() -> replicaRevision(service, tenant) == 1);
        }
        String marker = newTenantId();
        register(stack.service("klacht-service"), marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.withKey("tenants.v1", marker).size() == 1);
        assertThat(TopicReader.withKey("tenants.v1", tenant)).hasSize(1);
    }

    @Test
    void twoInstancesOfKlachtServicePublishEverySnapshotExactlyOnce() throws IOException {
        ServiceProcess second = stack.anotherInstance("klacht-service");
        List<String> tenants = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String tenant = newTenantId();
            register(i % 2 == 0 ? stack.service("klacht-service") : second, tenant);
            tenants.add(tenant);
        }
        String last = tenants.get(tenants.size() - 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.withKey("tenants.v1", last).size() >= 1);
        String marker = newTenantId();
        register(second, marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.withKey("tenants.v1", marker).size() == 1);
        List<TopicReader.Event> all = TopicReader.all("tenants.v1");
        for (String tenant : tenants) {
            assertThat(all.stream().filter(e -> tenant.equals(e.key()))).as(tenant).hasSize(1);
        }
    }

    private static long replicaRevision(String service, String tenant) {
        var response = asPlatformAdmin(service).get("/tenants/{t}/replica", tenant);
        return response.statusCode() == 200 ? response.jsonPath().getLong("revision") : -1;
    }

    private static void register(ServiceProcess klacht, String tenant) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", tenant);
        body.put("name", "Fractie " + tenant);
        body.put("shortName", tenant.toUpperCase());
        body.put("kind", "FRACTIE");
        body.put("employerEntity", "Stichting " + tenant);
        body.put("contactEmail", "secretariaat@" + tenant + ".example.nl");
        given().baseUri(klacht.baseUri()).auth().oauth2(token("platform-admin", "tk")).contentType(ContentType.JSON)
                .body(body).post("/tenants").then().statusCode(201);
    }

    private static void declare(String tenant) {
        Map<String, Object> body = new HashMap<>();
        body.put("regulationVersion", "klachtenregeling-2021");
        body.put("option", "PERSONEELSHANDBOEK");
        body.put("effectiveFrom", "2024-06-01");
        body.put("signedBy", "Fractievoorzitter");
        body.put("signedOn", "2024-05-20");
        body.put("vertrouwenspersoonKeuze", "BEIDE");
        given().baseUri(stack.service("klacht-service").baseUri()).auth().oauth2(token("fractie-admin", tenant))
                .contentType(ContentType.JSON).body(body).post("/tenants/{t}/declarations", tenant).then()
                .statusCode(201);
    }

    private static RequestSpecification asPlatformAdmin(String service) {
        return given().baseUri(stack.service(service).baseUri()).auth().oauth2(token("platform-admin", "tk"));
    }

    private static String token(String role, String tenant) {
        return TestTokens.as(role).tenant(tenant).subject(UUID.randomUUID().toString()).sign();
    }

    private static String newTenantId() {
        return "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
