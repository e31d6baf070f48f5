package nl.tweedekamer.meldpunt.melding.event;

import java.time.LocalDate;
import java.util.UUID;

import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.EndReason;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;

/**
 * {@value #TYPE} on {@code melding.events.v1}, keyed by {@code personId}: T7 (hand-over within 1 month,
 * art 5.7) runs from {@code endedOn}. The reason is a code; no name, no email, no free text.
 */
public record VertrouwenspersoonOntslagen(UUID appointmentId, UUID personId, VertrouwenspersoonKind kind,
        String tenantId, LocalDate endedOn, EndReason reason) {

    public static final String TYPE = "nl.tweedekamer.melding.vertrouwenspersoon-ontslagen.v1";

    public static VertrouwenspersoonOntslagen of(Vertrouwenspersoon vp) {
        return new VertrouwenspersoonOntslagen(vp.appointmentId, vp.personId, vp.kind(), vp.tenantIdOrNull(),
                vp.endedOn, vp.endReason);
    }
}
