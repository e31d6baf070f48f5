package nl.tweedekamer.meldpunt.notificatie;

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
import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Domain.md §10.8: the author of a draft klaagschrift unchanged for almost 6 months is told, 2 weeks before, the day
 * it will be deleted — with a link to the draft's page in the portal and nothing of its content; nobody else hears.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class ConceptVervaltMailTests {

    @Test
    void theAuthorOfAnAbandonedDraftIsToldTheDayOfItsDeletionWithALinkToItAndNoContent() {
        UUID draftId = UUID.randomUUID();
        String tenant = Events.tenant("fractie");
        String author = "auteur-" + draftId + "@voorbeeld.example";
        answer("/internal/cases/" + draftId + "/contacts/COMPLAINANT",
                List.of(new Contact(UUID.randomUUID().toString(), author, tenant)));

        Events.conceptVervalt(draftId, tenant, "2026-05-20", "2026-11-20");

        await().atMost(Duration.ofSeconds(30)).until(() -> Mails.to(author).size() == 1);
        MimeMessage mail = Mails.to(author).get(0);
        assertThat(Mails.subject(mail)).contains("concept-klaagschrift wordt verwijderd")
                .contains("draft complaint will be deleted");
        assertThat(Mails.content(mail)).contains("op 20 november 2026 verwijderd").contains("on 20 November 2026")
                .contains(PortalRoutes.klacht(draftId)).doesNotContain("[datum]");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(6))
                .until(() -> Mails.all().stream().filter(m -> Mails.content(m).contains(draftId.toString()))
                        .count() == 1);
        assertThat(ContactLookupStub.refusedCalls()).isZero();
    }
}
