package nl.tweedekamer.meldpunt.klacht.commissie;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@value #TYPE} on {@code klacht.events.v1}, keyed by {@code personId}: the appointment ended early; from
 * {@code endedOn} the person no longer serves. The reason is a code; no name, no email, no free text.
 */
public record CommissielidOntslagen(UUID appointmentId, UUID personId, String function, String side,
        LocalDate endedOn, CommissionEndReason reason) {

    public static final String TYPE = "nl.tweedekamer.klacht.commissielid-ontslagen.v1";

    public static CommissielidOntslagen of(CommissionAppointment a) {
        return new CommissielidOntslagen(a.appointmentId, a.personId, a.function.eventCode(),
                a.side == null ? null : a.side.eventCode(), a.endedOn, a.endReason);
    }
}
