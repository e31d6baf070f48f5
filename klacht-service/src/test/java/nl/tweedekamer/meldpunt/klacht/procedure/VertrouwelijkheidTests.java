package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.signature;
import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.LogLines;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** Domain.md §7: no name, free text or category of a case in any event or log line. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class VertrouwelijkheidTests {

    private static final String NAME = "Zwanenburg-Plantnaam";
    private static final String TEXT = "GEPLANTE-TEKST-7731";
    private static final String ADDRESS = "Plantstraat 99";


    @Test
    void aPlantedNameAndTextAppearInNoEventOnTheTopicAndNoLogLine() {
        try (LogLines capture = LogLines.capture()) {
            Klachten k = new Klachten();
            Map<String, Object> content = k.klaagschrift(today().minusMonths(2), "MEDEWERKER_FRACTIE");
            content.put("category", "SEKSUELE_INTIMIDATIE");
            content.put("behaviour", TEXT + " gebeurde tijdens de fractievergadering.");
            content.put("witnesses", NAME);
            content.put("complainant", Map.of("name", NAME, "address", ADDRESS, "function", "Medewerker " + TEXT));
            content.put("accused", List.of(Map.of("name", NAME + " junior", "relation", "MEDEWERKER_FRACTIE",
                    "employerTenantId", k.accusedTenant)));
            String id = k.draft(content);
            k.asComplainant().body(Map.of("name", NAME, "signedOn", today().toString()))
                    .post("/klachten/{id}/indiening", id).then().statusCode(200);
            k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
            k.asSecretary().body(Map.of("text", "Stukken van " + NAME)).post("/klachten/{id}/aanvullingsverzoek", id)
                    .then().statusCode(200);
            k.asComplainant().body(Map.of("text", TEXT)).post("/klachten/{id}/aanvulling", id).then().statusCode(200);
            // refusals carry no values either
            k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(409);
            k.compose(id);
            k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", true, "reasons", TEXT,
                    "accusedLinks", List.of(k.rosteredLink(k.accusedId(id))))))
                    .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200);
            k.asComplainant().body(Map.of("concerns", "KLAGER", "reason", "WELZIJN_KLAGER", "request", TEXT))
                    .post("/klachten/{id}/tijdelijke-voorzieningen", id).then().statusCode(201);
            k.asComplainant().body(Map.of("text", TEXT + " " + NAME)).post("/klachten/{id}/intrekking", id).then()
                    .statusCode(200);

            await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey("klacht.events.v1", id).stream()
                    .anyMatch(e -> e.type().endsWith("klacht-beeindigd.v1")));
            List<TopicReader.Event> events = TopicReader.withKey("klacht.events.v1", id);
            assertThat(events).hasSizeGreaterThanOrEqualTo(7);
            for (TopicReader.Event event : TopicReader.all("klacht.events.v1")) {
                assertThat(event.json()).doesNotContain(NAME, TEXT, ADDRESS, "SEKSUELE_INTIMIDATIE", "Plant");
            }
            // the capture works: the service's own lines about this case are in it, by reference only
            String reference = k.asSecretary().get("/klachten/{id}", id).then().extract().path("reference");
            assertThat(capture.lines()).anyMatch(l -> l.contains(reference));
            assertThat(capture.lines()).noneMatch(l -> l.contains(NAME) || l.contains(TEXT) || l.contains(ADDRESS)
                    || l.contains("SEKSUELE_INTIMIDATIE"));
        }
    }
}
