package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.melder;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.vp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** A vertrouwenspersoon who is away says so; melders see it beside the name and may still choose them. */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class AfwezigheidTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void anAbsentVpIsShownAsAbsentUntilTheDayTheyNamedAndCanStillBeChosen() {
        String tenant = fractie("POOL");
        UUID vp = poolVp();
        String until = TODAY.plusDays(10).toString();
        vp(vp).body(Map.of("until", until)).put("/vertrouwenspersoon/afwezigheid").then().statusCode(200)
                .body("until", equalTo(until));
        vp(vp).get("/vertrouwenspersoon/afwezigheid").then().statusCode(200).body("until", equalTo(until));
        melder(UUID.randomUUID().toString(), tenant).get("/tenants/{t}/vertrouwenspersonen/available", tenant).then()
                .statusCode(200).body("find { it.personId == '" + vp + "' }.absentUntil", equalTo(until));
        report(UUID.randomUUID().toString(), tenant, intake(vp, planted()));

        Map<String, Object> back = new HashMap<>();
        back.put("until", null);
        vp(vp).body(back).put("/vertrouwenspersoon/afwezigheid").then().statusCode(200).body("until", nullValue());
        melder(UUID.randomUUID().toString(), tenant).get("/tenants/{t}/vertrouwenspersonen/available", tenant).then()
                .statusCode(200).body("find { it.personId == '" + vp + "' }.absentUntil", nullValue());
    }

    @Test
    void aDayInThePastOrMoreThanAYearAheadIsRefusedAndSomeoneWithoutAnAppointmentHasNoAbsence() {
        UUID vp = poolVp();
        vp(vp).body(Map.of("until", TODAY.minusDays(1).toString())).put("/vertrouwenspersoon/afwezigheid").then()
                .statusCode(400).body("errors[0].field", equalTo("until"));
        vp(vp).body(Map.of("until", TODAY.plusYears(2).toString())).put("/vertrouwenspersoon/afwezigheid").then()
                .statusCode(400);
        vp(UUID.randomUUID()).body(Map.of("until", TODAY.plusDays(1).toString())).put("/vertrouwenspersoon/afwezigheid")
                .then().statusCode(404);
    }
}
