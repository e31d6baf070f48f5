package nl.tweedekamer.meldpunt.notificatie;

import static io.restassured.RestAssured.given;
import static nl.tweedekamer.meldpunt.notificatie.testing.Events.fields;
import static nl.tweedekamer.meldpunt.testing.ContactLookupStub.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
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
import nl.tweedekamer.meldpunt.testing.TestTokens;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * domain.md §7: names, addresses, free text and category never leave the case services. A name and an address
 * planted in the lookups' answers, and free text and a category planted in the events (fields the contract does
 * not allow, as a faulty producer might send them), appear in no email body, no HR event, no delivery log entry and
 * no log line.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class ConfidentialityTests {

    static final String NAME = "Jolanda Plantenga";
    static final String ADDRESS = "jolanda.plantenga@geheim.example";
    static final String BOARD = "bestuur.vanderplant@geheim.example";
    static final String TEXT = "Zij schreeuwde mij toe in de fractiekamer";
    static final String CATEGORY = "SEKSUELE_INTIMIDATIE";

    @Test
    void aPlantedNameAddressAndTextAppearInNoEmailHrEventDeliveryLogOrLogLine() throws Exception {
        UUID caseId = UUID.randomUUID();
        String ref = Events.reference("K");
        String tenant = Events.tenant("fractie");
        String employer = Events.tenant("werkgever");
        String person = UUID.randomUUID().toString();
        String cases = "/internal/cases/" + caseId + "/contacts/";
        // the lookups answer by klacht-contract, which has no name (the stub refuses one); no accused yet: 404
        answer(cases + "COMPLAINANT", List.of(new Contact(person, ADDRESS, tenant)));
        answer(cases + "ADVICE_RECIPIENT", List.of(new Contact(UUID.randomUUID().toString(), BOARD, employer)));

        Events.klachtOffContract("ontvangst-bevestigd", caseId, tenant, ref, fields("confirmedOn", "2026-11-03",
                "completeOn", "2026-11-02", "toelichting", TEXT, "category", CATEGORY, "complainantName", NAME));
        Events.klachtOffContract("advies-uitgebracht", caseId, tenant, ref, fields("issuedOn", "2027-01-04",
                "receivedOn", "2027-01-05", "recipients", List.of(fields("employerTenantId", employer, "recipientId", null,
                        "name", NAME)), "adviesTekst", TEXT, "category", CATEGORY));
        // a reference that is not one (a name in its place) is passed over, never shown
        Events.klachtOffContract("ontvangst-bevestigd", caseId, tenant, "PLANTENGA Jolanda", fields("confirmedOn", "2026-11-03",
                "completeOn", "2026-11-02"));

        await().atMost(Duration.ofSeconds(30)).until(() -> Mails.to(ADDRESS).size() == 2 && Mails.to(BOARD).size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.all("hr-status." + employer + ".v1").size() >= 2);

        for (MimeMessage mail : List.of(Mails.to(ADDRESS).get(0), Mails.to(ADDRESS).get(1), Mails.to(BOARD).get(0))) {
            assertThat(Mails.readable(mail)).contains(ref).doesNotContain(NAME).doesNotContain("Plantenga")
                    .doesNotContain(ADDRESS).doesNotContain(BOARD).doesNotContain(TEXT).doesNotContain(CATEGORY);
        }
        for (TopicReader.Event event : TopicReader.all("hr-status." + employer + ".v1")) {
            assertThat(event.json()).doesNotContain(NAME).doesNotContain("Plantenga").doesNotContain(ADDRESS)
                    .doesNotContain(TEXT).doesNotContain(CATEGORY).doesNotContain("@");
        }
        String log = given().auth().oauth2(TestTokens.as("operator").sign()).get("/deliveries?limit=500")
                .then().statusCode(200).extract().asString();
        assertThat(log).doesNotContain("Plantenga").doesNotContain("geheim.example").doesNotContain(TEXT)
                .doesNotContain(CATEGORY);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(logFile())
                .contains("Passing over event").contains("Delivery"));
        assertThat(logFile()).doesNotContain("Plantenga").doesNotContain("PLANTENGA").doesNotContain("geheim.example")
                .doesNotContain(TEXT).doesNotContain(CATEGORY);
        assertThat(ContactLookupStub.refusedCalls()).isZero();
    }

    static String logFile() throws Exception {
        return Files.readString(Path.of("target/notificatie-test.log"));
    }
}
