package nl.tweedekamer.meldpunt.melding.event;

import java.time.LocalDate;
import java.util.UUID;

import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;

/**
 * {@value #TYPE} on {@code melding.events.v1}, keyed by {@code personId} like the ending before it: the ended
 * appointment holds no file any more, so the hand-over of art 5.7 is complete and T7 closes on {@code completedOn}.
 * Published once per appointment: at the end itself when it held no file, else by the step that moved the last one.
 * {@code endedOn} lets a consumer that has not seen the ending yet still place T7. A count and dates only: no name,
 * no email, no melding.
 */
public record OverdrachtVoltooid(UUID appointmentId, UUID personId, VertrouwenspersoonKind kind, String tenantId,
        LocalDate endedOn, int filesHandedOver, LocalDate completedOn) {

    public static final String TYPE = "nl.tweedekamer.melding.overdracht-voltooid.v1";

    public static OverdrachtVoltooid of(Vertrouwenspersoon vp) {
        return new OverdrachtVoltooid(vp.appointmentId, vp.personId, vp.kind(), vp.tenantIdOrNull(), vp.endedOn,
                vp.filesHandedOver, vp.handoverCompletedOn);
    }
}
