package nl.tweedekamer.meldpunt.termijn;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.termijn.Termijn.State;
import nl.tweedekamer.meldpunt.termijn.reminder.service.ReminderTick;
import nl.tweedekamer.meldpunt.termijn.support.Events;
import nl.tweedekamer.meldpunt.termijn.support.Mails;
import nl.tweedekamer.meldpunt.termijn.support.Terms;
import nl.tweedekamer.meldpunt.termijn.support.TestClock;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TestTokens;
import nl.tweedekamer.meldpunt.testing.TopicReader;
import nl.tweedekamer.meldpunt.testing.TopicWriter;

/**
 * T7 (art 5.7): the end of a VP's appointment opens a month for the hand-over of their files; melding-service's
 * overdracht-voltooid closes it, on time or late, and no reminder follows. Events as asyncapi.yaml shapes them.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class HandOverTermTests {

    private static final String VOLTOOID = "nl.tweedekamer.melding.overdracht-voltooid.v1";

    @Inject
    TestClock clock;

    @Inject
    ReminderTick tick;

    /** A pool VP whose appointment is under test, with the address their reminders go to. */
    record Vp(UUID appointment, UUID person) {

        static Vp withAddress() {
            Vp vp = new Vp(UUID.randomUUID(), UUID.randomUUID());
            ContactLookupStub.answer("/internal/vertrouwenspersonen/" + vp.person + "/contact",
                    ContactLookupStub.contact(vp.person.toString(), "vp-" + vp.person + "@pool.example"));
            return vp;
        }

        void appointed(String from) {
            send("vertrouwenspersoon-benoemd", Events.map("appointmentId", appointment.toString(), "personId",
                    person.toString(), "kind", "POOL", "tenantId", null, "appointedFrom", from, "appointedUntil",
                    LocalDate.parse(from).plusYears(4).toString(), "reappointment", false));
        }

        void ended(String endedOn) {
            send("vertrouwenspersoon-ontslagen", Events.map("appointmentId", appointment.toString(), "personId",
                    person.toString(), "kind", "POOL", "tenantId", null, "endedOn", endedOn, "reason", "LEFT_EMPLOYMENT"));
        }

        Map<String, Object> completion(String endedOn, String completedOn) {
            return Events.map("appointmentId", appointment.toString(), "personId", person.toString(), "kind", "POOL",
                    "tenantId", null, "endedOn", endedOn, "filesHandedOver", 3, "completedOn", completedOn);
        }

        UUID handedOver(String endedOn, String completedOn) {
            return send("overdracht-voltooid", completion(endedOn, completedOn));
        }

        /** The same event again, under the same id: a redelivery. */
        void redeliver(UUID eventId, String endedOn, String completedOn) {
            TopicWriter.send(Topics.MELDING_EVENTS, person.toString(), eventId, Events.MELDING, VOLTOOID, null,
                    appointment.toString(), Events.json(completion(endedOn, completedOn)));
        }

        private UUID send(String event, Map<String, Object> payload) {
            return Events.melding(person.toString(), event, null, appointment.toString(), payload);
        }

        Termijn t7() {
            List<Termijn> t7 = Terms.ofAppointment(appointment).stream().filter(t -> t.soort == TermijnRegel.T7)
                    .toList();
            assertTrue(t7.size() <= 1, "one hand-over term per appointment");
            return t7.isEmpty() ? null : t7.get(0);
        }

        Termijn awaitT7(State state) {
            await().atMost(Duration.ofSeconds(20)).until(() -> t7() != null && t7().state == state);
            return t7();
        }

        List<String> mails() {
            return Mails.about(appointment.toString()).stream().map(Mails.Mail::subject).toList();
        }
    }

    @BeforeEach
    void setUp() {
        clock.reset();
        GreenMailResource.purge();
    }

    @Test
    void theCompletedHandOverClosesT7OnTimeAndNoReminderFollows() {
        Vp vp = Vp.withAddress();
        vp.ended("2027-06-30");
        Termijn open = vp.awaitT7(State.OPEN);
        assertEquals(LocalDate.parse("2027-07-30"), open.dueOn, "art 5.7: within a month");

        at("2027-07-23T08:00");
        assertEquals(1, vp.mails().size(), "while the files wait, the VP is reminded 7 days before");

        vp.handedOver("2027-06-30", "2027-07-26");
        Termijn closed = vp.awaitT7(State.CLOSED_ON_TIME);
        assertEquals(LocalDate.parse("2027-07-26"), closed.closedOn);
        assertNull(closed.nextActionAt);
        given().auth().oauth2(TestTokens.as(Roles.PLATFORM_ADMIN).sign()).get("/termijnen/{id}", closed.id)
                .then().statusCode(200)
                .body("termijn.state", equalTo("CLOSED_ON_TIME"))
                .body("termijn.closedOn", equalTo("2027-07-26"))
                .body("history.kind", hasItem("GESLOTEN_OP_TIJD"));

        at("2027-07-28T08:00");
        at("2027-07-30T08:00");
        at("2027-08-02T08:00");
        assertEquals(1, vp.mails().size(), "no reminder after the hand-over, neither 2 days before nor on the due day");
        assertEquals(State.CLOSED_ON_TIME, vp.t7().state, "a closed term does not lapse");
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                vp.person().toString()).stream().anyMatch(e -> e.type().endsWith("termijn-gesloten.v1")
                        && e.json().contains("\"term\":\"T7\"") && e.json().contains("\"onTime\":true")));
        assertTrue(TopicReader.withKey(Topics.TERMIJN_EVENTS, vp.person().toString()).stream()
                .noneMatch(e -> e.type().endsWith("termijn-verstreken.v1")), "no lapse for a completed hand-over");
    }

    @Test
    void aHandOverCompletedAfterTheMonthClosesT7Late() {
        Vp vp = Vp.withAddress();
        vp.ended("2027-06-30");
        vp.awaitT7(State.OPEN);
        at("2027-07-31T00:00");
        assertEquals(State.LAPSED, vp.t7().state);

        vp.handedOver("2027-06-30", "2027-08-03");
        Termijn late = vp.awaitT7(State.CLOSED_LATE);
        assertEquals(LocalDate.parse("2027-08-03"), late.closedOn);
        assertEquals(LocalDate.parse("2027-07-31"), late.lapsedOn, "the lapse stays on record");
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                vp.person().toString()).stream().anyMatch(e -> e.type().endsWith("termijn-gesloten.v1")
                        && e.json().contains("\"onTime\":false") && e.json().contains("\"closedOn\":\"2027-08-03\"")));
    }

    @Test
    void aRedeliveredOrRepeatedCompletionChangesNothing() {
        Vp vp = Vp.withAddress();
        vp.appointed("2026-03-02");
        vp.ended("2027-06-30");
        vp.awaitT7(State.OPEN);
        UUID first = vp.handedOver("2027-06-30", "2027-07-05");
        Termijn closed = vp.awaitT7(State.CLOSED_ON_TIME);

        vp.redeliver(first, "2027-06-30", "2027-07-05");
        vp.handedOver("2027-06-30", "2027-08-20");
        // a later event on the same key and consumer: once it is applied, the two before it were too
        Vp other = new Vp(UUID.randomUUID(), vp.person());
        other.appointed("2027-09-01");
        await().atMost(Duration.ofSeconds(20)).until(() -> !Terms.ofAppointment(other.appointment()).isEmpty());

        Termijn after = vp.t7();
        assertEquals(State.CLOSED_ON_TIME, after.state);
        assertEquals(LocalDate.parse("2027-07-05"), after.closedOn, "the first completion counts");
        assertEquals(1, Terms.history(closed.id).stream().filter(s -> s.kind.startsWith("GESLOTEN")).count());
        // the outbox relays after the commit: wait for the closing event, then there must be exactly one
        Supplier<Long> closings = () -> TopicReader.withKey(Topics.TERMIJN_EVENTS,
                vp.person().toString()).stream()
                .filter(e -> e.type().endsWith("termijn-gesloten.v1") && e.json().contains("\"term\":\"T7\"")).count();
        await().atMost(Duration.ofSeconds(20)).until(() -> closings.get() >= 1);
        assertEquals(1, closings.get());
    }

    @Test
    void aCompletionThatArrivesBeforeTheEndingStillLeavesOneClosedT7() {
        Vp vp = Vp.withAddress();
        vp.appointed("2026-03-02");
        await().atMost(Duration.ofSeconds(20)).until(() -> !Terms.ofAppointment(vp.appointment()).isEmpty());

        vp.handedOver("2027-06-30", "2027-07-10");
        Termijn closed = vp.awaitT7(State.CLOSED_ON_TIME);
        assertEquals(LocalDate.parse("2027-07-30"), closed.dueOn, "placed from the completion's endedOn");

        vp.ended("2027-06-30");
        await().atMost(Duration.ofSeconds(20)).until(() -> Terms.ofAppointment(vp.appointment()).stream()
                .anyMatch(t -> t.soort == TermijnRegel.T8 && t.state == State.STOPPED));
        Termijn t7 = vp.t7();
        assertEquals(closed.id, t7.id, "the ending finds the T7 there is");
        assertEquals(State.CLOSED_ON_TIME, t7.state);

        at("2027-07-23T08:00");
        assertEquals(List.of(), vp.mails());
    }

    /** Sets the clock to this Amsterdam time and runs one tick, as the scheduler would. */
    private void at(String localDateTime) {
        clock.setLocal(localDateTime);
        tick.tick();
    }
}
