package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.procedure.BijlageTests.added;
import static nl.tweedekamer.meldpunt.klacht.procedure.BijlageTests.download;
import static nl.tweedekamer.meldpunt.klacht.procedure.BijlageTests.pdf;
import static nl.tweedekamer.meldpunt.klacht.procedure.BijlageTests.png;
import static nl.tweedekamer.meldpunt.klacht.procedure.BijlageTests.upload;
import static nl.tweedekamer.meldpunt.klacht.procedure.BijlageVrijgaveTests.NIET_VRIJGEGEVEN;
import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Art 9.3, 11.4, 12.5: documents added after filing — by the complainant when completion is asked and until the
 * hearing's term for further documents ends, by the accused with their written view — checked and stored like the
 * klaagschrift's attachments, refused with 422 outside those windows; the complainant's reach the accused only after
 * release (art 10.3).
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class StukkenNaIndieningTests {

    static final String BUITEN_TERMIJN = "https://meldpunt.tweedekamer.nl/problems/stukken-buiten-termijn";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theComplainantAddsDocumentsWhenTheCommissionAsksToCompleteTheComplaint() {
        Klachten k = new Klachten();
        String id = k.file();
        // filed and not asked for anything: the klaagschrift is as it was filed
        upload(k.asComplainant(), id, "application/pdf", "nagekomen.pdf", pdf("x")).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(BUITEN_TERMIJN))
                .body("detail", containsString("art 9.3"));
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.asSecretary().body(Map.of("text", "Graag de e-mail aan de leidinggevende nasturen."))
                .post("/klachten/{id}/aanvullingsverzoek", id).then().statusCode(200);

        byte[] mail = pdf("e-mail aan de leidinggevende");
        String docId = upload(k.asComplainant(), id, "application/pdf", "e-mail leidinggevende.pdf", mail).then()
                .statusCode(201).body("addedWith", equalTo("AANVULLING")).body("addedBy", equalTo("KLAGER"))
                .extract().path("id");
        // checked like the klaagschrift's attachments
        upload(k.asComplainant(), id, "image/png", "foto.png", pdf("geen png")).then().statusCode(415);

        k.asComplainant().body(Map.of("text", "De e-mail is bijgevoegd.")).post("/klachten/{id}/aanvulling", id)
                .then().statusCode(200);
        upload(k.asComplainant(), id, "application/pdf", "te laat.pdf", pdf("x")).then().statusCode(422)
                .body("type", equalTo(BUITEN_TERMIJN));

        k.asSecretary().get("/klachten/{id}/bijlagen", id).then().statusCode(200).body("", hasSize(1))
                .body("[0].filename", equalTo("e-mail leidinggevende.pdf"));
        assertThat(download(k.asComplainant(), id, docId)).isEqualTo(mail);
    }

    @Test
    void theComplainantsLaterDocumentReachesTheAccusedOnlyAfterRelease() {
        Klachten k = new Klachten();
        String id = k.admissible();
        k.asSecretary().body(BijlageVrijgaveTests.hearing()).post("/klachten/{id}/hoorzittingen", id).then()
                .statusCode(201);

        byte[] statement = pdf("verklaring van een getuige");
        String docId = upload(k.asComplainant(), id, "application/pdf", "verklaring getuige.pdf", statement).then()
                .statusCode(201).body("addedWith", equalTo("HOORZITTING")).extract().path("id");
        k.asAccused().get("/klachten/{id}/bijlagen", id).then().statusCode(200)
                .body("[0].available", equalTo(false));
        k.asAccused().get("/klachten/{id}/bijlagen/{b}", id, docId).then().statusCode(403)
                .body("type", equalTo(NIET_VRIJGEGEVEN));
        // a further hearing waits for it as well
        k.asSecretary().body(BijlageVrijgaveTests.hearing()).post("/klachten/{id}/hoorzittingen", id).then()
                .statusCode(422).body("detail", containsString("art 10.3"));

        k.asSecretary().post("/klachten/{id}/bijlagen/{b}/vrijgave", id, docId).then().statusCode(200);
        assertThat(download(k.asAccused(), id, docId)).isEqualTo(statement);
    }

    @Test
    void afterTheHearingsTermForFurtherDocumentsNoPartyAddsOne() {
        Klachten k = new Klachten();
        String id = k.admissible();
        upload(k.asComplainant(), id, "application/pdf", "te vroeg.pdf", pdf("x")).then().statusCode(422)
                .body("detail", containsString("art 11.4"));
        k.asSecretary().body(Map.of("hearingOn", today().minusDays(1).toString(), "partiesTogether", true,
                "documentsDueOn", today().minusDays(2).toString())).post("/klachten/{id}/hoorzittingen", id).then()
                .statusCode(201);

        upload(k.asComplainant(), id, "application/pdf", "te laat.pdf", pdf("x")).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(BUITEN_TERMIJN))
                .body("detail", containsString("art 11.4"))
                .body("detail", containsString(today().minusDays(2).toString()));
        upload(k.asAccused(), id, "application/pdf", "te laat.pdf", pdf("x")).then().statusCode(422)
                .body("type", equalTo(BUITEN_TERMIJN));
    }

    @Test
    void theAccusedAddsDocumentsWithTheirWrittenViewStoredEncryptedAndReadByTheComplainant() throws SQLException {
        Klachten k = new Klachten();
        String id = k.admissible();
        // admitted, not yet invited nor asked for a view
        upload(k.asAccused(), id, "application/pdf", "te vroeg.pdf", pdf("x")).then().statusCode(422)
                .body("type", equalTo(BUITEN_TERMIJN)).body("detail", containsString("art 12.5"));
        k.asSecretary().body(BijlageVrijgaveTests.hearing()).post("/klachten/{id}/hoorzittingen", id).then()
                .statusCode(201);
        k.asSecretary().body(Map.of("kind", "HOORVERSLAG", "text", "Verslag.")).post("/klachten/{id}/verslagen", id)
                .then().statusCode(200);
        k.asSecretary().body(Map.of("text", "Feitenoverzicht.", "correctionsDueOn", today().plusDays(14).toString()))
                .post("/klachten/{id}/feitenoverzicht", id).then().statusCode(200);

        k.asAccused().body(Map.of("kind", "ZIENSWIJZE", "text", "Mijn zienswijze.")).post("/klachten/{id}/reacties", id)
                .then().statusCode(200);
        String name = "Agenda-" + UUID.randomUUID() + ".png";
        String docId = upload(k.asAccused(), id, "image/png", name, png()).then().statusCode(201)
                .body("addedWith", equalTo("ZIENSWIJZE")).body("addedBy", equalTo("AANGEKLAAGDE")).extract()
                .path("id");
        // the complainant's window closed with the hearing's term
        upload(k.asComplainant(), id, "application/pdf", "nog iets.pdf", pdf("x")).then().statusCode(422);

        k.asComplainant().get("/klachten/{id}/bijlagen", id).then().statusCode(200)
                .body("find { it.id == '" + docId + "' }.filename", equalTo(name));
        assertThat(download(k.asComplainant(), id, docId)).isEqualTo(png());
        assertThat(download(k.asAccused(), id, docId)).isEqualTo(png());
        assertThat(download(k.asChair(), id, docId)).isEqualTo(png());
        // the accused's own documents need no release, and are not the secretary's to release
        k.asSecretary().post("/klachten/{id}/bijlagen/{b}/vrijgave", id, docId).then().statusCode(409);

        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM klacht_bijlage WHERE id = ?")) {
            s.setObject(1, UUID.fromString(docId));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                assertThat(row.toString()).doesNotContain(name, "Agenda-");
                assertThat(new String(rs.getBytes("content_ct"), StandardCharsets.ISO_8859_1)).doesNotContain("PNG");
            }
        }
    }

    @Test
    void theSecretaryStillAddsNothingToAKlaagschriftFiledOnline() {
        Klachten k = new Klachten();
        String id = k.file();
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        k.asSecretary().body(Map.of("text", "Graag aanvullen.")).post("/klachten/{id}/aanvullingsverzoek", id).then()
                .statusCode(200);
        upload(k.asSecretary(), id, "application/pdf", "x.pdf", pdf("x")).then().statusCode(409)
                .body("detail", containsString("art 9.1, 9.4"));
        added(k.asComplainant(), id, "application/pdf", "y.pdf", pdf("y"));
    }
}
