package nl.tweedekamer.meldpunt.klacht.procedure;

import static nl.tweedekamer.meldpunt.klacht.support.Klachten.as;
import static nl.tweedekamer.meldpunt.klacht.support.Klachten.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.StoredRows;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Art 11.1, 11.5: a party asks to be heard without the other present and the commission decides it before it invites
 * the parties together; art 11.3: a party names the counsel who assists them. Through the API, sealed at rest.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class HoorverzoekenTests {

    static final String APART_HOREN = "https://meldpunt.tweedekamer.nl/problems/apart-horen";

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> hearing(boolean together) {
        return Map.of("hearingOn", today().plusDays(7).toString(), "partiesTogether", together, "documentsDueOn",
                today().plusDays(3).toString());
    }

    @Test
    void aRequestToBeHeardSeparatelyIsDecidedByTheCommissionBeforeAHearingTogetherAndAGrantedOneStands() {
        Klachten k = new Klachten();
        String id = k.admissible();
        String requestId = k.asAccused().body(Map.of("kind", "APART_HOREN", "reason", "Ik voel me niet vrij."))
                .post("/klachten/{id}/verzoeken", id).then().statusCode(201).body("askedAs", equalTo("AANGEKLAAGDE"))
                .extract().path("id");
        k.asAccused().body(Map.of("kind", "APART_HOREN")).post("/klachten/{id}/verzoeken", id).then().statusCode(409);
        // the commission reads it, the other party does not
        k.asSecretary().get("/klachten/{id}/verzoeken", id).then().statusCode(200).body("", hasSize(1))
                .body("[0].reason", equalTo("Ik voel me niet vrij."));
        k.asComplainant().get("/klachten/{id}/verzoeken", id).then().statusCode(200).body("", hasSize(0));
        // the parties decide nothing
        k.asComplainant().body(Map.of("granted", false))
                .post("/klachten/{id}/verzoeken/{r}/beslissing", id, requestId).then().statusCode(403);

        k.asSecretary().body(hearing(true)).post("/klachten/{id}/hoorzittingen", id).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(APART_HOREN))
                .body("detail", containsString("art 11.5"));

        k.asChair().body(Map.of("granted", true)).post("/klachten/{id}/verzoeken/{r}/beslissing", id, requestId)
                .then().statusCode(200).body("outcome", equalTo("TOEGEWEZEN"))
                .body("decidedOn", equalTo(today().toString()));
        k.asChair().body(Map.of("granted", false)).post("/klachten/{id}/verzoeken/{r}/beslissing", id, requestId)
                .then().statusCode(409);
        k.asAccused().get("/klachten/{id}/verzoeken", id).then().statusCode(200).body("[0].outcome",
                equalTo("TOEGEWEZEN"));

        k.asSecretary().body(hearing(true)).post("/klachten/{id}/hoorzittingen", id).then().statusCode(422)
                .body("type", equalTo(APART_HOREN));
        k.asSecretary().body(hearing(false)).post("/klachten/{id}/hoorzittingen", id).then().statusCode(201)
                .body("hearings[0].partiesTogether", equalTo(false));
    }

    @Test
    void aRefusedRequestLetsTheCommissionHearThePartiesTogether() {
        Klachten k = new Klachten();
        String id = k.admissible();
        String requestId = k.asComplainant().body(Map.of("kind", "APART_HOREN")).post("/klachten/{id}/verzoeken", id)
                .then().statusCode(201).body("askedAs", equalTo("KLAGER")).extract().path("id");
        k.asSecretary().body(Map.of("granted", false)).post("/klachten/{id}/verzoeken/{r}/beslissing", id, requestId)
                .then().statusCode(200).body("outcome", equalTo("AFGEWEZEN"));
        k.asSecretary().body(hearing(true)).post("/klachten/{id}/hoorzittingen", id).then().statusCode(201);
    }

    @Test
    void aPartyNamesTheirCounselWhoIsStoredSealedAndShownToTheCommission() throws SQLException {
        Klachten k = new Klachten();
        String id = k.admissible();
        String counsel = "mr. Raad-" + UUID.randomUUID().toString().substring(0, 8);
        k.asComplainant().body(Map.of("kind", "RAADSMAN")).post("/klachten/{id}/verzoeken", id).then()
                .statusCode(400).body("detail", containsString("art 11.3"));
        String requestId = k.asComplainant().body(Map.of("kind", "RAADSMAN", "counselName", counsel))
                .post("/klachten/{id}/verzoeken", id).then().statusCode(201).body("counselName", equalTo(counsel))
                .extract().path("id");
        // a right, not a request the commission decides
        k.asChair().body(Map.of("granted", false)).post("/klachten/{id}/verzoeken/{r}/beslissing", id, requestId)
                .then().statusCode(409).body("detail", containsString("art 11.3"));
        k.asMember(k.memberAmbtelijk).get("/klachten/{id}/verzoeken", id).then().statusCode(200)
                .body("[0].counselName", equalTo(counsel)).body("[0].kind", equalTo("RAADSMAN"));
        k.asAccused().get("/klachten/{id}/verzoeken", id).then().statusCode(200).body("", hasSize(0));
        // naming counsel does not hold up a hearing together
        k.asSecretary().body(hearing(true)).post("/klachten/{id}/hoorzittingen", id).then().statusCode(201);

        assertThat(StoredRows.row(dataSource, "klacht_partijverzoek", UUID.fromString(requestId)))
                .doesNotContain(counsel, "Raad-");
    }

    @Test
    void noRequestAboutTheHearingOnceThePartiesWereHeardAndNoneFromOutsiders() {
        Klachten k = new Klachten();
        String id = k.factOverviewSent();
        k.asComplainant().body(Map.of("kind", "APART_HOREN")).post("/klachten/{id}/verzoeken", id).then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://meldpunt.tweedekamer.nl/problems/verzoek-niet-nu"))
                .body("detail", containsString("art 11.1"));
        as(UUID.randomUUID(), k.complainantTenant, Roles.EMPLOYEE).body(Map.of("kind", "APART_HOREN"))
                .post("/klachten/{id}/verzoeken", id).then().statusCode(404);
        k.asEmployerB().get("/klachten/{id}/verzoeken", id).then().statusCode(403);
    }

    @Test
    void theInvitationTellsEachPartyWhenAndWhereTheHearingIsAndThePlaceIsSealedAtRest() throws SQLException {
        Klachten k = new Klachten();
        String id = k.admissible();
        String place = "Zaal Nieuwspoort-" + UUID.randomUUID().toString().substring(0, 8);
        k.asSecretary().body(Map.of("hearingOn", today().plusDays(7).toString(), "startsAt", "14:30",
                "location", "x".repeat(501), "partiesTogether", true)).post("/klachten/{id}/hoorzittingen", id).then()
                .statusCode(400).contentType("application/problem+json").body(containsString("location"));
        String hearingId = k.asSecretary().body(Map.of("hearingOn", today().plusDays(7).toString(), "startsAt",
                "14:30", "location", place, "partiesTogether", true)).post("/klachten/{id}/hoorzittingen", id).then()
                .statusCode(201).extract().path("hearings[0].id");
        // art 11.4: both parties are invited with the day, the start and the place
        for (var party : java.util.List.of(k.asComplainant(), k.asAccused())) {
            party.get("/klachten/{id}", id).then().statusCode(200)
                    .body("hearings[0].hearingOn", equalTo(today().plusDays(7).toString()))
                    .body("hearings[0].startsAt", startsWith("14:30")).body("hearings[0].location", equalTo(place));
        }

        assertThat(StoredRows.row(dataSource, "klacht_hoorzitting", UUID.fromString(hearingId)))
                .doesNotContain(place, "Nieuwspoort");
    }
}
