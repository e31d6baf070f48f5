package nl.tweedekamer.meldpunt.melding.concept;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.melder;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.PROBLEM;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.melding.concept.service.Concepten;
import nl.tweedekamer.meldpunt.melding.support.Database;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** A draft keeps what someone typed for them alone, encrypted, until it is sent, thrown away or left too long. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class ConceptTests {

    @Inject
    DataSource dataSource;

    @Inject
    Concepten concepten;

    @Test
    void aDraftIsReadBackByItsAuthorAloneAndLiesEncryptedAtRest() {
        String tenant = fractie("EIGEN");
        String author = UUID.randomUUID().toString();
        String text = planted() + " wat er in het overleg gebeurde";
        melder(author, tenant).body(Map.of("fields", Map.of("beschrijving", text, "soort", "ADVIESVRAAG")))
                .put("/concepten/nieuwe-melding").then().statusCode(200).body("fields.beschrijving", equalTo(text));

        melder(author, tenant).get("/concepten/nieuwe-melding").then().statusCode(200)
                .body("fields.beschrijving", equalTo(text)).body("fields.soort", equalTo("ADVIESVRAAG"));
        // a colleague of the same organisation, and a vertrouwenspersoon, find nothing under the same form
        melder(UUID.randomUUID().toString(), tenant).get("/concepten/nieuwe-melding").then().statusCode(404)
                .contentType(PROBLEM);
        vp(UUID.randomUUID(), tenant).get("/concepten/nieuwe-melding").then().statusCode(404);

        String atRest = Database.rows(dataSource, "select * from concept").toString();
        assertThat(atRest).contains("nieuwe-melding").doesNotContain(text, author);
    }

    @Test
    void savingAgainReplacesTheDraftAndThrowingItAwayDestroysItsKey() {
        String tenant = fractie("EIGEN");
        String author = UUID.randomUUID().toString();
        String form = "bericht-" + UUID.randomUUID();
        melder(author, tenant).body(Map.of("fields", Map.of("bericht", "eerste versie"))).put("/concepten/" + form)
                .then().statusCode(200);
        melder(author, tenant).body(Map.of("fields", Map.of("bericht", "tweede versie"))).put("/concepten/" + form)
                .then().statusCode(200);
        melder(author, tenant).get("/concepten/" + form).then().statusCode(200)
                .body("fields.bericht", equalTo("tweede versie"));
        UUID id = draftId(form);

        melder(author, tenant).delete("/concepten/" + form).then().statusCode(204);
        melder(author, tenant).get("/concepten/" + form).then().statusCode(404);
        assertThat(count("select count(*) from melding_data_key where melding_id = ?", id)).isZero();
        // thrown away twice changes nothing
        melder(author, tenant).delete("/concepten/" + form).then().statusCode(204);
    }

    @Test
    void aDraftLeftAloneForThirtyDaysIsDeletedWithItsKeyAndAYoungerOneStays() throws SQLException {
        String tenant = fractie("EIGEN");
        String author = UUID.randomUUID().toString();
        String oud = "bericht-" + UUID.randomUUID();
        String jong = "bericht-" + UUID.randomUUID();
        melder(author, tenant).body(Map.of("fields", Map.of("bericht", "begonnen en vergeten")))
                .put("/concepten/" + oud).then().statusCode(200);
        melder(author, tenant).body(Map.of("fields", Map.of("bericht", "nog bezig")))
                .put("/concepten/" + jong).then().statusCode(200);
        UUID oudId = draftId(oud);
        age(oudId, 31);
        age(draftId(jong), 29);

        concepten.deleteAbandoned();

        melder(author, tenant).get("/concepten/" + oud).then().statusCode(404);
        assertThat(count("select count(*) from melding_data_key where melding_id = ?", oudId)).isZero();
        melder(author, tenant).get("/concepten/" + jong).then().statusCode(200)
                .body("fields.bericht", equalTo("nog bezig"));
    }

    @Test
    void aFormNameOrAFieldOutsideTheLimitsIsRefusedInWords() {
        String tenant = fractie("EIGEN");
        String author = UUID.randomUUID().toString();
        melder(author, tenant).body(Map.of("fields", Map.of("x", "y"))).put("/concepten/Niet..Goed").then()
                .statusCode(400).contentType(PROBLEM);
        melder(author, tenant).body(Map.of("fields", Map.of("beschrijving", "x".repeat(20_001))))
                .put("/concepten/nieuwe-melding").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aVertrouwenspersoonOfThePoolWhoseSignInNamesNoOrganisationKeepsADraftToo() {
        UUID vp = UUID.randomUUID();
        String form = "bericht-" + UUID.randomUUID();
        vp(vp).body(Map.of("fields", Map.of("bericht", "Dank voor uw bericht. Ik"))).put("/concepten/" + form).then()
                .statusCode(200);
        vp(vp).get("/concepten/" + form).then().statusCode(200).body("fields.bericht", equalTo("Dank voor uw bericht. Ik"));
    }

    /** The draft of a form no other test uses. */
    private UUID draftId(String form) {
        return UUID.fromString(Database.rows(dataSource, "select id from concept where form_key = ?", form).get(0)
                .get("id"));
    }

    private void age(UUID id, int days) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update concept set saved_at = ? where id = ?")) {
            s.setObject(1, OffsetDateTime.now().minusDays(days));
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    private long count(String sql, UUID id) {
        return Long.parseLong(Database.rows(dataSource, sql, id).get(0).values().iterator().next());
    }
}
