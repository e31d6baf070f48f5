package nl.tweedekamer.meldpunt.klacht.onboarding;

import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.addPerson;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.asPerson;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.declaration;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractie;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractieAdmin;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.newTenantId;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.person;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.platformAdmin;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.registerDeclaredFractie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.onboarding.service.DailyConfirmationRequests;
import nl.tweedekamer.meldpunt.klacht.support.TestClock;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * A declaration or an employment that begins on a later date is asked for on that date by the daily
 * round, which the tests run directly on the days they set (the timer is off in tests). The outbox relays in
 * order, so once a later request is on the topic every earlier one is too: "nobody else was asked" is read then.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class DailyConfirmationRequestsTests {

    private static final String TOPIC = "klacht.events.v1";
    private static final String TYPE = "nl.tweedekamer.klacht.onderschrijving-gevraagd.v1";

    @Inject
    DailyConfirmationRequests daily;

    @Inject
    TestClock clock;

    @AfterEach
    void systemClock() {
        clock.reset();
    }

    private static LocalDate today() {
        return LocalDate.now(nl.tweedekamer.meldpunt.platform.config.ClockProducer.AMSTERDAM);
    }

    /** The daily round as the scheduler runs it, in the early morning of the given day. */
    private void roundOn(LocalDate day) {
        clock.setLocal(day + "T05:30");
        DailyConfirmationRequests.Result result = daily.run();
        assertThat(result.failed()).isZero();
    }

    private static List<TopicReader.Event> requestsTo(String personId) {
        return TopicReader.withKey(TOPIC, personId).stream().filter(e -> TYPE.equals(e.type())).toList();
    }

    private static List<TopicReader.Event> awaitRequests(String personId, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> requestsTo(personId).size() >= count);
        return requestsTo(personId);
    }

    private static String startingOn(String tenant, String name, LocalDate from) {
        Map<String, Object> body = person(name, name.toLowerCase().replace(' ', '-') + "-" + tenant);
        body.put("from", from.toString());
        return fractieAdmin(tenant).body(body).post("/tenants/{t}/roster", tenant).then().statusCode(201)
                .extract().path("personId");
    }

    @Test
    void aDeclarationComingIntoForceLaterAsksNobodyBeforeAndEveryoneEmployedOnItsFirstDayOnce() {
        String tenant = newTenantId();
        platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201);
        String anna = addPerson(tenant, "Anna Geheimnaam", "anna-" + tenant);
        String bram = addPerson(tenant, "Bram Geheimnaam", "bram-" + tenant);
        LocalDate inForce = today().plusDays(10);
        String declarationId = fractieAdmin(tenant).body(declaration(inForce.toString()))
                .post("/tenants/{t}/declarations", tenant).then().statusCode(201).extract().path("id");

        roundOn(today());
        roundOn(inForce.minusDays(1));
        roundOn(inForce);
        roundOn(inForce.plusDays(1));

        for (String person : List.of(anna, bram)) {
            // one request, dated the first day in force: none before it, none again after it
            assertThat(awaitRequests(person, 1)).singleElement().satisfies(e -> {
                assertThat(e.tenantId()).isEqualTo(tenant);
                assertThat(e.json()).contains("\"declarationId\":\"" + declarationId + "\"",
                        "\"requestedOn\":\"" + inForce + "\"").doesNotContain("Geheimnaam", "@", "-" + tenant);
            });
        }
    }

    @Test
    void aPersonWhoseEmploymentStartsLaterIsAskedOnTheFirstDayOfEmployment() {
        String tenant = newTenantId();
        String declarationId = registerDeclaredFractie(tenant);
        LocalDate starts = today().plusDays(5);
        String carla = startingOn(tenant, "Carla Geheimnaam", starts);
        // the marker: employed from the day after, so asked in the round after carla's first day
        String dirk = startingOn(tenant, "Dirk Geheimnaam", starts.plusDays(1));

        roundOn(today());
        roundOn(starts.minusDays(1));
        roundOn(starts);
        roundOn(starts.plusDays(1));

        assertThat(awaitRequests(dirk, 1)).singleElement()
                .satisfies(e -> assertThat(e.json()).contains("\"requestedOn\":\"" + starts.plusDays(1) + "\""));
        assertThat(requestsTo(carla)).singleElement().satisfies(e -> assertThat(e.json())
                .contains("\"declarationId\":\"" + declarationId + "\"", "\"requestedOn\":\"" + starts + "\""));
    }

    @Test
    void runningTheRoundAgainAsksNobodyTwice() {
        String tenant = newTenantId();
        platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201);
        String eva = addPerson(tenant, "Eva Geheimnaam", "eva-" + tenant);
        LocalDate inForce = today().plusDays(3);
        fractieAdmin(tenant).body(declaration(inForce.toString())).post("/tenants/{t}/declarations", tenant)
                .then().statusCode(201);
        String marker = startingOn(tenant, "Frits Geheimnaam", inForce.plusDays(1));

        clock.setLocal(inForce + "T05:30");
        assertThat(daily.run().asked()).isGreaterThanOrEqualTo(1);
        clock.setLocal(inForce + "T05:31");
        daily.run();
        clock.setLocal(inForce + "T14:00");
        daily.run();
        roundOn(inForce.plusDays(1));

        awaitRequests(marker, 1);
        assertThat(requestsTo(eva)).hasSize(1);
        assertThat(requestsTo(marker)).hasSize(1);
    }

    @Test
    void anotherTenantsStaffAreNeverAskedAboutThisTenantsDeclaration() {
        String here = newTenantId();
        String there = newTenantId();
        platformAdmin().body(fractie(here)).post("/tenants").then().statusCode(201);
        platformAdmin().body(fractie(there)).post("/tenants").then().statusCode(201);
        String ours = addPerson(here, "Gijs Geheimnaam", "gijs-" + here);
        String theirs = addPerson(there, "Hanna Geheimnaam", "hanna-" + there);
        LocalDate inForce = today().plusDays(7);
        String ourDeclaration = fractieAdmin(here).body(declaration(inForce.toString()))
                .post("/tenants/{t}/declarations", here).then().statusCode(201).extract().path("id");
        // their own declaration comes a day later: the marker that every request of the first day is out
        String theirDeclaration = fractieAdmin(there).body(declaration(inForce.plusDays(1).toString()))
                .post("/tenants/{t}/declarations", there).then().statusCode(201).extract().path("id");

        roundOn(inForce);
        roundOn(inForce.plusDays(1));

        assertThat(awaitRequests(theirs, 1)).singleElement().satisfies(e -> {
            assertThat(e.tenantId()).isEqualTo(there);
            assertThat(e.json()).contains(theirDeclaration).doesNotContain(ourDeclaration, here);
        });
        assertThat(requestsTo(ours)).singleElement().satisfies(e -> {
            assertThat(e.tenantId()).isEqualTo(here);
            assertThat(e.json()).contains(ourDeclaration).doesNotContain(there);
        });
    }

    @Test
    void someoneWhoConfirmedBeforeTheDeclarationCameIntoForceIsNotAsked() {
        String tenant = newTenantId();
        platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201);
        String iris = addPerson(tenant, "Iris Geheimnaam", "iris-" + tenant);
        String joost = addPerson(tenant, "Joost Geheimnaam", "joost-" + tenant);
        LocalDate inForce = today().plusDays(4);
        String declarationId = fractieAdmin(tenant).body(declaration(inForce.toString()))
                .post("/tenants/{t}/declarations", tenant).then().statusCode(201).extract().path("id");
        asPerson(Roles.EMPLOYEE, tenant, "iris-" + tenant)
                .post("/tenants/{t}/declarations/{d}/confirmation", tenant, declarationId).then().statusCode(201);

        roundOn(inForce);

        // joost, who did not confirm, is asked in the same round and transaction as iris would have been
        assertThat(awaitRequests(joost, 1)).singleElement()
                .satisfies(e -> assertThat(e.json()).contains(declarationId));
        assertThat(requestsTo(iris)).isEmpty();
    }
}
