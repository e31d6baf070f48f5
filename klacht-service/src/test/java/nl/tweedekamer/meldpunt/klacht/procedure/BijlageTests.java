package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.as;
import static nl.tweedekamer.meldpunt.klacht.support.Klachten.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.crypto.KlachtKeys;
import nl.tweedekamer.meldpunt.klacht.procedure.service.BijlageService;
import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.LogLines;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** Art 9: the klaagschrift's attachments — PDF and images, own upload endpoint and limits, stored encrypted. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class BijlageTests {

    private static final int MIB = 1024 * 1024;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BijlageService bijlagen;

    @Inject
    KlachtKeys keys;

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] png() {
        byte[] b = new byte[64];
        byte[] magic = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
        System.arraycopy(magic, 0, b, 0, magic.length);
        for (int i = magic.length; i < b.length; i++) {
            b[i] = (byte) (i * 7);
        }
        return b;
    }

    static Response upload(RequestSpecification as, String caseId, String type, String filename, byte[] content) {
        return as.contentType(type).header("X-Filename", URLEncoder.encode(filename, StandardCharsets.UTF_8)
                .replace("+", "%20")).body(content).post("/klachten/{id}/bijlagen", caseId);
    }

    static String added(RequestSpecification as, String caseId, String type, String filename, byte[] content) {
        return upload(as, caseId, type, filename, content).then().statusCode(201).extract().path("id");
    }

    static byte[] download(RequestSpecification as, String caseId, String bijlageId) {
        return as.get("/klachten/{id}/bijlagen/{b}", caseId, bijlageId).then().statusCode(200).extract().asByteArray();
    }

    @Test
    void theComplainantAttachesAPdfAndAnImageToTheirDraftListsThemAndDownloadsTheSameBytes() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        byte[] letter = pdf("brief aan de leidinggevende");
        String name = "Brief aan leidinggevende — 3 maart.pdf";
        String pdfId = upload(k.asComplainant(), id, "application/pdf", name, letter).then().statusCode(201)
                .body("filename", equalTo(name)).body("contentType", equalTo("application/pdf"))
                .body("size", equalTo(letter.length)).extract().path("id");
        Instant beforeImage = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String pngId = added(k.asComplainant(), id, "image/png", "schermafdruk.png", png());

        String addedOn = k.asComplainant().get("/klachten/{id}/bijlagen", id).then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].id", equalTo(pdfId)).body("[0].filename", equalTo(name))
                .body("[1].id", equalTo(pngId)).body("[1].contentType", equalTo("image/png"))
                .body("[1].size", equalTo(64)).extract().path("[1].addedOn");
        assertThat(Instant.parse(addedOn)).isBetween(beforeImage, Instant.now());
        Response pdf = k.asComplainant().get("/klachten/{id}/bijlagen/{b}", id, pdfId);
        pdf.then().statusCode(200).header("Content-Type", containsString("application/pdf"))
                .header("Cache-Control", "no-store");
        assertThat(pdf.asByteArray()).isEqualTo(letter);
        assertThat(download(k.asComplainant(), id, pngId)).isEqualTo(png());

        // removed from the draft: gone from the list
        k.asComplainant().delete("/klachten/{id}/bijlagen/{b}", id, pngId).then().statusCode(204);
        k.asComplainant().get("/klachten/{id}/bijlagen", id).then().statusCode(200).body("", hasSize(1));
        k.asComplainant().get("/klachten/{id}/bijlagen/{b}", id, pngId).then().statusCode(404);
    }

    @Test
    void theDatabaseHoldsNeitherTheFileNorItsNameInTheClear() throws SQLException {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        String name = "Verslag-" + UUID.randomUUID() + ".pdf";
        byte[] letter = pdf("GEHEIM-VERSLAG-" + UUID.randomUUID());
        String bijlageId = added(k.asComplainant(), id, "application/pdf", name, letter);

        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM klacht_bijlage WHERE id = ?")) {
            s.setObject(1, UUID.fromString(bijlageId));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                byte[] stored = rs.getBytes("content_ct");
                assertThat(stored).isNotEmpty();
                assertThat(indexOf(stored, letter)).as("the file's bytes").isEqualTo(-1);
                assertThat(indexOf(stored, "GEHEIM-VERSLAG".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(-1);
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                assertThat(row.toString()).doesNotContain(name, "Verslag-");
                assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Verslag-");
            }
        }
        assertThat(download(k.asComplainant(), id, bijlageId)).isEqualTo(letter);
    }

    @Test
    void aFileIsAcceptedByWhatItIsNotOnlyByTheTypeItClaims() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        // a PDF sent as an image
        upload(k.asComplainant(), id, "image/png", "foto.png", pdf("x")).then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("not a PNG image"));
        // an executable sent as a PDF
        byte[] exe = new byte[128];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload(k.asComplainant(), id, "application/pdf", "verslag.pdf", exe).then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("not a PDF document"));
        // another type altogether
        upload(k.asComplainant(), id, "application/x-msdownload", "setup.exe", exe).then().statusCode(415)
                .body("detail", containsString("application/pdf"));
        upload(k.asComplainant(), id, "image/jpeg", "foto.jpg", png()).then().statusCode(415);
        k.asComplainant().get("/klachten/{id}/bijlagen", id).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413AndTheLimit() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        byte[] big = Arrays.copyOf(pdf("groot"), 10 * MIB + 1);
        upload(k.asComplainant(), id, "application/pdf", "groot.pdf", big).then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("at most 10 MiB"));
        // beyond the HTTP body limit as well: refused on its announced length, before it is read
        upload(k.asComplainant(), id, "application/pdf", "enorm.pdf", Arrays.copyOf(pdf("enorm"), 12 * MIB)).then()
                .statusCode(413).contentType("application/problem+json").body("detail", containsString("at most 10 MiB"));
        byte[] justFits = Arrays.copyOf(pdf("past"), 10 * MIB);
        added(k.asComplainant(), id, "application/pdf", "past.pdf", justFits);
    }

    @Test
    void aKlaagschriftCarriesAtMostTheConfiguredNumberOfAttachments() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        for (int i = 0; i < 20; i++) {
            added(k.asComplainant(), id, "image/png", "foto-" + i + ".png", png());
        }
        upload(k.asComplainant(), id, "image/png", "een-te-veel.png", png()).then().statusCode(409)
                .body("detail", containsString("at most 20 attachments"));
    }

    @Test
    void onceFiledTheAttachmentsAreFrozenUnderArt9() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        String bijlageId = added(k.asComplainant(), id, "application/pdf", "brief.pdf", pdf("brief"));
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);

        // a later document only in the windows of art 9.3, 11.4 (StukkenNaIndieningTests)
        upload(k.asComplainant(), id, "application/pdf", "later.pdf", pdf("later")).then().statusCode(422)
                .body("detail", containsString("art 9.3"));
        k.asComplainant().delete("/klachten/{id}/bijlagen/{b}", id, bijlageId).then().statusCode(409)
                .body("detail", containsString("art 9.1"));
        // the secretary cannot add to a klaagschrift the complainant filed
        upload(k.asSecretary(), id, "application/pdf", "later.pdf", pdf("later")).then().statusCode(409)
                .body("detail", containsString("art 9.1, 9.4"));
        // the filed attachments are in the dossier: the commission reads them, and the read is recorded
        k.asSecretary().get("/klachten/{id}/bijlagen", id).then().statusCode(200).body("", hasSize(1));
        assertThat(download(k.asMember(k.memberAmbtelijk), id, bijlageId)).isEqualTo(pdf("brief"));
    }

    @Test
    void theSecretaryRegistersTheEnclosuresOfAPaperKlaagschriftUntilReceiptIsConfirmed() {
        Klachten k = new Klachten();
        Map<String, Object> paper = Map.of("tenantId", k.complainantTenant, "complainantId",
                k.complainant.toString(), "klaagschrift", k.klaagschrift(), "signature", signature(), "receivedOn",
                Klachten.today().toString());
        String id = k.asSecretary().body(paper).post("/klachten/papier").then().statusCode(201).extract().path("id");
        String bijlageId = added(k.asSecretary(), id, "image/jpeg", "gescande bijlage.jpg",
                new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3 });
        // the complainant reads it, but the filed klaagschrift is not theirs to change any more
        k.asComplainant().get("/klachten/{id}/bijlagen", id).then().statusCode(200)
                .body("[0].filename", equalTo("gescande bijlage.jpg"));
        upload(k.asComplainant(), id, "application/pdf", "x.pdf", pdf("x")).then().statusCode(422)
                .body("detail", containsString("art 9.3"));

        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        upload(k.asSecretary(), id, "application/pdf", "te laat.pdf", pdf("x")).then().statusCode(409)
                .body("detail", containsString("receipt"));
        k.asSecretary().delete("/klachten/{id}/bijlagen/{b}", id, bijlageId).then().statusCode(409);
    }

    @Test
    void nobodyOutsideTheCaseListsOrReadsTheAttachments() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        String bijlageId = added(k.asComplainant(), id, "application/pdf", "brief.pdf", pdf("brief"));
        // a draft is the complainant's alone, the commission included
        k.asSecretary().get("/klachten/{id}/bijlagen", id).then().statusCode(404);
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);

        List<RequestSpecification> outsiders = List.of(
                as(UUID.randomUUID(), k.complainantTenant, Roles.EMPLOYEE), // a colleague in the same fractie
                as(UUID.randomUUID(), k.accusedTenant, Roles.EMPLOYEE), // someone in another tenant
                as(k.accused, k.accusedTenant, Roles.EMPLOYEE), // the accused, not yet linked
                as(UUID.randomUUID(), k.complainantTenant, Roles.EMPLOYER), // the employer before any advice
                as(UUID.randomUUID(), "tk", Roles.COMMISSION_MEMBER)); // not on the commission today
        for (RequestSpecification outsider : outsiders) {
            outsider.get("/klachten/{id}/bijlagen", id).then().statusCode(404);
        }
        for (RequestSpecification outsider : List.of(as(UUID.randomUUID(), k.complainantTenant, Roles.EMPLOYEE),
                as(k.accused, k.accusedTenant, Roles.EMPLOYEE))) {
            outsider.get("/klachten/{id}/bijlagen/{b}", id, bijlageId).then().statusCode(404);
        }
        // HR has no access to complaints at all
        as(UUID.randomUUID(), k.complainantTenant, Roles.HR_PORTAL).get("/klachten/{id}/bijlagen", id).then()
                .statusCode(403);
        as(UUID.randomUUID(), k.complainantTenant, Roles.HR_PORTAL)
                .get("/klachten/{id}/bijlagen/{b}", id, bijlageId).then().statusCode(403);
        // nor does anyone but the complainant add to the draft of another
        upload(as(UUID.randomUUID(), k.complainantTenant, Roles.EMPLOYEE), id, "application/pdf", "x.pdf",
                pdf("x")).then().statusCode(404);
    }

    @Test
    void theAccusedReadsTheAttachmentsOnceLinkedOnAdmissibilityAndReleasedAndTheReadIsRecorded() {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        byte[] letter = pdf("stappen");
        String bijlageId = added(k.asComplainant(), id, "application/pdf", "stappen.pdf", letter);
        k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.compose(id);
        k.asAccused().get("/klachten/{id}/bijlagen", id).then().statusCode(404);
        k.asAccused().get("/klachten/{id}/bijlagen/{b}", id, bijlageId).then().statusCode(404);

        k.asChair().body(k.takingPart(Map.of("admissible", true, "mediationExplored", true,
                "reasons", "Voldoet aan art 9.1.",
                "accusedLinks", List.of(k.rosteredLink(k.accusedId(id))))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200);
        // art 10.3: released by the secretary (BijlageVrijgaveTests)
        k.asSecretary().post("/klachten/{id}/bijlagen/{b}/vrijgave", id, bijlageId).then().statusCode(200);

        k.asAccused().get("/klachten/{id}/bijlagen", id).then().statusCode(200).body("[0].filename",
                equalTo("stappen.pdf"));
        assertThat(download(k.asAccused(), id, bijlageId)).isEqualTo(letter);
        k.asChair().get("/klachten/{id}/inzage", id).then().statusCode(200)
                .body("findAll { it.personId == '" + k.accused + "' }.part", containsInAnyOrder("BIJLAGEN", "BIJLAGE"))
                .body("findAll { it.personId == '" + k.accused + "' }.asParty",
                        equalTo(List.of("AANGEKLAAGDE", "AANGEKLAAGDE")));
    }

    @Test
    void shreddingTheComplaintsKeyRemovesItsAttachmentsAndLeavesNoCopyReadable() throws SQLException {
        Klachten k = new Klachten();
        String id = k.draft(k.klaagschrift());
        String bijlageId = added(k.asComplainant(), id, "application/pdf", "brief.pdf", pdf("brief"));
        UUID klachtId = UUID.fromString(id);
        byte[] copy = column("SELECT content_ct FROM klacht_bijlage WHERE id = ?", UUID.fromString(bijlageId));
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> keys.openBytes(klachtId, "bijlage/" + bijlageId, copy))).isEqualTo(pdf("brief"));
        assertThat(count("SELECT COUNT(*) FROM klacht_data_key WHERE klacht_id = ?", klachtId)).isOne();

        QuarkusTransaction.requiringNew().run(() -> bijlagen.shred(klachtId));

        assertThat(count("SELECT COUNT(*) FROM klacht_bijlage WHERE klacht_id = ?", klachtId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM klacht_data_key WHERE klacht_id = ?", klachtId)).isZero();
        // a surviving copy (a backup) can no longer be read: its key is gone
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                .call(() -> keys.openBytes(klachtId, "bijlage/" + bijlageId, copy)))
                .hasMessageContaining("could not be decrypted");
        k.asComplainant().get("/klachten/{id}/bijlagen/{b}", id, bijlageId).then().statusCode(404);
        k.asComplainant().get("/klachten/{id}/bijlagen", id).then().statusCode(200).body("", hasSize(0));
        // shredding again changes nothing
        QuarkusTransaction.requiringNew().run(() -> bijlagen.shred(klachtId));
    }

    @Test
    void aPlantedFileNameAppearsInNoEventAndNoLogLine() {
        String planted = "Plantnaam-" + UUID.randomUUID().toString().substring(0, 8);
        try (LogLines capture = LogLines.capture()) {
            Klachten k = new Klachten();
            String id = k.draft(k.klaagschrift());
            String bijlageId = added(k.asComplainant(), id, "application/pdf", planted + ".pdf", pdf("x"));
            // refusals do not echo it either
            upload(k.asComplainant(), id, "image/png", planted + ".png", pdf("x")).then().statusCode(415)
                    .body(not(containsString(planted)));
            upload(k.asComplainant(), id, "application/pdf", planted + "\u0007.pdf", pdf("x")).then()
                    .statusCode(400).body(not(containsString(planted)));
            k.asComplainant().body(signature()).post("/klachten/{id}/indiening", id).then().statusCode(200);
            upload(k.asComplainant(), id, "application/pdf", planted + ".pdf", pdf("x")).then().statusCode(422)
                    .body(not(containsString(planted)));
            k.asSecretary().get("/klachten/{id}/bijlagen", id).then().statusCode(200);
            download(k.asSecretary(), id, bijlageId);

            await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey("klacht.events.v1", id).stream()
                    .anyMatch(e -> e.type().endsWith("klaagschrift-ingediend.v1")));
            List<String> events = new ArrayList<>();
            TopicReader.all("klacht.events.v1").forEach(e -> events.add(e.json()));
            assertThat(events).allSatisfy(e -> assertThat(e).doesNotContain(planted));
            String reference = k.asSecretary().get("/klachten/{id}", id).then().extract().path("reference");
            assertThat(capture.lines()).as("the capture sees the service's log").anyMatch(l -> l.contains(reference));
            assertThat(capture.lines()).noneMatch(l -> l.contains(planted));
        }
    }

    private byte[] column(String sql, UUID key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    private long count(String sql, UUID key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
