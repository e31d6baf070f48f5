package nl.tweedekamer.meldpunt.notificatie;

import static io.restassured.RestAssured.given;
import static nl.tweedekamer.meldpunt.notificatie.testing.Events.fields;
import static nl.tweedekamer.meldpunt.testing.ContactLookupStub.answer;
import static nl.tweedekamer.meldpunt.testing.ContactLookupStub.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.tweedekamer.meldpunt.klacht.contract.Contact;
import nl.tweedekamer.meldpunt.notificatie.testing.Events;
import nl.tweedekamer.meldpunt.notificatie.testing.Mails;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * Delivery: each intended email is kept until it is sent, exactly once, whatever is down in between; the
 * delivery log shows administrators how it went without showing to whom or what.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class DeliveryTests {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A complainant with their own address; returns the address. */
    private static String complainantOf(UUID caseId) {
        String address = "klager-" + caseId + "@voorbeeld.example";
        answer("/internal/cases/" + caseId + "/contacts/COMPLAINANT",
                List.of(new Contact(UUID.randomUUID().toString(), address, "fractie-x")));
        return address;
    }

    private static UUID receiptConfirmed(UUID eventId, UUID caseId, String ref) {
        return Events.klacht(eventId, "ontvangst-bevestigd", caseId, "fractie-x", ref,
                fields("confirmedOn", "2026-11-03", "completeOn", "2026-11-02"));
    }

    @Test
    void anSmtpOutageDelaysEachEmailAndRecoveryDeliversItExactlyOnce() {
        UUID caseId = UUID.randomUUID();
        String address = complainantOf(caseId);
        GreenMailResource.greenMail().stop();
        try {
            receiptConfirmed(UUID.randomUUID(), caseId, Events.reference("K"));
            await().atMost(Duration.ofSeconds(30)).until(() -> deliveries("RETRYING").stream()
                    .anyMatch(d -> ((Integer) d.get("attempts")) >= 2));
        } finally {
            GreenMailResource.greenMail().start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Mails.to(address).size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> Mails.to(address).size() == 1);
        assertThat(deliveries("RETRYING")).isEmpty();
    }

    @Test
    void aRedeliveredEventSendsNothingTwice() {
        UUID caseId = UUID.randomUUID();
        String address = complainantOf(caseId);
        UUID eventId = UUID.randomUUID();
        String ref = Events.reference("K");
        receiptConfirmed(eventId, caseId, ref);
        await().atMost(Duration.ofSeconds(30)).until(() -> Mails.to(address).size() == 1);
        receiptConfirmed(eventId, caseId, ref);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> Mails.to(address).size() == 1);
    }

    @Test
    void whileKlachtServiceCannotAnswerTheEmailWaitsAndThenArrivesOnce() {
        UUID caseId = UUID.randomUUID();
        String address = complainantOf(caseId);
        ContactLookupStub.down(true);
        try {
            receiptConfirmed(UUID.randomUUID(), caseId, Events.reference("K"));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> Mails.to(address).isEmpty());
            // the administrators see it waiting for the lookup
            await().atMost(Duration.ofSeconds(10)).until(() -> notifications("PLANNED").stream()
                    .anyMatch(n -> "KLAGER".equals(n.get("recipientRole")) && ((Integer) n.get("attempts")) >= 1));
        } finally {
            ContactLookupStub.down(false);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Mails.to(address).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> Mails.to(address).size() == 1);
    }

    @Test
    void aLookupAnswerWithoutAnAddressIsAnAlertAndTheEmailWaitsInsteadOfFindingNobody() throws Exception {
        UUID caseId = UUID.randomUUID();
        String address = "klager-" + caseId + "@voorbeeld.example";
        ContactLookupStub.offContract("/internal/cases/" + caseId + "/contacts/COMPLAINANT", "[{\"personId\":\"" + UUID.randomUUID() + "\",\"mail\":\"" + address + "\"}]");
        receiptConfirmed(UUID.randomUUID(), caseId, Events.reference("K"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ConfidentialityTests.logFile())
                .contains("ALERT contract breach: the CASE_COMPLAINANT lookup"));
        // it waits for the lookup, as when the service is down, instead of being closed as "nobody"
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications("PLANNED").stream()
                .anyMatch(n -> "KLAGER".equals(n.get("recipientRole")) && ((Integer) n.get("attempts")) >= 1));
        assertThat(ConfidentialityTests.logFile()).doesNotContain(address);

        // once the owning service answers by its contract again, the email goes out, once
        complainantOf(caseId);
        await().atMost(Duration.ofSeconds(30)).until(() -> Mails.to(address).size() == 1);
    }

    @Test
    void theDeliveryLogShowsRoleStateAndAKeyedHashButNeverTheAddress() throws Exception {
        UUID caseId = UUID.randomUUID();
        String address = complainantOf(caseId);
        receiptConfirmed(UUID.randomUUID(), caseId, Events.reference("K"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mails.to(address).size() == 1);

        String keyed = hmac(ConfigProvider.getConfig().getValue("meldpunt.delivery-log.hash-key", String.class), address);
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries("SENT").stream()
                .anyMatch(d -> keyed.equals(d.get("addressHash"))));
        Map<String, Object> entry = deliveries("SENT").stream().filter(d -> keyed.equals(d.get("addressHash")))
                .findFirst().orElseThrow();
        assertThat(entry).containsEntry("recipientRole", "KLAGER").containsEntry("state", "SENT")
                .containsEntry("attempts", 1).containsEntry("template", "ONTVANGST_BEVESTIGD")
                .containsKeys("createdAt", "sentAt", "lastAttemptAt");
        // an unkeyed hash of the address (a dictionary attack) finds nothing
        String plain = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(address.getBytes(StandardCharsets.UTF_8)));
        String log = given().auth().oauth2(admin()).get("/deliveries?limit=500").then().statusCode(200)
                .extract().asString();
        assertThat(log).doesNotContain(address).doesNotContain("@").doesNotContain(plain)
                .doesNotContain(caseId.toString());
    }

    @Test
    void onlyTechnicalOperationsReadTheDeliveryLogNotThePlatformAdministrators() {
        given().get("/deliveries").then().statusCode(401);
        for (String role : List.of("platform-admin", "employee", "fractie-admin", "hr-portal", "service",
                "commission-secretary", "vertrouwenspersoon", "employer")) {
            given().auth().oauth2(TestTokens.as(role).tenant("fractie-x").sign()).get("/deliveries")
                    .then().statusCode(403);
            given().auth().oauth2(TestTokens.as(role).tenant("fractie-x").sign()).get("/deliveries/notifications")
                    .then().statusCode(403);
        }
        given().auth().oauth2(admin()).get("/deliveries?state=LOST").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(admin()).get("/deliveries?limit=0").then().statusCode(400);
    }

    @Test
    void anAnonymousReporterIsNeverEmailedAndTheLogSaysNobodyWasThere() {
        UUID melding = UUID.randomUUID();
        String vpId = UUID.randomUUID().toString();
        answer("/internal/vertrouwenspersonen/" + vpId + "/contact", contact(vpId, "vp-" + vpId + "@vp.example"));
        Events.melding("bericht-geplaatst", melding, "fractie-x", Events.reference("M"), fields("messageId",
                UUID.randomUUID().toString(), "vertrouwenspersoonId", vpId, "vertrouwenspersoonKind", "POOL",
                "from", "VERTROUWENSPERSOON", "postedAt", "2026-11-03T10:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications("NO_RECIPIENT").stream()
                .anyMatch(n -> "MELDER".equals(n.get("recipientRole"))
                        && "nl.tweedekamer.melding.bericht-geplaatst.v1".equals(n.get("eventType"))));
        given().auth().oauth2(TestTokens.as("employee").tenant("fractie-x").sign()).get("/deliveries/notifications")
                .then().statusCode(403);
    }

    static List<Map<String, Object>> notifications(String state) {
        return given().auth().oauth2(admin()).get("/deliveries/notifications?limit=500&state=" + state).then()
                .statusCode(200).extract().jsonPath().getList("$");
    }

    /** Technical operations, who read the delivery log (no tenant: the log is the platform's). */
    static String admin() {
        return TestTokens.as("operator").sign();
    }

    static List<Map<String, Object>> deliveries(String state) {
        return given().auth().oauth2(admin()).get("/deliveries?limit=500&state=" + state).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static String hmac(String key, String address) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
    }
}
