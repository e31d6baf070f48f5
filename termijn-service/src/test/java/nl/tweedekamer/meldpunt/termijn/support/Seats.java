package nl.tweedekamer.meldpunt.termijn.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;

import nl.tweedekamer.meldpunt.termijn.CommissieZetel;
import nl.tweedekamer.meldpunt.testing.TestTokens;

/**
 * The commission's seats as klacht-service publishes them ({@code commissielid-benoemd}, {@code -ontslagen} on
 * klacht.events.v1, every required field of asyncapi.yaml), waiting until termijn-service recorded each.
 */
public final class Seats {

    /** One appointment under test. */
    public record Seat(UUID personId, UUID appointmentId, String function, String side) {

        /** A token of this person (sub = personId) with the given roles. */
        public String token(String... roles) {
            return TestTokens.as(roles).subject(personId.toString()).sign();
        }

        /** commissielid-ontslagen: from {@code endedOn} the person no longer serves. */
        public Seat end(String endedOn) {
            Events.klacht(personId.toString(), "commissielid-ontslagen", null, appointmentId.toString(), Events.map(
                    "appointmentId", appointmentId.toString(), "personId", personId.toString(), "endedOn", endedOn,
                    "function", function, "side", side, "reason", "AT_OWN_REQUEST"));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                CommissieZetel z = find(appointmentId);
                return z != null && LocalDate.parse(endedOn).equals(z.endedOn);
            });
            return this;
        }
    }

    private Seats() {
    }

    /** The secretary (art 8): no side, a last day only when given. */
    public static Seat secretary(String from, String until) {
        return appoint("SECRETARIS", null, from, until);
    }

    /** A member's seat (VOORZITTER, PLAATSVERVANGEND_VOORZITTER, LID, PLAATSVERVANGEND_LID) for four years. */
    public static Seat member(String function) {
        String side = function.endsWith("LID") ? "AMBTELIJK" : null;
        return appoint(function, side, "2026-03-02", "2030-03-01");
    }

    public static Seat appoint(String function, String side, String from, String until) {
        UUID person = UUID.randomUUID();
        UUID appointment = UUID.randomUUID();
        Events.klacht(person.toString(), "commissielid-benoemd", null, appointment.toString(), Events.map(
                "appointmentId", appointment.toString(), "personId", person.toString(), "function", function,
                "side", side, "appointedFrom", from, "appointedUntil", until, "reappointment", false));
        await().atMost(Duration.ofSeconds(20)).until(() -> find(appointment) != null);
        return new Seat(person, appointment, function, side);
    }

    private static CommissieZetel find(UUID appointmentId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CommissieZetel z = CommissieZetel.findById(appointmentId);
            return z == null ? null : detached(z);
        });
    }

    private static CommissieZetel detached(CommissieZetel z) {
        CommissieZetel copy = new CommissieZetel();
        copy.appointmentId = z.appointmentId;
        copy.personId = z.personId;
        copy.function = Objects.requireNonNull(z.function);
        copy.appointedFrom = z.appointedFrom;
        copy.appointedUntil = z.appointedUntil;
        copy.endedOn = z.endedOn;
        return copy;
    }
}
