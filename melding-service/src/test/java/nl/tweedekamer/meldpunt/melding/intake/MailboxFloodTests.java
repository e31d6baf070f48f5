package nl.tweedekamer.meldpunt.melding.intake;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.anonymous;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.freshAddress;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.mailbox;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * A flood of guesses from many addresses: beyond the limit for all callers together, codes of no mailbox are
 * refused without the slow hash, while the rightful melder's code still opens their mailbox.
 */
@QuarkusTest
@TestProfile(MailboxFloodTests.LowGlobalLimit.class)
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class MailboxFloodTests {

    public static class LowGlobalLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("meldpunt.mailbox.global.max", "4");
        }
    }

    @Inject
    EntityManager em;

    /** The database outlives the other test classes' application: their failed guesses are not this flood's. */
    @BeforeEach
    void noEarlierAttempts() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM mailbox_attempt").executeUpdate());
    }

    @Test
    void aFloodOfGuessesIsHeldBackButTheRightCodeStillOpensTheMailbox() {
        String tenant = fractie("POOL");
        Map<String, Object> body = intake(poolVp(), planted());
        body.put("tenantId", tenant);
        String code = anonymous(freshAddress()).body(body).post("/mailbox/meldingen").then().statusCode(201)
                .extract().path("receiptCode");
        for (int i = 0; i < 4; i++) {
            mailbox("ZZZZZZZZZZZ" + "ABCD".charAt(i) + "-" + "C".repeat(32), freshAddress()).get("/mailbox").then()
                    .statusCode(404);
        }
        mailbox("ZZZZZZZZZZZQ-" + "C".repeat(32), freshAddress()).get("/mailbox").then().statusCode(429)
                .contentType(PROBLEM).header("Retry-After", notNullValue());
        mailbox(code, freshAddress()).get("/mailbox").then().statusCode(200);
        mailbox(code.substring(0, 13) + "B".repeat(32), freshAddress()).get("/mailbox").then().statusCode(404);
    }
}
