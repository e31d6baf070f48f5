package nl.tweedekamer.meldpunt.melding.dossier;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.anonymous;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.freshAddress;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.mailbox;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.melder;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.melding.support.Database;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** Attachments have their own upload endpoint and limit, are stored encrypted and read only by the two parties. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class AttachmentTests {

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aMelderAttachesAFileThatOnlyTheirVpReadsAndThatLiesEncryptedAtRest() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String subject = UUID.randomUUID().toString();
        String id = report(subject, tenant, intake(vp, planted()));
        String text = planted() + " screenshot van de berichten";
        String attachmentId = melder(subject, tenant).contentType("text/plain").header("X-Filename", "berichten.txt")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/meldingen/{id}/bijlagen", id).then()
                .statusCode(201).body("filename", equalTo("berichten.txt")).extract().path("attachmentId");

        byte[] downloaded = vp(vp).get("/meldingen/{id}/bijlagen/{a}", id, attachmentId).then().statusCode(200)
                .contentType("text/plain").extract().asByteArray();
        assertThat(new String(downloaded, StandardCharsets.UTF_8)).isEqualTo(text);
        vp(vp).get("/meldingen/{id}", id).then().statusCode(200).body("attachments[0].filename",
                equalTo("berichten.txt"));
        vp(poolVp()).get("/meldingen/{id}/bijlagen/{a}", id, attachmentId).then().statusCode(404);

        String atRest = Database.rows(dataSource, "select * from melding_bijlage where melding_id = ?",
                UUID.fromString(id)).toString();
        assertThat(atRest).contains(attachmentId).doesNotContain(text, "berichten.txt");
    }

    @Test
    void aFileNameTravelsPercentEncodedSoThatItsLettersArriveWhole() {
        String tenant = fractie("POOL");
        String subject = UUID.randomUUID().toString();
        String id = report(subject, tenant, intake(poolVp(), planted()));
        String attachmentId = melder(subject, tenant).contentType("text/plain")
                .header("X-Filename", "verslag%20%C3%A9%C3%A9n+twee.txt").body("tekst".getBytes(StandardCharsets.UTF_8))
                .post("/meldingen/{id}/bijlagen", id).then().statusCode(201)
                .body("filename", equalTo("verslag één+twee.txt")).extract().path("attachmentId");
        melder(subject, tenant).get("/meldingen/{id}/bijlagen/{a}", id, attachmentId).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename*=UTF-8''verslag%20%C3%A9%C3%A9n%2Btwee.txt"));
        melder(subject, tenant).contentType("text/plain").header("X-Filename", "kapot%E9.txt")
                .body("tekst".getBytes(StandardCharsets.UTF_8)).post("/meldingen/{id}/bijlagen", id).then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void anAttachmentOverTheLimitOrOfAnotherKindIsRefused() {
        String tenant = fractie("POOL");
        String subject = UUID.randomUUID().toString();
        String id = report(subject, tenant, intake(poolVp(), planted()));
        melder(subject, tenant).contentType("application/pdf").body(new byte[524_289])
                .post("/meldingen/{id}/bijlagen", id).then().statusCode(413).contentType(PROBLEM);
        melder(subject, tenant).contentType("application/x-msdownload").body(new byte[10])
                .post("/meldingen/{id}/bijlagen", id).then().statusCode(415).contentType(PROBLEM);
        melder(subject, tenant).contentType("application/pdf").body(pdf(524_288))
                .post("/meldingen/{id}/bijlagen", id).then().statusCode(201).body("sizeBytes", equalTo(524_288));
    }

    @Test
    void aFileWhoseContentIsNotWhatItsTypeClaimsIsRefused() {
        String tenant = fractie("POOL");
        String subject = UUID.randomUUID().toString();
        String id = report(subject, tenant, intake(poolVp(), planted()));
        byte[] executable = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
        melder(subject, tenant).contentType("application/pdf").body(executable)
                .post("/meldingen/{id}/bijlagen", id).then().statusCode(415).contentType(PROBLEM)
                .body("detail", containsString("not a PDF document"));
        melder(subject, tenant).contentType("text/plain").body(executable)
                .post("/meldingen/{id}/bijlagen", id).then().statusCode(415).contentType(PROBLEM)
                .body("detail", containsString("not plain text"));
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        return content;
    }

    @Test
    void anAnonymousMelderAttachesThroughTheMailbox() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        Map<String, Object> body = intake(vp, planted());
        body.put("tenantId", tenant);
        var receipt = anonymous(freshAddress()).body(body).post("/mailbox/meldingen").then().statusCode(201).extract();
        String code = receipt.path("receiptCode");
        String attachmentId = mailbox(code, freshAddress()).contentType("image/png").body(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 })
                .post("/mailbox/bijlagen").then().statusCode(201).extract().path("attachmentId");
        vp(vp).get("/meldingen/{id}/bijlagen/{a}", (String) receipt.path("meldingId"), attachmentId).then()
                .statusCode(200).contentType("image/png");
        mailbox(code, freshAddress()).get("/mailbox/bijlagen/{a}", attachmentId).then().statusCode(200);
    }
}
