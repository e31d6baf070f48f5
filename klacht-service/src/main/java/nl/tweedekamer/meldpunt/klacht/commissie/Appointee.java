package nl.tweedekamer.meldpunt.klacht.commissie;

import java.time.LocalDate;
import java.util.UUID;

/** A person on the commission, as other code may ask for it (read-only, detached from the database). */
public record Appointee(UUID appointmentId, UUID personId, CommissionFunction function, CommissionSide side,
        String name, String workEmail, LocalDate appointedFrom, LocalDate lastDay) {

    public static Appointee of(CommissionAppointment a) {
        return new Appointee(a.appointmentId, a.personId, a.function, a.side, a.name, a.workEmail, a.appointedFrom,
                a.lastDay());
    }
}
