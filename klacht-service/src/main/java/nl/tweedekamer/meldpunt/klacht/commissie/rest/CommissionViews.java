package nl.tweedekamer.meldpunt.klacht.commissie.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.tweedekamer.meldpunt.klacht.commissie.Appointee;
import nl.tweedekamer.meldpunt.klacht.commissie.AppointmentStatus;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionAppointment;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionEndReason;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionFunction;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionRules;
import nl.tweedekamer.meldpunt.klacht.commissie.CommissionSide;

/** What the commission's endpoints show. */
public final class CommissionViews {

    private CommissionViews() {
    }

    /** An appointment as its administrators see it: the only view with the address and the art 7.5 flag. */
    public record AppointmentView(UUID appointmentId, UUID personId, CommissionFunction function, CommissionSide side,
            String name, String workEmail, boolean woman, LocalDate appointedFrom, LocalDate appointedUntil,
            int renewals, LocalDate endedOn, CommissionEndReason endReason, AppointmentStatus status) {

        public static AppointmentView of(CommissionAppointment a, LocalDate today) {
            return new AppointmentView(a.appointmentId, a.personId, a.function, a.side, a.name, a.workEmail, a.woman,
                    a.appointedFrom, a.appointedUntil, a.renewals, a.endedOn, a.endReason, a.statusOn(today));
        }
    }

    /** Who holds a seat, as the commission sees its own composition: no address, no gender. */
    public record AppointeeView(UUID appointmentId, UUID personId, String name, LocalDate appointedFrom,
            LocalDate lastDay) {

        static AppointeeView of(Appointee a) {
            return new AppointeeView(a.appointmentId(), a.personId(), a.name(), a.appointedFrom(), a.lastDay());
        }
    }

    public record SeatView(CommissionFunction function, CommissionSide side, AppointeeView appointee) {
    }

    /** The composition on a day: every seat (vacant ones with a null appointee) and what falls short of art 7. */
    public record CompositionView(LocalDate on, boolean complete, List<SeatView> seats,
            List<CommissionRules.Issue> issues) {

        public static CompositionView of(LocalDate on, List<Appointee> serving, List<CommissionRules.Issue> issues) {
            List<SeatView> seats = CommissionRules.seats().stream()
                    .map(seat -> new SeatView(seat.function(), seat.side(), serving.stream()
                            .filter(a -> a.function() == seat.function() && a.side() == seat.side())
                            .findFirst().map(AppointeeView::of).orElse(null)))
                    .toList();
            return new CompositionView(on, issues.isEmpty(), seats, issues);
        }
    }
}
