package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.rest;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;

/** What the vertrouwenspersonen API shows. */
public final class Views {

    private Views() {
    }

    /** An appointment, for the administrator who maintains it. */
    public record AppointmentView(UUID appointmentId, UUID personId, String kind, String tenantId, String name,
            String email, String functionCategory, LocalDate appointedFrom, LocalDate appointedUntil, int renewals,
            LocalDate endedOn, String endReason, int filesHandedOver, LocalDate handoverCompletedOn) {
        static AppointmentView of(Vertrouwenspersoon vp) {
            return new AppointmentView(vp.appointmentId, vp.personId, vp.kind().name(), vp.tenantIdOrNull(), vp.name,
                    vp.email, vp.functionCategory.name(), vp.appointedFrom, vp.appointedUntil, vp.renewals,
                    vp.endedOn, vp.endReason == null ? null : vp.endReason.name(), vp.filesHandedOver,
                    vp.handoverCompletedOn);
        }
    }

    /**
     * A VP a melder can choose: the name is meant to be seen, the address is not; {@code absentUntil}: the last day
     * they are away, when they are away today.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AvailableView(UUID personId, String name, String kind, LocalDate absentUntil) {
        static AvailableView of(Vertrouwenspersoon vp, LocalDate today) {
            return new AvailableView(vp.personId, vp.name, vp.kind().name(), vp.absentOn(today) ? vp.absentUntil : null);
        }
    }
}
