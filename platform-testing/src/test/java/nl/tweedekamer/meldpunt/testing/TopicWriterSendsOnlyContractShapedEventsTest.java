package nl.tweedekamer.meldpunt.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A consumer's test may only feed what a producer may publish: TopicWriter refuses a payload that breaks its type's
 * schema before it reaches the broker, and the records a consumer reads with are held against the same schemas.
 */
class TopicWriterSendsOnlyContractShapedEventsTest {

    private static final String WITHDRAWN = "nl.tweedekamer.klacht.klacht-ingetrokken.v1";
    private static final String ADVICE = "nl.tweedekamer.klacht.advies-uitgebracht.v1";

    @Test
    void aPayloadOutsideItsSchemaFailsTheTestNamingTheViolationBeforeAnythingIsSent() {
        String json = "{\"caseId\":\"" + UUID.randomUUID() + "\",\"caseReference\":\"K-2026-0001\","
                + "\"tenantId\":\"fractie-a\",\"withdrawnOn\":\"2026-05-01\",\"reason\":\"made up\"}";
        // no broker runs in this module's tests: had the event been sent, it would fail differently
        AssertionError refused = assertThrows(AssertionError.class, () -> TopicWriter.send("klacht.events.v1", "k",
                "/meldpunt/klacht-service", WITHDRAWN, "fractie-a", "K-2026-0001", json));
        assertTrue(refused.getMessage().contains(WITHDRAWN) && refused.getMessage().contains("reason")
                && refused.getMessage().contains("sendOffContract"), refused.getMessage());
    }

    @Test
    void aRequiredFieldLeftOutIsAViolationToo() {
        Set<String> violations = AsyncApiContract.violations(WITHDRAWN, "{\"caseId\":\"" + UUID.randomUUID()
                + "\",\"caseReference\":\"K-2026-0001\",\"tenantId\":\"fractie-a\"}");
        assertTrue(violations.stream().anyMatch(v -> v.contains("withdrawnOn")), violations.toString());
    }

    record Withdrawal(UUID caseId, String tenantId, LocalDate withdrawnOn, String reason) {
    }

    record Recipient(String employerTenantId, UUID recipientId, String email) {
    }

    record Advice(UUID caseId, List<Recipient> recipients) {
    }

    @Test
    void aConsumerRecordNamingAFieldTheProducerNeverSendsFailsNestedRecordsIncluded() {
        AssertionError flat = assertThrows(AssertionError.class,
                () -> ConsumedRecordContract.assertReadsOnlyContractFields(Withdrawal.class, WITHDRAWN));
        assertTrue(flat.getMessage().contains("Withdrawal.reason"), flat.getMessage());
        AssertionError nested = assertThrows(AssertionError.class,
                () -> ConsumedRecordContract.assertReadsOnlyContractFields(Advice.class, ADVICE));
        assertTrue(nested.getMessage().contains("Advice.recipients.email"), nested.getMessage());
    }

    @Test
    void aRequiredFieldLeftUnreadMustBeInTheReviewedListAndTheListHoldsNoStaleField() {
        assertEquals(Set.of("caseReference", "issuedOn", "receivedOn", "tenantId"),
                ConsumedRecordContract.requiredFieldsNotRead(Advice.class, ADVICE));
        AssertionError unreviewed = assertThrows(AssertionError.class, () -> ConsumedRecordContract
                .assertIgnoresOnly(Withdrawal.class, WITHDRAWN, ConsumedRecordContract.ignored("withdrawnOn", "stale")));
        assertTrue(unreviewed.getMessage().contains("[caseReference]")
                && unreviewed.getMessage().contains("[withdrawnOn]"), unreviewed.getMessage());
    }
}
