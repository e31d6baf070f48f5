package nl.tweedekamer.meldpunt.klacht.commissie;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@value #TYPE} on {@code klacht.events.v1}, keyed by {@code personId}: an appointment, or its renewal
 * ({@code reappointment}, repeating the appointment with the new {@code appointedUntil}). No name, no email,
 * no gender; function and side as the Dutch codes of asyncapi.yaml.
 */
public record CommissielidBenoemd(UUID appointmentId, UUID personId, String function, String side,
        LocalDate appointedFrom, LocalDate appointedUntil, boolean reappointment) {

    public static final String TYPE = "nl.tweedekamer.klacht.commissielid-benoemd.v1";

    public static CommissielidBenoemd of(CommissionAppointment a) {
        return new CommissielidBenoemd(a.appointmentId, a.personId, a.function.eventCode(),
                a.side == null ? null : a.side.eventCode(), a.appointedFrom, a.appointedUntil, a.renewals > 0);
    }
}
