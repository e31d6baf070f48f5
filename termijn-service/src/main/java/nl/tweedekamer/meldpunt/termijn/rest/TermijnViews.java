package nl.tweedekamer.meldpunt.termijn.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.tweedekamer.meldpunt.termijn.Termijn;
import nl.tweedekamer.meldpunt.termijn.TermijnStap;
import nl.tweedekamer.meldpunt.termijn.reminder.Herinnering;

/** What the terms API shows: the term with its computation, its history and its reminders. */
public final class TermijnViews {

    private TermijnViews() {
    }

    public record TermijnView(UUID id, String term, String description, String article, String tenantId,
            UUID caseId, String caseReference, UUID appointmentId, String employerTenantId, LocalDate triggerDate,
            LocalDate dueOn, String state, int extensionDaysTotal, Integer remainingDays, boolean decreeKnown,
            String computation, LocalDate lapsedOn, LocalDate closedOn) {

        static TermijnView of(Termijn t) {
            return new TermijnView(t.id, t.soort.name(), t.soort.omschrijving(), t.soort.article(), t.tenantId,
                    t.caseId, t.caseReference, t.appointmentId, t.employerTenantId, t.triggerDate, t.dueOn,
                    t.state.name(), t.extensionDaysTotal, t.remainingDays, t.decreeKnown, t.computation, t.lapsedOn,
                    t.closedOn);
        }
    }

    public record StapView(int seq, String kind, LocalDate on, LocalDate dueOn, Integer extensionDays, String detail) {
        static StapView of(TermijnStap s) {
            return new StapView(s.seq, s.kind, s.stepOn, s.dueOn, s.extensionDays, s.detail);
        }
    }

    public record HerinneringView(UUID id, String moment, OffsetDateTime plannedAt, LocalDate dueOn, String state,
            int attempts, OffsetDateTime sentAt, boolean late, String recipientRoles) {
        static HerinneringView of(Herinnering h) {
            return new HerinneringView(h.id, h.moment.name(), h.plannedAt, h.dueOn, h.state.name(), h.attempts,
                    h.sentAt, h.late, h.recipientRoles);
        }
    }

    public record TermijnDetailView(TermijnView termijn, List<StapView> history, List<HerinneringView> reminders) {
        static TermijnDetailView of(Termijn t) {
            return new TermijnDetailView(TermijnView.of(t), TermijnStap.of(t.id).stream().map(StapView::of).toList(),
                    Herinnering.of(t.id).stream().map(HerinneringView::of).toList());
        }
    }
}
