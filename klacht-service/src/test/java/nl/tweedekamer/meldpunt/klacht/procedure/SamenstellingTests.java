package nl.tweedekamer.meldpunt.klacht.procedure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.support.Commission;
import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** Who sits on a case is chosen from today's commission (art 7.1, 7.4, 7.8, 11.4). */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class SamenstellingTests {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aPersonWithoutACurrentSeatOnTheCommissionCannotBePutOnACase() {
        Klachten k = new Klachten();
        String id = received(k);
        UUID stranger = UUID.randomUUID();
        compose(k, id, stranger, List.of(k.memberAmbtelijk, k.memberPolitiek), List.of()).statusCode(422)
                .contentType(PROBLEM).body("type", endsWith("/geen-zetel-in-commissie"))
                .body("detail", containsString("art 7.1"));
        compose(k, id, k.chair, List.of(k.memberAmbtelijk, stranger), List.of()).statusCode(422)
                .body("type", endsWith("/geen-zetel-in-commissie"));
        // appointed, but only from a later year: not on today's commission
        UUID upcoming = UUID.randomUUID();
        Commission.appoint(Commission.appointment(upcoming, "MEMBER", "POLITICAL", true, Commission.window()));
        compose(k, id, k.chair, List.of(k.memberAmbtelijk, upcoming), List.of()).statusCode(422)
                .body("type", endsWith("/geen-zetel-in-commissie"));
        // the secretary is added to the commission (art 8) but sits on no case
        compose(k, id, k.chair, List.of(k.memberAmbtelijk, k.secretary), List.of()).statusCode(422)
                .body("detail", containsString("SECRETARY"));
        // a member does not chair, the deputy chair is no member
        compose(k, id, k.memberAmbtelijk, List.of(k.memberPolitiek), List.of()).statusCode(422)
                .body("detail", containsString("art 7.1"));
        compose(k, id, k.chair, List.of(k.memberAmbtelijk, k.deputyChair), List.of()).statusCode(422);
        // nothing was recorded
        k.asSecretary().get("/klachten/{id}", id).then().statusCode(200).body("composition", empty());
    }

    @Test
    void aWrongDeputyIsRefusedAndTheDeputyFromTheSameSideSits() {
        Klachten k = new Klachten();
        String id = received(k);
        compose(k, id, k.chair, List.of(k.memberAmbtelijk, k.memberPolitiek),
                List.of(replace(k.memberPolitiek, k.deputyAmbtelijk, null))).statusCode(422).contentType(PROBLEM)
                .body("type", endsWith("/verkeerde-plaatsvervanger")).body("detail", containsString("art 7.8"));
        compose(k, id, k.chair, List.of(k.memberAmbtelijk, k.memberPolitiek),
                List.of(replace(k.memberPolitiek, UUID.randomUUID(), null))).statusCode(422)
                .body("type", endsWith("/verkeerde-plaatsvervanger"));
        compose(k, id, k.chair, List.of(k.memberAmbtelijk, k.memberPolitiek),
                List.of(replace(k.chair, k.deputyPolitiek, null))).statusCode(422)
                .body("detail", containsString("deputy chair"));
        // the side is the commission's, not the request's
        compose(k, id, k.chair, List.of(k.memberAmbtelijk, k.memberPolitiek),
                List.of(replace(k.memberPolitiek, k.deputyPolitiek, "AMBTELIJK"))).statusCode(422)
                .body("title", equalTo("Wrong side"));
        k.asSecretary().get("/klachten/{id}", id).then().body("composition", empty());

        compose(k, id, k.chair, List.of(k.memberAmbtelijk, k.memberPolitiek),
                List.of(replace(k.memberPolitiek, k.deputyPolitiek, "POLITIEK"))).statusCode(200)
                .body("composition.find { it.personId == '" + k.deputyPolitiek + "' }.seat", equalTo("LID"))
                .body("composition.find { it.personId == '" + k.deputyPolitiek + "' }.side", equalTo("POLITIEK"))
                .body("composition.find { it.personId == '" + k.memberAmbtelijk + "' }.side", equalTo("AMBTELIJK"))
                .body("composition.find { it.personId == '" + k.memberPolitiek + "' }.seat", equalTo("UITGESLOTEN"));
    }

    @Test
    void theDeputyChairChairsInTheChairsPlaceAndTheChairInvolvedReadsNothing() {
        Klachten k = new Klachten();
        String id = received(k);
        compose(k, id, k.chair, List.of(k.memberAmbtelijk, k.memberPolitiek),
                List.of(replace(k.chair, k.deputyChair, null))).statusCode(200)
                .body("composition.find { it.personId == '" + k.deputyChair + "' }.seat", equalTo("VOORZITTER"))
                .body("composition.find { it.personId == '" + k.deputyChair + "' }.side", nullValue())
                .body("composition.find { it.personId == '" + k.chair + "' }.seat", equalTo("UITGESLOTEN"));
        k.asChair().get("/klachten/{id}", id).then().statusCode(404);
        k.asMember(k.deputyChair).get("/klachten/{id}", id).then().statusCode(200).body("as", equalTo("VOORZITTER"));

        // the chair absent: the deputy chair is named directly
        String other = received(k);
        compose(k, other, k.deputyChair, List.of(k.memberAmbtelijk, k.deputyPolitiek), List.of()).statusCode(200)
                .body("composition.find { it.personId == '" + k.deputyChair + "' }.seat", equalTo("VOORZITTER"));
    }

    @Test
    void theCaseSitsWithOneMemberForEachSide() {
        Klachten k = new Klachten();
        String id = received(k);
        compose(k, id, k.chair, List.of(k.memberPolitiek, k.deputyPolitiek), List.of()).statusCode(422)
                .contentType(PROBLEM).body("type", endsWith("/zijde-dubbel-bezet"))
                .body("detail", containsString("art 7.4"));
    }

    @Test
    void aCaseSitsWithTheChairAndOneMemberOfEachSideAndFewerIsRefused() {
        Klachten k = new Klachten();
        String id = received(k);
        // the chair with the civil service's member only, or with the political deputy only: art 7.4
        for (List<UUID> members : List.of(List.of(k.memberAmbtelijk), List.of(k.deputyPolitiek))) {
            compose(k, id, k.chair, members, List.of()).statusCode(422).contentType(PROBLEM)
                    .body("type", endsWith("/zijde-onbezet")).body("detail", containsString("art 7.4"));
        }
        k.asSecretary().get("/klachten/{id}", id).then().statusCode(200).body("composition", empty());
        // the deputies of both sides make a full case too
        compose(k, id, k.deputyChair, List.of(k.deputyAmbtelijk, k.deputyPolitiek), List.of()).statusCode(200);
    }

    private static String received(Klachten k) {
        String id = k.file();
        k.asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        return id;
    }

    private static ValidatableResponse compose(Klachten k, String id, UUID chair, List<UUID> members,
            List<Map<String, Object>> replacements) {
        return k.asSecretary().body(Map.of("chairId", chair.toString(),
                "memberIds", members.stream().map(UUID::toString).toList(), "replacements", replacements))
                .put("/klachten/{id}/samenstelling", id).then();
    }

    private static Map<String, Object> replace(UUID excluded, UUID deputy, String side) {
        Map<String, Object> v = new HashMap<>();
        v.put("excludedId", excluded.toString());
        v.put("deputyId", deputy.toString());
        if (side != null) {
            v.put("side", side);
        }
        return v;
    }
}
