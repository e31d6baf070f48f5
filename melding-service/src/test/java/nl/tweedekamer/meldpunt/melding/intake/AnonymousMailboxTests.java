package nl.tweedekamer.meldpunt.melding.intake;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.anonymous;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.awaitEvents;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.freshAddress;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.mailbox;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * The anonymous mailbox: no token; a receipt code of a public mailbox id and a secret of 160 bits, shown once
 * and stored only as an Argon2id hash; wrong codes read nothing and repeated guesses are slowed down.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class AnonymousMailboxTests {

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, Object> anonymousIntake(String tenant, UUID vp, String text) {
        Map<String, Object> body = intake(vp, text);
        body.put("tenantId", tenant);
        return body;
    }

    @Test
    void aFormerEmployeeWithoutAnAccountReportsAnonymouslyAndReturnsWithTheReceiptCode() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String address = freshAddress();
        String text = planted();
        var receipt = anonymous(address).body(anonymousIntake(tenant, vp, text)).post("/mailbox/meldingen").then()
                .statusCode(201)
                .body("receiptCode", matchesPattern("[A-Z2-7]{12}-[A-Z2-7]{32}"))
                .extract();
        String code = receipt.path("receiptCode");
        String id = receipt.path("meldingId");

        vp(vp).get("/meldingen/{id}", id).then().statusCode(200)
                .body("anonymous", equalTo(true))
                .body("description", equalTo(text))
                .body("identity", nullValue());
        vp(vp).body(Map.of("text", "Wil je vertellen wat er gebeurde?")).post("/meldingen/{id}/berichten", id).then()
                .statusCode(201);

        // typed back in lower case, with blanks around it
        mailbox("  " + code.toLowerCase() + " ", address).get("/mailbox").then().statusCode(200)
                .body("meldingId", equalTo(id))
                .body("description", equalTo(text))
                .body("messages", hasSize(1))
                .body("messages[0].text", equalTo("Wil je vertellen wat er gebeurde?"))
                .body("receiptCode", nullValue());
        mailbox(code, freshAddress()).body(Map.of("text", "Mijn leidinggevende kleineert me.")).post("/mailbox/berichten")
                .then().statusCode(201).body("from", equalTo("MELDER"));
        vp(vp).get("/meldingen/{id}", id).then().statusCode(200).body("messages[1].text",
                equalTo("Mijn leidinggevende kleineert me."));

        assertThat(awaitEvents(id, 1).get(0).json()).contains("\"tenantId\":\"" + tenant + "\"").doesNotContain(text);
    }

    @Test
    void noAnswerOfTheMailboxIsCachedOrSniffedNeitherTheReceiptCodeNorARefusal() {
        String tenant = fractie("POOL");
        var receipt = anonymous(freshAddress()).body(anonymousIntake(tenant, poolVp(), planted()))
                .post("/mailbox/meldingen").then().statusCode(201).extract();
        String code = receipt.path("receiptCode");
        var read = mailbox(code, freshAddress()).get("/mailbox").then().statusCode(200).extract();
        var wrong = mailbox(code.substring(0, 13) + "B".repeat(32), freshAddress()).get("/mailbox").then()
                .statusCode(404).extract();
        for (var answer : List.of(receipt, read, wrong)) {
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void anAnonymousMeldingCarriesNoIdentity() {
        String tenant = fractie("POOL");
        Map<String, Object> body = anonymousIntake(tenant, poolVp(), planted());
        body.put("identity", Map.of("name", "Toch Een Naam"));
        anonymous(freshAddress()).body(body).post("/mailbox/meldingen").then().statusCode(400).contentType(PROBLEM);
        body.remove("identity");
        body.remove("tenantId");
        anonymous(freshAddress()).body(body).post("/mailbox/meldingen").then().statusCode(400)
                .body("errors[0].field", equalTo("tenantId"));
        body.put("tenantId", "bestaat-niet");
        anonymous(freshAddress()).body(body).post("/mailbox/meldingen").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aWrongReceiptCodeReadsNothing() {
        String tenant = fractie("POOL");
        String address = freshAddress();
        String code = anonymous(address).body(anonymousIntake(tenant, poolVp(), planted())).post("/mailbox/meldingen")
                .then().statusCode(201).extract().path("receiptCode");
        String mailboxId = code.substring(0, 12);
        String wrongSecret = mailboxId + "-" + "A".repeat(32);
        mailbox(wrongSecret, freshAddress()).get("/mailbox").then().statusCode(404).contentType(PROBLEM)
                .body("description", nullValue());
        mailbox("ZZZZZZZZZZZZ-" + code.substring(13), freshAddress()).get("/mailbox").then().statusCode(404);
        mailbox("geen code", freshAddress()).get("/mailbox").then().statusCode(404);
        anonymous(freshAddress()).get("/mailbox").then().statusCode(404);
        mailbox(wrongSecret, freshAddress()).body(Map.of("text", "ingebroken")).post("/mailbox/berichten").then()
                .statusCode(404);
        mailbox(code, freshAddress()).get("/mailbox").then().statusCode(200).body("messages", hasSize(0));
        // the trail of reads likewise: only with the right code, and it shows the melder's own read
        mailbox(wrongSecret, freshAddress()).get("/mailbox/audit").then().statusCode(404);
        mailbox(code, freshAddress()).get("/mailbox/audit").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItems("RECEIVED", "READ"))
                .body("find { it.action == 'READ' }.actor", org.hamcrest.Matchers.equalTo("MELDER"));
    }

    @Test
    void guessesOnOneMailboxFromManyAddressesNeverLockOutTheRightCode() {
        String tenant = fractie("POOL");
        String code = anonymous(freshAddress()).body(anonymousIntake(tenant, poolVp(), planted()))
                .post("/mailbox/meldingen").then().statusCode(201).extract().path("receiptCode");
        String wrong = code.substring(0, 13) + "B".repeat(32);
        for (int i = 0; i < 8; i++) {
            mailbox(wrong, freshAddress()).get("/mailbox").then().statusCode(404);
        }
        mailbox(code, freshAddress()).get("/mailbox").then().statusCode(200);
    }

    @Test
    void repeatedGuessesFromOneAddressAreSlowedWhateverMailboxTheyTry() {
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            String guess = "ABCDEFGHIJK" + "ABCDEFG".charAt(i) + "-" + "C".repeat(32);
            mailbox(guess, address).get("/mailbox").then().statusCode(404);
        }
        int retryAfter = Integer.parseInt(mailbox("ABCDEFGHIJKZ-" + "C".repeat(32), address).get("/mailbox").then()
                .statusCode(429).extract().header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 15 * 60);
        // another address is not held up by it
        mailbox("ABCDEFGHIJKZ-" + "C".repeat(32), freshAddress()).get("/mailbox").then().statusCode(404);
    }

    @Test
    void anonymousIntakeIsLimitedPerClientAddress() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            anonymous(address).body(anonymousIntake(tenant, vp, planted())).post("/mailbox/meldingen").then()
                    .statusCode(201);
        }
        anonymous(address).body(anonymousIntake(tenant, vp, planted())).post("/mailbox/meldingen").then()
                .statusCode(429).contentType(PROBLEM).header("Retry-After", notNullValue());
        anonymous(freshAddress()).body(anonymousIntake(tenant, vp, planted())).post("/mailbox/meldingen").then()
                .statusCode(201);
    }

    @Test
    void onlyAnArgon2idHashOfTheSecretIsStored() throws Exception {
        String tenant = fractie("POOL");
        var receipt = anonymous(freshAddress()).body(anonymousIntake(tenant, poolVp(), planted()))
                .post("/mailbox/meldingen").then().statusCode(201).extract();
        String code = receipt.path("receiptCode");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select * from anonieme_mailbox where melding_id = ?")) {
            s.setObject(1, UUID.fromString(receipt.path("meldingId")));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("mailbox_id")).isEqualTo(code.substring(0, 12));
                assertThat(rs.getString("secret_hash")).startsWith("argon2id$v=19$m=19456,t=2,p=1$")
                        .doesNotContain(code.substring(13));
                for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                    assertThat(String.valueOf(rs.getObject(col))).doesNotContain(code.substring(13));
                }
            }
        }
    }
}
