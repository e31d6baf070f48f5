package nl.tweedekamer.meldpunt.melding.event;

import java.time.LocalDate;
import java.util.UUID;

import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;

/**
 * {@value #TYPE} on {@code melding.events.v1}, keyed by {@code personId}: an appointment or its one renewal
 * ({@code reappointment}). No name, no email. {@code tenantId} is null for the pool.
 */
public record VertrouwenspersoonBenoemd(UUID appointmentId, UUID personId, VertrouwenspersoonKind kind,
        String tenantId, LocalDate appointedFrom, LocalDate appointedUntil, boolean reappointment) {

    public static final String TYPE = "nl.tweedekamer.melding.vertrouwenspersoon-benoemd.v1";

    public static VertrouwenspersoonBenoemd of(Vertrouwenspersoon vp) {
        return new VertrouwenspersoonBenoemd(vp.appointmentId, vp.personId, vp.kind(), vp.tenantIdOrNull(),
                vp.appointedFrom, vp.appointedUntil, vp.renewals > 0);
    }
}
