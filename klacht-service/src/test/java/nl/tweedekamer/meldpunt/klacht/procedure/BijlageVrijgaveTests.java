package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.procedure.BijlageTests.added;
import static nl.tweedekamer.meldpunt.klacht.procedure.BijlageTests.download;
import static nl.tweedekamer.meldpunt.klacht.procedure.BijlageTests.pdf;
import static nl.tweedekamer.meldpunt.klacht.support.Klachten.signature;
import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Art 10.3, domain.md §10.4: the accused receives a document of the complaint only once the secretary released it or
 * uploaded a redacted copy instead; until then they see that it exists. The hearing invitation waits for it.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class BijlageVrijgaveTests {

    static final String NIET_VRIJGEGEVEN = "https://meldpunt.tweedekamer.nl/problems/bijlage-niet-vrijgegeven";

    /** An admissible complaint whose klaagschrift carries one PDF; returns {caseId, attachmentId}. */
    static String[] admissibleWithAttachment(Klachten k, String filename, byte[] content) {
        String id = k.draft(k.klaagschrift());
        String bijlageId = added(k.asComplainant(), id, "application/pdf", filename, content);
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", true,
                "reasons", "Voldoet aan art 9.1.", "accusedLinks", List.of(k.accusedLink(k.accusedId(id))))))
                .post("/klachten/{id}/ontvankelijkheid", id)
                .then().statusCode(200);
        return new String[] { id, bijlageId };
    }

    static Response redact(Klachten k, String caseId, String bijlageId, String filename, byte[] content) {
        return k.asSecretary().contentType("application/pdf")
                .header("X-Filename", URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .body(content).post("/klachten/{id}/bijlagen/{b}/geschoonde-kopie", caseId, bijlageId);
    }

    static Map<String, Object> hearing() {
        return Map.of("hearingOn", today().plusDays(7).toString(), "partiesTogether", false, "documentsDueOn",
                today().plusDays(3).toString());
    }

    @Test
    void theAccusedSeesThatAnAttachmentExistsButCannotDownloadItBeforeRelease() {
        Klachten k = new Klachten();
        String[] c = admissibleWithAttachment(k, "Brief aan Bert.pdf", pdf("brief met adres"));

        k.asAccused().get("/klachten/{id}/bijlagen", c[0]).then().statusCode(200).body("", hasSize(1))
                .body("[0].id", equalTo(c[1])).body("[0].available", equalTo(false))
                .body("[0].addedBy", equalTo("KLAGER")).body("[0].filename", nullValue())
                .body("[0].size", nullValue()).body("[0].contentType", nullValue())
                .body(not(containsString("Brief aan Bert")));
        k.asAccused().get("/klachten/{id}/bijlagen/{b}", c[0], c[1]).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo(NIET_VRIJGEGEVEN))
                .body("detail", containsString("not yet released")).body("detail", containsString("art 10.3"));
        // nothing was read, so nothing is recorded as read
        k.asChair().get("/klachten/{id}/inzage", c[0]).then().statusCode(200)
                .body("findAll { it.personId == '" + k.accused + "' && it.part == 'BIJLAGE' }", hasSize(0));
    }

    @Test
    void theAccusedDownloadsAnAttachmentOnceTheSecretaryReleasedIt() {
        Klachten k = new Klachten();
        byte[] letter = pdf("stappen");
        String[] c = admissibleWithAttachment(k, "stappen.pdf", letter);

        // only the secretary releases
        k.asChair().post("/klachten/{id}/bijlagen/{b}/vrijgave", c[0], c[1]).then().statusCode(403);
        k.asAccused().post("/klachten/{id}/bijlagen/{b}/vrijgave", c[0], c[1]).then().statusCode(403);
        k.asSecretary().post("/klachten/{id}/bijlagen/{b}/vrijgave", c[0], c[1]).then().statusCode(200)
                .body("releasedOn", equalTo(today().toString()));

        k.asAccused().get("/klachten/{id}/bijlagen", c[0]).then().statusCode(200)
                .body("[0].filename", equalTo("stappen.pdf")).body("[0].available", equalTo(true));
        assertThat(download(k.asAccused(), c[0], c[1])).isEqualTo(letter);
    }

    @Test
    void theAccusedGetsTheRedactedCopyAndNeverTheOriginal() {
        Klachten k = new Klachten();
        byte[] original = pdf("Lange Poten 4, Den Haag");
        byte[] redacted = pdf("[adres weggelaten]");
        String[] c = admissibleWithAttachment(k, "brief met adres.pdf", original);

        String copyId = redact(k, c[0], c[1], "brief geschoond.pdf", redacted).then().statusCode(201)
                .body("redactionOf", equalTo(c[1])).extract().path("id");
        // a document is released as it is or replaced by a copy, not both
        k.asSecretary().post("/klachten/{id}/bijlagen/{b}/vrijgave", c[0], c[1]).then().statusCode(409)
                .body("detail", containsString("art 10.3"));

        k.asAccused().get("/klachten/{id}/bijlagen", c[0]).then().statusCode(200).body("", hasSize(1))
                .body("[0].id", equalTo(copyId)).body("[0].filename", equalTo("brief geschoond.pdf"))
                .body(not(containsString("brief met adres")));
        assertThat(download(k.asAccused(), c[0], copyId)).isEqualTo(redacted);
        k.asAccused().get("/klachten/{id}/bijlagen/{b}", c[0], c[1]).then().statusCode(403)
                .body("type", equalTo(NIET_VRIJGEGEVEN)).body("detail", containsString(copyId));

        // the complainant keeps reading their own document; the commission reads both and how they relate
        k.asComplainant().get("/klachten/{id}/bijlagen", c[0]).then().statusCode(200).body("", hasSize(1))
                .body("[0].id", equalTo(c[1])).body("[0].filename", equalTo("brief met adres.pdf"));
        assertThat(download(k.asComplainant(), c[0], c[1])).isEqualTo(original);
        k.asSecretary().get("/klachten/{id}/bijlagen", c[0]).then().statusCode(200).body("", hasSize(2))
                .body("find { it.id == '" + c[1] + "' }.redactedCopyId", equalTo(copyId))
                .body("find { it.id == '" + copyId + "' }.redactionOf", equalTo(c[1]));
        assertThat(download(k.asMember(k.memberAmbtelijk), c[0], c[1])).isEqualTo(original);
    }

    @Test
    void aReleasedDocumentIsNotReplacedByARedactedCopyAfterwards() {
        Klachten k = new Klachten();
        String[] c = admissibleWithAttachment(k, "brief.pdf", pdf("brief"));
        k.asSecretary().post("/klachten/{id}/bijlagen/{b}/vrijgave", c[0], c[1]).then().statusCode(200);
        redact(k, c[0], c[1], "geschoond.pdf", pdf("x")).then().statusCode(409).body("detail", containsString("released"));
    }

    @Test
    void theHearingInvitationIsRefusedWhileADocumentIsNotReleasedToTheAccused() {
        Klachten k = new Klachten();
        String[] c = admissibleWithAttachment(k, "brief.pdf", pdf("brief"));

        k.asSecretary().body(hearing()).post("/klachten/{id}/hoorzittingen", c[0]).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(NIET_VRIJGEGEVEN))
                .body("detail", containsString("art 10.3")).body("detail", containsString("1 document"));
        k.asSecretary().get("/klachten/{id}", c[0]).then().body("status", equalTo("ONTVANKELIJK"));

        k.asSecretary().post("/klachten/{id}/bijlagen/{b}/vrijgave", c[0], c[1]).then().statusCode(200);
        k.asSecretary().body(hearing()).post("/klachten/{id}/hoorzittingen", c[0]).then().statusCode(201);
    }
}
