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
 * Domain.md §7: the deletion of a complaint file is announced beforehand to the commission's chair, who may place a
 * legal hold, and to its secretary; nobody else hears of it, and the deletion itself sends no email.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class BewaartermijnMailTests {

    static final String CHAIR = "voorzitter@klachtencommissie.example";
    static final String SECRETARY = PartiesAreToldEachStepTests.SECRETARY;

    static {
        answer("/internal/commission/contacts?function=CHAIR",
                List.of(new Contact("8a1d6c7e-0000-4000-8000-000000000002", CHAIR)));
        answer("/internal/commission/contacts?function=SECRETARY",
                List.of(new Contact("8a1d6c7e-0000-4000-8000-000000000001", SECRETARY)));
    }

    @Test
    void theChairAndTheSecretaryAreWarnedOfADeletionWithItsDateAndNobodyElseHearsOfIt() {
        UUID caseId = UUID.randomUUID();
        String ref = Events.reference("K");
        String tenant = Events.tenant("fractie");
        String klager = "klager-" + caseId + "@voorbeeld.example";
        String accused = "aangeklaagde-" + caseId + "@voorbeeld.example";
        String cases = "/internal/cases/" + caseId + "/contacts/";
        answer(cases + "COMPLAINANT", List.of(new Contact(UUID.randomUUID().toString(), klager, tenant)));
        answer(cases + "ACCUSED", List.of(new Contact(UUID.randomUUID().toString(), accused, tenant)));

        Events.klacht("bewaartermijn-verloopt", caseId, tenant, ref,
                fields("retentionEnd", "2031-11-02", "deletionDueOn", "2031-11-02"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(about(ref, Mails.to(CHAIR))).hasSize(1);
            assertThat(about(ref, Mails.to(SECRETARY))).hasSize(1);
        });
        MimeMessage warning = about(ref, Mails.to(CHAIR)).get(0);
        assertThat(Mails.subject(warning)).contains("dossier wordt vernietigd").contains("file will be deleted");
        assertThat(Mails.content(warning)).contains(ref).contains("/klachten/" + caseId)
                .contains("op 2 november 2031 vernietigd").contains("deleted on 2 November 2031")
                .contains("legal hold").doesNotContain("[datum]");

        // the deletion itself is told to nobody
        Events.klacht("klacht-vernietigd", caseId, tenant, ref, fields("deletedOn", "2031-11-02"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(6)).untilAsserted(() -> {
            assertThat(about(ref, Mails.all())).extracting(m -> m.getAllRecipients()[0].toString())
                    .containsExactlyInAnyOrder(CHAIR, SECRETARY);
            assertThat(Mails.to(klager)).isEmpty();
            assertThat(Mails.to(accused)).isEmpty();
        });
        assertThat(ContactLookupStub.refusedCalls()).isZero();
    }

    private static List<MimeMessage> about(String reference, List<MimeMessage> messages) {
        return messages.stream().filter(m -> Mails.subject(m).contains(reference)).toList();
    }
}
