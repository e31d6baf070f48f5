package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the packaged services do in production that the tests' own profile cannot show. */
@Tag("postgres")
class ProductionSettingsIT {

    private static PlatformStack stack;

    @BeforeAll
    static void startPlatform() {
        stack = PlatformStack.get();
    }

    @Test
    void theApiDescriptionAndItsBrowserAreOffInProduction() {
        for (String service : PlatformStack.SERVICES) {
            String base = stack.service(service).baseUri();
            assertThat(given().baseUri(base).get("/q/openapi").statusCode()).as(service + " /q/openapi").isEqualTo(404);
            assertThat(given().baseUri(base).get("/q/swagger-ui/").statusCode()).as(service + " /q/swagger-ui")
                    .isEqualTo(404);
        }
    }

    @Test
    void healthShowsAnonymousCallersNoAddressAndEveryAnswerRefusesCaching() {
        for (String service : PlatformStack.SERVICES) {
            ExtractableResponse<Response> health = given().baseUri(stack.service(service).baseUri())
                    .get("/q/health").then().extract();
            assertThat(health.statusCode()).as(service).isEqualTo(200);
            assertThat(health.asString()).as(service).doesNotContain("127.0.0.1").doesNotContain("localhost")
                    .doesNotContainPattern(":\\d{2,5}\\b");
            assertThat(health.header("Cache-Control")).as(service).isEqualTo("no-store");
            assertThat(health.header("X-Content-Type-Options")).as(service).isEqualTo("nosniff");
        }
    }

    @Test
    void notificatieServiceDoesNotStartWithoutTheDeliveryLogHashKey() throws IOException, InterruptedException {
        ServiceProcess careless = stack.startWithout("notificatie-service", "DELIVERY_LOG_HASH_KEY");
        try {
            assertThat(careless.failsWithin(Duration.ofSeconds(90))).as("exits with an error").isTrue();
            assertThat(careless.output()).contains("meldpunt.delivery-log.hash-key");
        } finally {
            careless.stop();
        }
    }

    @Test
    void aServiceThatCallsAnotherDoesNotStartWithoutItsClientCredentials() throws IOException, InterruptedException {
        ServiceProcess careless = stack.startWithout("termijn-service", "SERVICE_CLIENT_SECRET");
        try {
            assertThat(careless.failsWithin(Duration.ofSeconds(90))).as("exits with an error").isTrue();
            assertThat(careless.output()).contains("quarkus.oidc-client.credentials.secret");
        } finally {
            careless.stop();
        }
    }

    @Test
    void aServiceInProductionDoesNotStartWithAMovedClock() throws IOException, InterruptedException {
        ServiceProcess moved = stack.startWith("termijn-service", "MELDPUNT_CLOCK_OFFSET", "P30D");
        try {
            assertThat(moved.failsWithin(Duration.ofSeconds(90))).as("exits with an error").isTrue();
            assertThat(moved.output()).contains("meldpunt.clock.offset");
        } finally {
            moved.stop();
        }
    }

    @Test
    void thePortalDoesNotStartInProductionWithoutItsSignInSecrets() throws IOException, InterruptedException {
        for (String secret : new String[] { "OIDC_CLIENT_SECRET", "OIDC_SESSION_SECRET" }) {
            ServiceProcess careless = stack.startPortaalWithout(secret);
            try {
                assertThat(careless.failsWithin(Duration.ofSeconds(90))).as("exits without " + secret).isTrue();
                assertThat(careless.output()).contains(secret);
            } finally {
                careless.stop();
            }
        }
    }
}
