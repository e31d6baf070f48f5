package nl.tweedekamer.meldpunt.notificatie;

import static nl.tweedekamer.meldpunt.notificatie.testing.Events.fields;
import static nl.tweedekamer.meldpunt.testing.ContactLookupStub.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.klacht.contract.Contact;
import nl.tweedekamer.meldpunt.notificatie.testing.Events;
import nl.tweedekamer.meldpunt.notificatie.testing.Mails;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Domain.md §10.3: when the link of an accused to a person who had read the case is undone, the chair of the
 * commission is told of a possible personal-data breach; an undone link nobody read tells nobody.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class DatalekMailTests {

    static {
        answer("/internal/commission/contacts?function=CHAIR",
                List.of(new Contact("8a1d6c7e-0000-4000-8000-000000000002", BewaartermijnMailTests.CHAIR)));
    }

    @Test
    void theChairIsToldOfAWrongLinkThatWasReadAndNobodyOfOneThatWasNot() {
        String tenant = Events.tenant("fractie");
        UUID caseId = UUID.randomUUID();
        String ref = Events.reference("K");

        // two accused of one case, in this order on the case's key: a link nobody read, then one that was read
        Events.klacht("koppeling-ongedaan", caseId, tenant, ref, fields("accusedId", UUID.randomUUID().toString(),
                "undoneOn", "2026-12-06", "personalDataBreach", false));
        Events.klacht("koppeling-ongedaan", caseId, tenant, ref, fields("accusedId", UUID.randomUUID().toString(),
                "undoneOn", "2026-12-06", "personalDataBreach", true));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(about(ref, Mails.to(BewaartermijnMailTests.CHAIR))).hasSize(1));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(6))
                .untilAsserted(() -> assertThat(about(ref, Mails.all())).hasSize(1));
        MimeMessage mail = about(ref, Mails.to(BewaartermijnMailTests.CHAIR)).get(0);
        assertThat(Mails.subject(mail)).containsIgnoringCase("datalek");
        assertThat(Mails.content(mail)).contains("/klachten/" + caseId).contains("AVG artikel 33")
                .contains("GDPR articles 33");
        assertThat(ContactLookupStub.refusedCalls()).isZero();
    }

    private static List<MimeMessage> about(String reference, List<MimeMessage> messages) {
        return messages.stream().filter(m -> Mails.subject(m).contains(reference)).toList();
    }
}
