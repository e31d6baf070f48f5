package nl.tweedekamer.meldpunt.termijn.calendar.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.quarkus.security.Authenticated;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.termijn.calendar.AtwKalender;
import nl.tweedekamer.meldpunt.termijn.calendar.Term;
import nl.tweedekamer.meldpunt.termijn.calendar.service.AtwKalenderService;

/** Computes a due date with the Atw calendar and shows how. */
@Path("/atw/due-date")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Atw calendar")
public class DueDateResource {

    private static final LocalDate FIRST_DAY = LocalDate.of(AtwKalender.FIRST_YEAR, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31).minusYears(Term.MAX_YEARS + 1);

    @Inject
    AtwKalenderService kalender;

    @GET
    @Authenticated
    @Operation(summary = "The due date of a term: trigger date plus term, then the Algemene termijnenwet")
    public AtwViews.DueDateView dueDate(
            @Parameter(description = "the trigger date (Europe/Amsterdam), e.g. 2026-12-10")
            @QueryParam("trigger") String trigger,
            @Parameter(description = "an ISO-8601 period of whole weeks, months or years, e.g. P2W, P8W, P1M, P2Y")
            @QueryParam("term") String term) {
        LocalDate triggerDate = triggerDate(trigger);
        Term length = Term.parse(term).orElseThrow(() -> ProblemException.invalidField("term",
                "must be an ISO-8601 period of whole weeks, months or years of at most " + Term.MAX_YEARS
                        + " years, such as P2W, P8W, P1M or P2Y"));
        return AtwViews.DueDateView.of(kalender.dueDate(triggerDate, length));
    }

    private static LocalDate triggerDate(String trigger) {
        LocalDate date;
        try {
            date = trigger == null ? null : LocalDate.parse(trigger.strip());
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            throw ProblemException.invalidField("trigger", "must be a date such as 2026-12-10");
        }
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw ProblemException.invalidField("trigger", "must lie between " + FIRST_DAY + " and " + LAST_DAY
                    + " (the Atw calendar as it stands since Koningsdag was first celebrated in "
                    + AtwKalender.FIRST_YEAR + ")");
        }
        return date;
    }
}
